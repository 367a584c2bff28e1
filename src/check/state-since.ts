/**
 * A state said to hold in a year ("the pipeline was operational in 2015") read through a property
 * that dates the state's onset (cg:operationalSince: "operational since 2009"). The onset is
 * single-valued, but the state goes on after it: a year after the source's onset is not another
 * onset, so it does not refute (nor, without a source for that year, support) the claim; a year
 * before the onset still refutes it (the thing was not yet operating). Which patterns say the
 * state rather than its onset is lexicon data: `cg:statePattern` on the property
 * (ontology/lexicon.ttl), the pattern's text as written there.
 */
import { NS, type CheckContext } from './context.js';
import type { ClaimInfo } from './claim-index.js';
import type { Interpretation } from './types.js';

const tables = new WeakMap<object, Map<string, Set<string>>>();

/** The lexicon's state patterns by property IRI, read once per lexicon. */
function statePatterns(ctx: CheckContext): Map<string, Set<string>> {
  let t = tables.get(ctx.lexicon);
  if (t) return t;
  t = new Map();
  for (const q of ctx.lexicon.getQuads(null, `${NS.cg}statePattern`, null, null)) {
    const set = t.get(q.subject.value) ?? new Set<string>();
    set.add(q.object.value);
    t.set(q.subject.value, set);
  }
  tables.set(ctx.lexicon, t);
  return t;
}

/**
 * The first and last day of a year, month or day ("2015", "2015-10", "2015-10-22") as sortable
 * "YYYY-MM-DD" strings, if the value is one.
 */
function daysOf(value: string): [string, string] | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T|$)/.exec(value);
  if (!m) return undefined;
  if (m[3]) return [`${m[1]}-${m[2]}-${m[3]}`, `${m[1]}-${m[2]}-${m[3]}`];
  if (m[2]) return [`${m[1]}-${m[2]}-01`, `${m[1]}-${m[2]}-31`];
  return [`${m[1]}-01-01`, `${m[1]}-12-31`];
}

/**
 * True when the claim reads a state pattern of its property (see the module comment), or says the
 * state with a copula (Interpretation.state), and names a time wholly after the source's onset `c`
 * (a later year, month or day): not a conflict of a single-valued onset.
 *
 * @example
 * ```ts
 * // "The canal was operational in 2015", the source: operational since 2009
 * laterStateYear(ctx, q, c); // true: the state goes on after its onset
 * ```
 */
export function laterStateYear(ctx: CheckContext, q: Interpretation, c: ClaimInfo): boolean {
  // round 35: or a state the parser saw said with a copula ("was open in T", Interpretation.state)
  if (!q.state && (!q.pattern || !statePatterns(ctx).get(q.predicate)?.has(q.pattern))) return false;
  const o = q.object;
  // a year, month or day said plainly: "operational by 2015" is a bound of the onset, read as such
  const claimed = (o.kind === 'year' && !o.bound) || o.kind === 'month' || o.kind === 'date' ? daysOf(o.value) : undefined;
  const stated = c.object.termType === 'Literal' ? daysOf(c.object.value) : undefined;
  // round 35: wholly after the onset, to the day (a month after an onset dated to the day is later
  // although their years are the same); a time that overlaps the onset is left to the comparison
  return claimed !== undefined && stated !== undefined && claimed[0] > stated[1];
}
