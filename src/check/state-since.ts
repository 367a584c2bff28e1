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

/** The year a claimed or stated time begins with ("2015", "2015-10", "2015-10-22"), if any. */
function yearOf(value: string): number | undefined {
  const m = /^(\d{4})(?:-|$)/.exec(value);
  return m ? Number(m[1]) : undefined;
}

/**
 * True when the claim reads a state pattern of its property (see the module comment) and names a
 * year later than the year of the source's onset `c`: not a conflict of a single-valued onset.
 *
 * @example
 * ```ts
 * // "The canal was operational in 2015", the source: operational since 2009
 * laterStateYear(ctx, q, c); // true: the state goes on after its onset
 * ```
 */
export function laterStateYear(ctx: CheckContext, q: Interpretation, c: ClaimInfo): boolean {
  if (!q.pattern || !statePatterns(ctx).get(q.predicate)?.has(q.pattern)) return false;
  const o = q.object;
  // a year, month or day said plainly: "operational by 2015" is a bound of the onset, read as such
  const claimed = (o.kind === 'year' && !o.bound) || o.kind === 'month' || o.kind === 'date' ? yearOf(o.value) : undefined;
  const stated = c.object.termType === 'Literal' ? yearOf(c.object.value) : undefined;
  return claimed !== undefined && stated !== undefined && claimed > stated;
}
