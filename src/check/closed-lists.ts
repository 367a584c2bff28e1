/**
 * Counts over a closed list (round 17): "Rufus Firefly hosted three foreign envoys at the Gala",
 * "the leaders of four states launched the canal", "a quartet of visiting leaders", "at least two
 * guests". A count refutes only over a set the graph closes. The graph closes a set when a source
 * lists its members, all of them ("Firefly hosted A, B and C"): the curated claims then hold a
 * count on the fixed side ("the Gala had 3 guests", a sub-property of `cg:listedCount` whose
 * `cg:countsSubjectsOf` names the relation counted, cited to the list's sentence), and the graph
 * names exactly that many subjects of the relation for the object. Without such a count claim the
 * list may be partial, and this reader reads nothing (the count readers keep "at least").
 *
 * How a count phrase is matched to a closed list: the phrase ("the leaders of four states", "three
 * foreign envoys") is replaced by the name of one listed member and the claim is rechecked; when
 * that reading is supported by the member's own claim of the counted relation (or of a broader one,
 * such as "attended" for "guest of", only when the phrase or its verb says guests: "hosted",
 * "foreign", "visiting"), the claim counts that list. The count is then compared with the list's
 * size, the arithmetic shown. Nothing here knows an entity; the relations closed are data.
 */
import { claimsByPredicate, isA, type ClaimInfo } from './claim-index.js';
import { collectiveRewrite } from './collective-counts.js';
import { NS, type CheckContext } from './context.js';
import { entityName, shortIri } from './prose.js';
import type { ReaderInput, ReaderOutcome } from './reader-kit.js';
import { finish } from './result.js';
import { normalizeTypography } from './text.js';
import type { CheckResult, Verdict } from './types.js';
import { CARDINALS } from './values.js';
import { boundAlternation, boundOf, boundTable } from './bound-words.js';
import type { Bearing } from './verdict.js';
import { cachedRegExp } from './regex-memo.js';
import { ACTORS } from './acting-for.js';

/** A set the graph closes: every subject of `relation` with `object`, and the count claim that says so. */
export interface ClosedList {
  /** The relation counted (IRI). */
  relation: string;
  /** The fixed side (IRI): the event, the facility. */
  object: string;
  /** The size the source's list gives (the count claim's value). */
  size: number;
  /** The count claim (`cg:guestCount`, ...), cited for the list's completeness. */
  countClaim: ClaimInfo;
  /** Each listed subject with its claim of the relation. */
  members: Map<string, ClaimInfo>;
}

/**
 * The closed lists of the graph: for each count claim of a list-count property (the ontology's
 * `cg:countsSubjectsOf`), the subjects the graph names for its relation and object, kept only when
 * they are exactly as many as the count says (fewer named: the list is not all in the graph).
 *
 * @example
 * ```ts
 * closedLists(ctx).map((l) => [l.object, l.size]); // [['…/founders-gala', 3]]
 * ```
 */
export function closedLists(ctx: CheckContext): ClosedList[] {
  const out: ClosedList[] = [];
  const index = claimsByPredicate(ctx);
  for (const [countProperty, relation] of [...ctx.axioms.countsSubjectsOf].sort()) {
    for (const c of index.get(countProperty) ?? []) {
      const size = Number(c.object.value);
      if (c.polarity !== 'positive' || c.modality !== 'stated' || !Number.isInteger(size)) continue;
      const members = new Map<string, ClaimInfo>();
      for (const p of [relation, ...(ctx.axioms.subProperties.get(relation) ?? [])]) {
        for (const r of index.get(p) ?? []) {
          if (r.object.value === c.subject && r.polarity === 'positive' && r.modality === 'stated' && !members.has(r.subject)) members.set(r.subject, r);
        }
      }
      if (members.size === size) out.push({ relation, object: c.subject, size, countClaim: c, members });
    }
  }
  return out;
}

/** How the claim bounds the count. */
type Bound = 'exact' | 'atLeast' | 'atMost' | 'more' | 'fewer' | 'several';

