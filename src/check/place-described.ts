/**
 * A subject described by its place instead of a name (round 32, branch desc32): "The bank in Zenda
 * elected Rufus Firefly", "The Zenda-based lender's president is ...", "The Zenda lender is led by
 * Freedonia". The phrase is "the", a class noun (a class label of the ontology or a lexicon
 * `cg:classNoun`, nothing else before it: "the new bank" says more than its place), and the place:
 * "in / based in / located in / headquartered in <Name>", "<Name>-based" before the noun, or a
 * place's name before the noun ("the Zenda lender"). The rest is the main predicate, or a
 * possessive ("'s president is ...") said of the thing described.
 *
 * The description names the one entity of the class the graph places there: "<label> is based in
 * <place>" or "<label> is in <place>" supported (the graph's own relations of place); where no
 * candidate is placed so and the words say only "in" or name the place before the noun, the one
 * whose stated claims happen at the place (cg:location: a bank that opened in Zenda is the bank in
 * Zenda; "based in" and "-based" want the relation). Several that fit leave the claim held
 * NOT_ENOUGH_INFO, naming them; none that fits leaves it unread; never a guess. The claim is then
 * read with the label in the description's place.
 */
import { isA } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { classNouns } from './kinds.js';
import { decided, type ReaderInput, type ReaderOutcome } from './reader-kit.js';
import { resolveMention } from './resolver.js';
import { undecidedResult } from './result.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import type { CheckResult, CheckValue } from './types.js';
import { cachedRegExp } from './regex-memo.js';

type EntityValue = Extract<CheckValue, { kind: 'entity' }>;

// more candidates than this is no description the graph pins down (and bounds the rechecks)
const MAX_CANDIDATES = 12;

/** Words that cannot open the main predicate after the place ("in Zenda of ..."). */
const NOT_A_PREDICATE = /^(?:in|on|at|of|to|from|by|with|for|and|or|but|as|near|that|which|who|whose)$/;

/** A subject described by its place: the class, the place, and what the claim says of it. */
export interface PlaceDescribed {
  /** The description as written ("the bank in Zenda"). */
  phrase: string;
  cls: string;
  place: EntityValue;
  /** The rest of the claim: a predicate ("elected X"), or a possessive's noun and what follows ("'s president is X"). */
  main: string;
  /** Said as "based / located / headquartered in" or "-based": only a relation of place fits, no deed done there. */
  based: boolean;
}

