/**
 * Another occasion of a repeatable relation (round 33, fix26a; users26's false verdicts): "X
 * visited Y in 2006" against a source that dates X's visit to Y in 2015. The source's date says
 * when THAT visit happened; a relation that may hold again (lexicon `cg:repeatableProperty`) is not
 * made single-valued in time by it, so a time in another year neither refutes the claim nor
 * supports its denial. Only a rank among occasions ("the first / last to visit", the office-holder
 * refuters) or a functional property may exclude another occasion.
 *
 * A time in the same calendar year as the source's occasion is taken to name that occasion (a
 * claim "visited Y in November 2015" of a visit the source dates October 22-28, 2015 is its date
 * misstated), and a possessive nominal ("X's visit to Y took place in 2014") names one occasion,
 * the source's: both keep the source's date as before.
 */
import type { CheckContext } from './context.js';
import { DATING_QUALIFIERS, type ClaimInfo } from './claim-index.js';
import { flaggedProperties } from './lexicon-words.js';
import type { Interpretation } from './types.js';

/**
 * The claim's time and the source occasion's years when the claim's time (its `name` qualifier, a
 * year, month or day, unbounded) falls in a year the source's occasion does not touch and the
 * relation is repeatable; undefined otherwise.
 *
 * @example
 * ```ts
 * otherOccasion(ctx, q, c, 'year'); // { time: '2006', source: '2015' } for "Rufus visited Sylvania in 2006"
 * ```
 */
export function otherOccasion(ctx: CheckContext, q: Interpretation, c: ClaimInfo, name: 'year' | 'date'): { time: string; source: string } | undefined {
  if (!flaggedProperties(ctx, 'repeatableProperty').has(c.predicate)) return undefined;
  // "X's visit to Y took place in T": the possessive names the source's own occasion
  if (/^\{s\}\s*'s\b/.test(q.pattern ?? '')) return undefined;
  // "the last PM to visit Y, in 2004": a rank among occasions dates the one it ranks
  if (q.qualifiers.firstInOffice || q.qualifiers.lastInOffice) return undefined;
  const v = q.qualifiers[name];
  if (!v || !(v.kind === 'date' || v.kind === 'month' || (v.kind === 'year' && !v.bound)) || !/^\d{4}(?:-\d\d){0,2}$/.test(v.value)) return undefined;
  const years = DATING_QUALIFIERS.flatMap((n) => c.qualifiers.get(n) ?? []).map((t) => t.slice(0, 4)).filter((y) => /^\d{4}$/.test(y)).sort();
  if (!years.length) return undefined;
  const claimed = v.value.slice(0, 4);
  if (claimed >= years[0]! && claimed <= years[years.length - 1]!) return undefined;
  return { time: v.value, source: [...new Set(years)].join(', ') };
}