/** A count phrase of a claim: where it is, the number, its bound, and the kind counted. */
export interface CountPhrase {
  /** The claim with collective counts said as numbers ("a trio of" -> "three"). */
  text: string;
  start: number;
  end: number;
  n: number;
  bound: Bound;
  /** The noun counted, lower case ("countries", "leaders"). */
  noun: string;
  /** The phrase says guests: "foreign", "visiting", "guests", "visitors". */
  guests: boolean;
  /** The phrase says foreign (checked against the host's state). */
  foreign: boolean;
}

const NUMBER = `\\d{1,3}|${Object.keys(CARDINALS).join('|')}|several`;
// the shared bound words that say a count's side (src/check/bound-words.ts), after the words that
// say the count itself; a word of closeness ("nearly four states") is no count over a closed list
const COUNT_SIDE: Partial<Record<string, Bound>> = { gt: 'more', ge: 'atLeast', lt: 'fewer', le: 'atMost' };
const BOUNDS = boundTable((b) => COUNT_SIDE[b], ['only', 'just', 'exactly', 'precisely'].map((w): [string[], Bound] => [[w], 'exact']));
// "[the] [leaders of] [bound] N [foreign|visiting] <noun>": the leaders of N states are counted as the states;
// a named office before it ("the presidents of four states") is matched only to be refused: who held
// the office and acted is the claim, and a source may show another office acting (round 37)
const PHRASE = cachedRegExp(
  `\\b(?:the\\s+)?(?:(${ACTORS}|leader|heads?\\s+of\\s+(?:state|government)|presidents)\\s+(?:of|from)\\s+(?:the\\s+)?)?` +
  `(?:(${boundAlternation(BOUNDS)})\\s+)?` +
  `(${NUMBER})\\s+((?:(?:foreign|visiting|guest|world|international)\\s+){0,2})` +
  `(countries|nations|states|leaders|guests|heads\\s+of\\s+state|dignitaries|statesmen|visitors)\\b`, 'i');
// a phrase followed by "of the" is a partitive ("three of the guests"), not a count of the list;
// one followed by a list of names is read by src/check/count-frames.ts
const AFTER = /^\s*(?:of\b|,\s*[A-Z])/;
// the verbs of receiving guests: what the host did to the counted guests
const HOST_VERB = /\b(?:hosted|hosts|host|played\s+host\s+to|plays\s+host\s+to|welcomed|welcomes|received|receives|greeted|greets)\s+$/i;

/**
 * The one count phrase of a claim, or undefined (none, two, a denial, a "how many" question).
 *
 * @example
 * ```ts
 * countPhrase('Rufus Firefly hosted a trio of visiting envoys.')?.n; // undefined: "envoys" is no counted noun
 * countPhrase('The leaders of four states launched the canal.'); // { n: 4, bound: 'exact', noun: 'states', ... }
 * ```
 */
