/**
 * Where and when an article says it was filed, from its dateline ("Gala City, May 3, 2011",
 * "GALA CITY, Freedonia (May 3, 2011)"): "The League report is datelined Gala City, May 3,
 * 2011", "The canal story was filed from Gala City". The dateline is the article's segment of that kind
 * (cg:segmentKind cg:Dateline) and its date `cg:datelineDate`; its place is the first name of the
 * dateline the graph's labels resolve. A dateline names one place and one day, so another place
 * or day refutes; the dateline sentence is the evidence (schema:locationCreated of the article).
 */
import { anchorText, resolveArticle, sentencesOfKind } from './articles.js';
import { NS, type CheckContext } from './context.js';
import { placeVerdict } from './dated-place.js';
import { cityName, oneNamedPlace } from './place-names.js';
import { looksLikeName, resolveMention } from './resolver.js';
import { escapeRegExp, normalizeTypography, tokenize } from './text.js';
import type { Interpretation, Verdict } from './types.js';
import { parseDate } from './values.js';
import { checkMetadata } from './metadata.js';
import { combineParts } from './compound.js';
import type { Bearing, ClaimInfo, Evaluation } from './verdict.js';
import { cachedRegExp } from './regex-memo.js';

const FORMS = [
  /^(.+?)\s+(?:is|was)\s+(?:datelined|dated\s+from|filed\s+from|reported\s+from|written\s+in)\s+(.+?)$/i,
  /^(.+?)(?:'s|\u2019s)\s+dateline\s+(?:is|was|reads|says|gives)\s+(.+?)$/i,
  // round 11: "X carries / bears / has a Gala City dateline", "X was filed in Gala City", "the dateline
  // of X reads / names Gala City"
  /^(.+?)\s+(?:carries|carried|bears|bore|has|had|shows|showed|gives|gave)\s+(?:an?|the)\s+(.+?)\s+dateline$/i,
  /^(.+?)\s+(?:is|was)\s+filed\s+(?:in|at)\s+(.+?)$/i,
  // round 31: "X comes from Gala City" (a story coming from the place its dateline names); round 32
  // (users24 article-meta-06): "X came out of Gala City"
  /^(.+?)\s+(?:comes|came)\s+(?:from|out\s+of)\s+(.+?)$/i,
  // round 15: "X carries a Gala City dateline of May 3, 2011" (the day after "of"), "X bears a
  // dateline of Gala City, May 3, 2011" (place and day after "of")
  /^(.+?)\s+(?:carries|carried|bears|bore|has|had|shows|showed|gives|gave)\s+(?:an?|the)\s+(.+?)\s+dateline\s+(?:of|dated)\s+(.+?)$/i,
  /^(.+?)\s+(?:carries|carried|bears|bore|has|had|shows|showed|gives|gave)\s+(?:an?|the)\s+dateline\s+of\s+(.+?)$/i,
];
/** "The dateline of X reads P": the article after the place noun (round 11); "Dateline of X: P" (round 36). */
const DATELINE_OF = /^(?:the\s+)?dateline\s+(?:of|on)\s+(.+?)(?:\s+(?:is|was|reads|read|says|said|gives|gave|names|named)\s+|\s*:\s*)(.+?)$/i;
/** A pasted note, the colon as its verb (round 36, users28 article-meta-03): "X('s) dateline: P, D". */
const DATELINE_NOTE = /^(.+?)(?:'s|\u2019s)?\s+dateline\s*:\s*(.+?)$/i;

/**
 * Reads and decides a claim about an article's dateline; undefined when the claim is not one.
 *
 * @example
 * ```ts
 * checkDateline(ctx, 'The League article is datelined Freedonia City, May 3, 2011.')?.evaluation.verdict; // 'SUPPORTED'
 * ```
 */
export function checkDateline(ctx: CheckContext, text: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  const plain = normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  const fronted = /^datelined\s+(.+?),\s+(.+)$/i.exec(plain);
  if (fronted) return frontedDateline(ctx, fronted[1]!, fronted[2]!);
  for (const form of [...FORMS, DATELINE_OF, DATELINE_NOTE]) {
    const m = form.exec(plain);
    if (!m) continue;
    const articles = resolveArticle(ctx, tokenize(m[1]!, ctx.morph));
    if (articles?.length !== 1) return undefined;
    const art = articles[0]!;
    // "Gala City, May 3, 2011": the place, then the day if any
    // "filed from Gala City on May 3, 2011", "... and dated May 3, 2011": the place, then its day (round 17)
    const said = m[2]!.replace(/\s+(?:on|and\s+dated(?:\s+on)?)\s+(?=\S)(.+)$/i, (all, day: string) => (parseDate(tokenize(day, ctx.morph)) ? `, ${day}` : all));
    const [placeText, ...rest] = (m[3] ? `${said}, ${m[3]}` : said).split(/\s*,\s*/);
    const sentences = sentencesOfKind(ctx, art.iri, 'Dateline');
    if (!sentences.length) return undatelined(ctx, art, placeText!, rest);
    const line = sentences.map((s) => anchorText(ctx.store, s)).join(' ');
    // "Gala City, Freedonia": a known name after the place that the dateline itself writes is the
    // place's country or region, no day (round 14); one the dateline lacks is left undecided
    if (rest.length && !parseDate(tokenize(rest[0]!, ctx.morph)) && resolveMention(ctx, tokenize(rest[0]!, ctx.morph)).length) {
      if (!cachedRegExp(`(?:^|[^\\p{L}])${escapeRegExp(rest[0]!)}(?:$|[^\\p{L}])`, 'iu').test(line)) return undefined;
      rest.shift();
    }
    const places = resolveMention(ctx, tokenize(placeText!, ctx.morph));
    const day = rest.length ? parseDate(tokenize(rest.join(', '), ctx.morph)) : undefined;
    if (places.length > 1 || (rest.length && day?.kind !== 'date')) return undefined;
    // a name the graph does not know may be another name of the dateline's place: not decided
    if (!places.length && !looksLikeName(tokenize(placeText!, ctx.morph))) return undefined;
    const filedAt = resolveMention(ctx, tokenize(line.split(/\s*[,(]\s*/)[0]!, ctx.morph))[0];
    const filedOn = ctx.store.getObjects(art.iri, `${NS.cg}datelineDate`, null)[0]?.value;
    const place: Interpretation['object'] = places[0] ?? { kind: 'unknown-entity', mention: placeText! };
    const why: string[] = [];
    let verdict: Verdict = 'SUPPORTED';
    const otherCity = place.kind !== 'entity' && filedAt ? cityApart(ctx, placeText!, filedAt.label, line) : undefined;
    if (otherCity === 'same') why.push(`WordNet files "${placeText}" as another name of ${filedAt!.label}, and the dateline "${line}" names ${filedAt!.label}`);
    else if (otherCity === 'apart') verdict = 'REFUTED', why.push(`the dateline "${line}" names ${filedAt!.label}, not ${placeText}, which is a city and nothing else (ontology/lexicon.places.txt: WordNet, compromise)`);
    else if (place.kind !== 'entity') verdict = 'NOT_ENOUGH_INFO', why.push(`"${placeText}" is not a place of the graph (the dateline reads "${line}")`);
    else if (!filedAt) verdict = 'NOT_ENOUGH_INFO', why.push(`the dateline "${line}" names no place of the graph`);
    else if (filedAt.iri !== place.iri) {
      // round 16: "GALA CITY, Freedonia": the dateline writes the place's country too, so the article
      // was filed in Freedonia; another place refutes only when it is apart from the place and from
      // every place the dateline writes (a city not the dateline's, a country it does not lie in)
      const written = datelinePlaces(ctx, line).filter((iri) => iri !== filedAt.iri);
      const stands = [filedAt.iri, ...written].map((iri) => placeVerdict(ctx, place.iri, iri));
      if (written.includes(place.iri) || stands.includes('SUPPORTED')) why.push(`the dateline "${line}" names ${filedAt.label}, in ${place.label}`);
      else if (stands.includes('REFUTED')) verdict = 'REFUTED', why.push(`the dateline "${line}" names ${filedAt.label}, not ${place.label}`);
      else verdict = 'NOT_ENOUGH_INFO', why.push(`the dateline "${line}" names ${filedAt.label}; whether that lies in ${place.label} is not known`);
    } else why.push(`the dateline "${line}" names ${filedAt.label}`);
    if (day?.kind === 'date' && verdict !== 'NOT_ENOUGH_INFO') {
      if (!filedOn) verdict = 'NOT_ENOUGH_INFO', why.push('it gives no day');
      else if (filedOn !== day.value) verdict = 'REFUTED', why.push(`its day is ${filedOn}, not ${day.value}`);
      else why.push(`its day is ${filedOn}`);
    }
    const interpretation: Interpretation = {
      subject: { kind: 'entity', iri: art.iri, label: art.headline }, predicate: `${NS.schema}locationCreated`, predicateName: 'locationCreated',
      object: place, polarity: 'positive', modality: 'stated', qualifiers: day?.kind === 'date' ? { date: day } : {}, pattern: 'article dateline',
    };
    const claim: ClaimInfo = { iri: art.iri, subject: art.iri, predicate: '', object: { termType: 'NamedNode', value: art.iri } as never, polarity: 'positive', modality: 'stated', qualifiers: new Map(), amounts: [], sentences, statedIn: [], assertedBy: [] };
    const stance: Bearing['stance'] = verdict === 'SUPPORTED' ? 'supports' : verdict === 'REFUTED' ? 'refutes' : 'related';
    const explanation = `${verdict === 'SUPPORTED' ? 'Supported' : verdict === 'REFUTED' ? 'Refuted' : 'Not enough information'} by the dateline of "${art.headline}" (a dateline names one place and one day): ${why.join('; ')}.`;
    return { interpretation, evaluation: { verdict, reason: 'article-metadata', conflict: false, bearings: [{ claim, stance, reason: 'article-metadata', note: why.join('; ') }], explanation } };
  }
  return undefined;
}

/**
 * A place name the graph does not know against the dateline's place (round 17): 'same' when
 * WordNet files the two names as one city (an old and a new name of one capital); 'apart' when the name is a
 * city and nothing else (ontology/lexicon.places.txt) and the dateline neither writes it nor names
 * the same city by it, so the one place the dateline names is another; undefined otherwise (a
 * region or a country may hold the dateline's city, a word that is also no city may name anything).
 */
function cityApart(ctx: CheckContext, said: string, filedAt: string, line: string): 'same' | 'apart' | undefined {
  const pieces = line.split(/\s*[,()\u2013\u2014]\s*/).filter((p) => p && !parseDate(tokenize(p, ctx.morph)));
  if ([filedAt, ...pieces].some((p) => oneNamedPlace(ctx, said, p))) return 'same';
  if (!cityName(ctx, said)) return undefined;
  const written = cachedRegExp(`(?:^|[^\\p{L}])${escapeRegExp(said)}(?:$|[^\\p{L}])`, 'iu');
  return written.test(line) ? undefined : 'apart';
}

/** The places a dateline line writes ("GALA CITY, Freedonia (May 3, 2011)": Gala City, Freedonia), in order. */
function datelinePlaces(ctx: CheckContext, line: string): string[] {
  const out: string[] = [];
  for (const piece of line.split(/\s*[,()\u2013\u2014-]\s*/)) {
    const words = tokenize(piece, ctx.morph);
    if (!words.length || parseDate(words)) continue;
    const hits = resolveMention(ctx, words);
    if (hits.length === 1 && hits[0]!.kind === 'entity' && !out.includes(hits[0]!.iri)) out.push(hits[0]!.iri);
  }
  return out;
}

/**
 * "The League analysis was filed from Gala City" of an article with no dateline (round 20, branch
 * attrib20): read as the article's place of filing (schema:locationCreated), which its page does
 * not give, so not decided. Only a place the graph knows, with no day after it; anything else is
 * left to other readers.
 */
function undatelined(ctx: CheckContext, art: { iri: string; headline: string }, placeText: string, rest: string[]): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  if (rest.length) return undefined;
  const places = resolveMention(ctx, tokenize(placeText, ctx.morph));
  if (places.length !== 1 || places[0]!.kind !== 'entity') return undefined;
  const interpretation: Interpretation = {
    subject: { kind: 'entity', iri: art.iri, label: art.headline }, predicate: `${NS.schema}locationCreated`, predicateName: 'locationCreated',
    object: places[0]!, polarity: 'positive', modality: 'stated', qualifiers: {}, pattern: 'article dateline',
  };
  const explanation = `Not enough information: "${art.headline}" carries no dateline, and the graph records no place it was filed from.`;
  return { interpretation, evaluation: { verdict: 'NOT_ENOUGH_INFO', reason: 'article-metadata', conflict: false, bearings: [], explanation } };
}

/**
 * "Datelined Gala City, the League story ran on May 3, 2011" (round 33): the fronted participle
 * says the dateline of the clause's subject, an article; the clause says another thing of the same
 * article, read by the metadata reader. Two statements, decided as a compound (one refuted
 * refutes, both supported support). The subject is the clause's first words that name an article
 * with "is datelined" after them.
 */
function frontedDateline(ctx: CheckContext, place: string, clause: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  const words = clause.split(/\s+/);
  for (let k = 1; k < Math.min(words.length, 9); k++) {
    const subject = words.slice(0, k).join(' ');
    const first = `${subject} is datelined ${place}`;
    const dated = checkDateline(ctx, first);
    if (!dated) continue;
    const rest = checkMetadata(ctx, clause);
    if (!rest) return undefined;
    const parts = [
      { text: first, interpretation: dated.interpretation, evaluation: dated.evaluation, elliptic: false },
      { text: clause, interpretation: rest.interpretation, evaluation: rest.evaluation, elliptic: false },
    ];
    return { interpretation: dated.interpretation, evaluation: combineParts(parts) };
  }
  return undefined;
}
