/**
 * A state said to hold in a year ("the pipeline was operational in 2015") read through a property
 * that dates the state's onset (cg:operationalSince: "operational since 2009"). The onset is
 * single-valued, but the state goes on after it: a year after the source's onset is not another
 * onset, so it does not refute (nor, without a source for that year, support) the claim; a year
 * before the onset still refutes it (the thing was not yet operating). Which patterns say the
 * state rather than its onset is lexicon data: `cg:statePattern` on the property
 * (ontology/lexicon.ttl), the pattern's text as written there. Where one pattern serves both the
 * deed and its state (the verb "open" and the adjective "open": "{s} open in {o}" reads "opened
 * in 2016" and "was open in 2017" alike, the form of "be" being an ignorable word), the word that
 * says the state after a form of "be" is lexicon data too: `cg:stateWord` on the property; the
 * parser marks such a reading (`Interpretation.stateSaid`, round 35: "the bank was open in 2017"
 * of a bank opened in 2016 was refuted as another opening day).
 */
import { NS, type CheckContext } from './context.js';
import type { ClaimInfo } from './claim-index.js';
import type { Interpretation } from './types.js';
import { cachedRegExp } from './regex-memo.js';
import { propertyPatterns } from './lexicon-words.js';

const wordTables = new WeakMap<object, { byProperty: Map<string, RegExp>; any?: RegExp; words: string[] }>();

/**
 * "be <word>" for a list of state words: a form of "be", "remain", "stay" or "stand" ("stood
 * open"), an optional denial, adverbs ("still", "already", "officially"), then the word, not
 * followed by a determiner ("open the door" is the verb).
 */
function copular(words: string[]): RegExp {
  const ws = words.map((w) => w.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return new RegExp(String.raw`\b(?:is|are|was|were|be|been|being|remain(?:s|ed)?|stay(?:s|ed)?|stands?|stood)(?:n['\u2019]t|\s+not)?\s+(?:(?:still|already|now|again|fully|yet|[a-z]+ly)\s+)*(?:${ws.join('|')})\b(?!\s+(?:a|an|the|its|their|his|her)\b)`, 'i');
}

/** The lexicon's state words (cg:stateWord), as one "be <word>" pattern per property and one for all, read once per lexicon. */
function stateWords(ctx: CheckContext): { byProperty: Map<string, RegExp>; any?: RegExp; words: string[] } {
  let t = wordTables.get(ctx.lexicon);
  if (t) return t;
  const words = new Map<string, string[]>();
  for (const q of ctx.lexicon.getQuads(null, `${NS.cg}stateWord`, null, null)) words.set(q.subject.value, [...(words.get(q.subject.value) ?? []), q.object.value]);
  const all = [...new Set([...words.values()].flat())];
  t = { byProperty: new Map([...words].map(([p, ws]) => [p, copular(ws)])), ...(all.length ? { any: copular(all) } : {}), words: all };
  wordTables.set(ctx.lexicon, t);
  return t;
}

/**
 * True when the claim says the state of the property's onset with a form of "be" (or "remain",
 * "stand") and a state word of the lexicon (`cg:stateWord`): "the bank was open in 2017", "stood
 * officially open", not "opened". Round 36 (precision36): the one flag for the fact (it was two,
 * one of them with the word "open" written in the parser): a reading of another property whose
 * pattern says a state word ("{s} open ... {o}") with a time for its object is marked too.
 *
 * @example
 * ```ts
 * saysState(ctx, interp, 'The League bank was open in 2017.'); // true (interp.predicate cg:openedOn)
 * saysState(ctx, interp, 'The League bank opened in 2017.'); // false
 * ```
 */
export function saysState(ctx: CheckContext, q: Interpretation, claim: string): boolean {
  const t = stateWords(ctx);
  const own = t.byProperty.get(q.predicate);
  if (own) return own.test(claim);
  const o = q.object.kind;
  if (!t.any || !(o === 'year' || o === 'month' || o === 'date') || !q.pattern) return false;
  const pattern = q.pattern;
  return t.words.some((w) => cachedRegExp(String.raw`\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:ed)?\b`, 'i').test(pattern)) && t.any.test(claim);
}

/** The year a claimed or stated time begins with ("2015", "2015-10", "2015-10-22"), if any. */
function yearOf(value: string): number | undefined {
  const m = /^(\d{4})(?:-|$)/.exec(value);
  return m ? Number(m[1]) : undefined;
}

/**
 * The claimed time is later than the stated onset, compared at the coarser of the two precisions
 * ("2017" after "2016-01-16"; "2016-01-20" after "2016-01-16"; "2016-01" is not after "2016-01-16").
 */
function laterTime(claimed: string, stated: string): boolean {
  const n = Math.min(claimed.length, stated.length);
  return claimed.slice(0, n) > stated.slice(0, n);
}

/**
 * True when the claim reads a state pattern of its property, or says the state in its own words
 * (see the module comment), and names a time later than the source's onset `c`: not a conflict
 * of a single-valued onset.
 *
 * @example
 * ```ts
 * // "The canal was operational in 2015", the source: operational since 2009
 * laterStateYear(ctx, q, c); // true: the state goes on after its onset
 * ```
 */
export function laterStateYear(ctx: CheckContext, q: Interpretation, c: ClaimInfo): boolean {
  const byPattern = !!q.pattern && !!propertyPatterns(ctx, 'statePattern').get(q.predicate)?.has(q.pattern);
  // round 35: or a state the parser saw said with a copula ("was open in T", Interpretation.stateSaid)
  if (!byPattern && !q.stateSaid) return false;
  const o = q.object;
  // a year, month or day said plainly: "operational by 2015" is a bound of the onset, read as such
  const said = (o.kind === 'year' && !o.bound) || o.kind === 'month' || o.kind === 'date' ? o.value : undefined;
  const claimed = said === undefined ? undefined : yearOf(said);
  const stated = c.object.termType === 'Literal' ? yearOf(c.object.value) : undefined;
  if (claimed === undefined || stated === undefined) return false;
  // a state said in the words of a deed's pattern is compared to the day ("open on January 20" of
  // a bank opened on January 16); a state pattern's onset keeps its year-level rule
  return q.stateSaid ? laterTime(said!, c.object.value) : claimed > stated;
}