/** The one entity a capitalised name names, and the words after it, trying the longest name first. */
function nameThen(ctx: CheckContext, text: string): { place: EntityValue; name: string; rest: string } | undefined {
  const m = /^((?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)(.*)$/.exec(text);
  if (!m) return undefined;
  const words = m[1]!.split(/\s+/);
  for (let n = words.length; n >= 1; n--) {
    const name = words.slice(0, n).join(' ');
    const rest = `${words.slice(n).join(' ')}${m[2]}`.replace(/^\s+/, ' ');
    const toks = dropIgnorable(tokenize(name, ctx.morph), ctx.morph);
    const hits = toks.length ? resolveMention(ctx, toks) : [];
    if (hits.length === 1) return { place: hits[0]!, name, rest: n === words.length ? m[2]! : rest };
  }
  return undefined;
}

/** The class a lower-case noun of one or two words names, the whole noun only. */
function nounClass(ctx: CheckContext, noun: string): string | undefined {
  if (!/^[a-z][\w-]*(?:\s+[a-z][\w-]*)?$/.test(noun)) return undefined;
  const toks = dropIgnorable(tokenize(noun, ctx.morph), ctx.morph);
  return toks.length ? classNouns(ctx).get(toks.map((t) => t.norm).join(' ')) : undefined;
}

/** Whether the rest of the claim can be what is said of the description: a possessive, or a predicate. */
function mainOf(rest: string): string | undefined {
  const r = rest.replace(/^['\u2019]s\b/, "'s");
  if (/^'s\s+[a-z]/.test(r)) return r;
  const first = /^\s+([a-z][a-z'-]*)\s/.exec(r)?.[1];
  return first && !NOT_A_PREDICATE.test(first) ? r.trim() : undefined;
}

/**
 * The place-described subject of a claim, or undefined when it opens otherwise.
 *
 * @example
 * ```ts
 * readPlaceDescribed(ctx, 'The bank in Zenda elected Rufus Firefly.')?.main; // 'elected Rufus Firefly'
 * readPlaceDescribed(ctx, "The Zenda lender's president is Rufus Firefly")?.main; // "'s president is Rufus Firefly"
 * ```
 */
export function readPlaceDescribed(ctx: CheckContext, text: string): PlaceDescribed | undefined {
  const plain = normalizeTypography(text).trim().replace(/[.!]+$/, '');
  const after = /^[Tt]he\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(in|based\s+in|located\s+in|headquartered\s+in)\s+(.+)$/.exec(plain);
  if (after) {
    const cls = nounClass(ctx, after[1]!);
    const named = cls ? nameThen(ctx, after[3]!) : undefined;
    const main = named ? mainOf(named.rest) : undefined;
    if (cls && named && main) return { phrase: `the ${after[1]} ${after[2]} ${named.place.mention ?? named.place.label}`, cls, place: named.place, main, based: after[2] !== 'in' };
  }
  // "the Zenda-based bank", "the Zenda lender": the name first, then the noun (one or two words)
  const before = /^[Tt]he\s+([A-Z].+)$/.exec(plain);
  if (!before) return undefined;
  const named = nameThen(ctx, before[1]!.replace(/-based\b/, ' \u0000based'));
  if (!named) return undefined;
  const based = /^\s+\u0000based\b/.test(named.rest);
  const rest = named.rest.replace(/^\s+\u0000based\b/, '');
  if (/\u0000/.test(rest)) return undefined;
  // a bare name before the noun must be a place's ("the Zenda lender"), not an owner's or a leader's
  if (!based && !isA(ctx, named.place.iri, `${NS.cg}Place`)) return undefined;
  for (const n of [1, 2]) {
    const m = cachedRegExp(`^\\s+((?:[a-z][\\w-]*\\s+){${n - 1}}[a-z][\\w-]*)(?=['\\u2019]s\\b|\\s)(.*)$`).exec(rest);
    if (!m) continue;
    const cls = nounClass(ctx, m[1]!);
    // a name and its noun that together name an entity ("the Acme field") are a name, no description
    const whole = dropIgnorable(tokenize(`${named.name} ${m[1]}`, ctx.morph), ctx.morph);
    if (cls && whole.length && resolveMention(ctx, whole).length) return undefined;
    const main = cls ? mainOf(m[2]!) : undefined;
    if (cls && main) return { phrase: `the ${named.place.mention ?? named.place.label}${based ? '-based' : ''} ${m[1]}`, cls, place: named.place, main, based };
  }
  return undefined;
}

/** The entities whose stated, positive claims the graph places at the place (cg:location). */
function locatedThere(ctx: CheckContext, place: string): Set<string> {
  const out = new Set<string>();
  for (const q of ctx.store.getQuads(null, `${NS.cg}location`, place, null)) {
    const claim = q.subject;
    if (!ctx.store.getQuads(claim, `${NS.cg}polarity`, `${NS.cg}Positive`, null).length) continue;
    if (!ctx.store.getQuads(claim, `${NS.cg}modality`, `${NS.cg}Stated`, null).length) continue;
    for (const s of ctx.store.getObjects(claim, `${NS.rdf}subject`, null)) out.add(s.value);
  }
  return out;
}

/**
 * Reader: a place-described subject read as the one entity of its class the graph places there;
 * held NOT_ENOUGH_INFO, with the reason, when none or several fit.
 *
 * @example
 * ```ts
 * await readPlaceSubject({ ctx, text: 'The bank in Zenda elected Rufus Firefly.', recheck });
 * // { decided: ... } read as "League Bank elected Rufus Firefly."
 * ```
 */
export async function readPlaceSubject({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const d = readPlaceDescribed(ctx, text);
  if (!d) return undefined;
  const candidates = [...ctx.entityLabel.keys()].filter((iri) => iri !== d.place.iri && isA(ctx, iri, d.cls)).sort();
  if (!candidates.length || candidates.length > MAX_CANDIDATES) return undefined;
  const placeLabel = d.place.label;
  const fits: Array<{ iri: string; label: string; why?: CheckResult }> = [];
  for (const iri of candidates) {
    const label = ctx.entityLabel.get(iri) ?? iri;
    for (const said of [`${label} is based in ${placeLabel}.`, `${label} is in ${placeLabel}.`]) {
      const r = await recheck(said);
      if (r?.verdict === 'SUPPORTED' && r.interpretation.polarity === 'positive') {
        fits.push({ iri, label, why: r });
        break;
      }
    }
  }
  let how = 'the graph places it there';
  if (!fits.length && !d.based) {
    // no relation of place: the one whose stated deeds the graph places there ("the bank in Zenda"
    // for the bank that opened there; "the Zenda-based bank" says where it is based, no deed)
    const there = locatedThere(ctx, d.place.iri);
    for (const iri of candidates) if (there.has(iri)) fits.push({ iri, label: ctx.entityLabel.get(iri) ?? iri });
    how = 'the one of its kind whose stated deeds the graph places there (cg:location)';
  }
  const heldAs = (why: string): ReaderOutcome => ({
    held: undecidedResult({
      claim: text.trim(), verdict: 'NOT_ENOUGH_INFO', reason: 'no-claim', conflict: false, evidence: [],
      interpretation: { subject: d.place, predicate: `${NS.rdf}type`, predicateName: 'type', object: { kind: 'string', value: d.phrase }, polarity: 'positive', modality: 'stated', qualifiers: {}, notes: [why] },
      explanation: why,
    }),
  });
  // none that fits is no reading (the words may be a name the graph does not hold, and a later
  // reader's near miss may still decide the claim): left unread
  if (!fits.length) return undefined;
  if (fits.length > 1) return heldAs(`Not enough information: "${d.phrase}" fits ${fits.length} of the graph's entities (${fits.map((f) => f.label).join(', ')}); the claim does not say which.`);
  const fit = fits[0]!;
  let claim = d.main.startsWith("'s") ? `${fit.label}${d.main}.` : `${fit.label} ${d.main}.`;
  let r = await recheck(claim);
  // a name written with its article ("the Bank of Zenda's president", as the copula's readers want it)
  if (!r && !/^the\s/i.test(fit.label)) {
    claim = `The ${claim}`;
    r = await recheck(claim);
  }
  if (!r) return undefined;
  const note = `"${d.phrase}" read as ${fit.label}: ${how}`;
  const result: CheckResult = {
    ...r, claim: text.trim(),
    evidence: [...r.evidence, ...(r.verdict === 'NOT_ENOUGH_INFO' || !fit.why ? [] : fit.why.evidence)],
    interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), note] },
    explanation: `Read as "${claim}" (${note}${fit.why ? `: ${fit.why.explanation}` : ''}). ${r.explanation}`,
  };
  return r.verdict === 'NOT_ENOUGH_INFO' ? { held: result } : decided(result);
}