export function countPhrase(claim: string): CountPhrase | undefined {
  const text = (collectiveRewrite(claim) ?? normalizeTypography(claim)).trim();
  if (/\b(?:not|never|no|nor|neither|none|without|how\s+many)\b|n't\b/i.test(text)) return undefined;
  const m = PHRASE.exec(text);
  if (!m || PHRASE.exec(text.slice(m.index + m[0].length)) || AFTER.test(text.slice(m.index + m[0].length))) return undefined;
  const [, actor, boundWord, count, adjectives, noun] = m as unknown as [string, string | undefined, string | undefined, string, string, string];
  if (actor && /^(?:presidents|heads?\s)/i.test(actor)) return undefined;
  const n = /^\d+$/.test(count) ? Number(count) : count.toLowerCase() === 'several' ? 3 : CARDINALS[count.toLowerCase()]!;
  const bound: Bound = count.toLowerCase() === 'several' ? (boundWord ? 'exact' : 'several') : boundWord ? boundOf(BOUNDS, boundWord)! : 'exact';
  if (count.toLowerCase() === 'several' && boundWord) return undefined;
  const adj = adjectives.toLowerCase();
  const nounL = noun.toLowerCase().replace(/\s+/g, ' ');
  return {
    text, start: m.index, end: m.index + m[0].length, n, bound, noun: nounL,
    guests: /\b(?:foreign|visiting|guest)\b/.test(adj) || /^(?:guests|visitors)$/.test(nounL) || HOST_VERB.test(text.slice(0, m.index)),
    foreign: /\bforeign\b/.test(adj),
  };
}

/** The verdict of a count against a closed list's size, with the arithmetic in words. */
function compare(size: number, p: CountPhrase): { verdict: Verdict; says: string } {
  switch (p.bound) {
    case 'exact': return { verdict: size === p.n ? 'SUPPORTED' : 'REFUTED', says: `exactly ${p.n} (a count said without "at least" is exact over a closed list): ${size} ${size === p.n ? 'is' : 'is not'} ${p.n}` };
    case 'atLeast': return { verdict: size >= p.n ? 'SUPPORTED' : 'REFUTED', says: `at least ${p.n}: ${size} ${size >= p.n ? 'is' : 'is not'} ${p.n} or more` };
    case 'atMost': return { verdict: size <= p.n ? 'SUPPORTED' : 'REFUTED', says: `at most ${p.n}: ${size} ${size <= p.n ? 'is' : 'is not'} ${p.n} or fewer` };
    case 'more': return { verdict: size > p.n ? 'SUPPORTED' : 'REFUTED', says: `more than ${p.n}: ${size} ${size > p.n ? 'is' : 'is not'} more than ${p.n}` };
    case 'fewer': return { verdict: size < p.n ? 'SUPPORTED' : 'REFUTED', says: `fewer than ${p.n}: ${size} ${size < p.n ? 'is' : 'is not'} fewer than ${p.n}` };
    // "several": three or more is several, one or none is not; two is left open
    case 'several': return { verdict: size >= 3 ? 'SUPPORTED' : size <= 1 ? 'REFUTED' : 'NOT_ENOUGH_INFO', says: `several (three or more; one or none is not several): ${size}` };
  }
}

/** The states an agent's offices are of (its `holdsOffice` claims, each office's `officeOf`). */
function statesOf(ctx: CheckContext, person: string): Set<string> {
  const out = new Set<string>();
  for (const c of claimsByPredicate(ctx).get(`${NS.cg}holdsOffice`) ?? []) {
    if (c.subject !== person || c.polarity !== 'positive') continue;
    for (const s of ctx.store.getObjects(c.object.value, `${NS.cg}officeOf`, null)) out.add(s.value);
  }
  return out;
}

/** Every member holds an office of a state none of the event's hosts holds one of (undecidable: false). */
function allForeign(ctx: CheckContext, list: ClosedList): boolean {
  const hosts = (claimsByPredicate(ctx).get(`${NS.cg}hostOf`) ?? []).filter((c) => c.object.value === list.object && c.polarity === 'positive').map((c) => c.subject);
  const home = new Set(hosts.flatMap((h) => [...statesOf(ctx, h)]));
  if (!home.size) return false;
  return [...list.members.keys()].every((m) => {
    const states = statesOf(ctx, m);
    return states.size > 0 && [...states].every((s) => !home.has(s));
  });
}

/** The kind the noun counts fits every member: states for "countries", people for "leaders". */
function kindFits(ctx: CheckContext, list: ClosedList, p: CountPhrase): boolean {
  const cls = /^(?:countries|nations|states)$/.test(p.noun) ? `${NS.cg}Country` : `${NS.cg}Person`;
  return [...list.members.keys()].every((m) => isA(ctx, m, cls));
}

/** The relations a recheck's reading (or its parts') gives between `subject` and `object`. */
function readingRelations(r: CheckResult, subject: string, object: string): Set<string> {
  const iri = (v: unknown): string | undefined => (v && typeof v === 'object' && 'iri' in v ? String((v as { iri: unknown }).iri) : undefined);
  return new Set([r.interpretation, ...(r.parts ?? []).map((x) => x.interpretation)]
    .filter((i) => iri(i.subject) === subject && iri(i.object) === object).map((i) => i.predicate));
}

/** The relations above `relation` (those it is a sub-property of). */
function broader(ctx: CheckContext, relation: string): string[] {
  return [...ctx.axioms.subProperties].filter(([, subs]) => subs.has(relation)).map(([p]) => p);
}

/**
 * The table's reader (src/check/readers.ts): a count over a closed list, decided by the list's
 * size (see the module comment).
 *
 * @example
 * ```ts
 * await readClosedListCount({ ctx, text: 'Rufus Firefly hosted two foreign leaders at the Founders Gala.', recheck });
 * // { decided: { verdict: 'REFUTED', explanation: 'Read as a count over a closed list: ... 3 is not 2' } }
 * ```
 */
export async function readClosedListCount({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const p = countPhrase(text);
  if (!p) return undefined;
  for (const list of closedLists(ctx)) {
    if (!kindFits(ctx, list, p)) continue;
    // one listed member said in the phrase's place: its own reading must cite its claim of the relation
    const [member] = [...list.members].sort(([a], [b]) => (a < b ? -1 : 1))[0]!;
    const said = `${p.text.slice(0, p.start)}${entityName(ctx, member)}${p.text.slice(p.end)}`;
    const r = await recheck(said);
    if (!r || r.verdict !== 'SUPPORTED') continue;
    // the relation the reading is of, for the member and the list's object (a compound's parts too)
    const read = readingRelations(r, member, list.object);
    const exact = [list.relation, ...(ctx.axioms.subProperties.get(list.relation) ?? [])].some((x) => read.has(x));
    // a broader relation ("attended" for "guest of") counts the list only when the claim says guests
    const viaBroader = broader(ctx, list.relation).some((x) => read.has(x));
    if (!exact && !(viaBroader && p.guests)) continue;
    if (p.foreign && !allForeign(ctx, list)) continue;
    // round 29: a second member said in the phrase's place must be read so too: the first may be
    // named elsewhere in the claim ("Rufus had three guests at E" with Rufus the first listed read
    // "Rufus had Rufus at E" as Rufus attending E, a false SUPPORTED of the host-less claim)
    const second = [...list.members.keys()].sort()[1];
    if (second) {
      const r2 = await recheck(`${p.text.slice(0, p.start)}${entityName(ctx, second)}${p.text.slice(p.end)}`);
      const read2 = r2?.verdict === 'SUPPORTED' ? readingRelations(r2, second, list.object) : new Set<string>();
      if (![list.relation, ...(ctx.axioms.subProperties.get(list.relation) ?? []), ...(p.guests ? broader(ctx, list.relation) : [])].some((x) => read2.has(x))) continue;
    }
    const { verdict, says } = compare(list.size, p);
    const names = [...list.members.keys()].map((m) => entityName(ctx, m)).sort().join(', ');
    const what = `${entityName(ctx, list.object)}: ${names} (claim ${shortIri(list.countClaim.iri)} gives ${list.size}, the source's list, all of them)`;
    const stance = verdict === 'SUPPORTED' ? 'supports' as const : 'refutes' as const;
    const bearings: Bearing[] = verdict === 'NOT_ENOUGH_INFO' ? [] : [
      { claim: list.countClaim, stance, reason: verdict === 'SUPPORTED' ? 'all-members' : 'member-refuted', note: `the list is complete: ${list.size}` },
      ...[...list.members.values()].map((c) => ({ claim: c, stance, reason: (verdict === 'SUPPORTED' ? 'all-members' : 'member-refuted') as Bearing['reason'], note: `${entityName(ctx, c.subject)} is on the list` })),
    ];
    const explanation = `Read as a count over a closed list ("${p.text.slice(p.start, p.end)}" read as the ${list.size} listed for ${what}; "${said}" is supported): the claim says ${says}.`;
    const result = finish(ctx, text.trim(), r.interpretation, { verdict, reason: verdict === 'SUPPORTED' ? 'all-members' : verdict === 'REFUTED' ? 'member-refuted' : 'partial', conflict: false, bearings, explanation });
    return verdict === 'NOT_ENOUGH_INFO' ? { held: { ...result, explanation } } : { decided: { ...result, explanation } };
  }
  return undefined;
}
