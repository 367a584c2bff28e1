/**
 * The denial of a statement about a whole group named by its members (round 38, fix30c; fix30's
 * left): "Rufus did not visit the five Ruritanian states", "... all five", "... every Ruritanian
 * state" deny the visit of the whole. Read member by member as "did not visit" each one, one
 * member's visit refuted it, though the claim may mean "not all of them" (true when one was not
 * visited) as well as "none of them". The two readings agree only at the ends: refuted when the
 * statement holds for every member, supported when it fails for every member; undecided otherwise,
 * with both readings shown. So is a denied rank over a region named by itself ("X was not the first
 * to visit Ruritania", round 38, users30's F2): read member by member, a member X was the first to
 * visit refuted it, though an earlier visit to another member makes X no first of the region.
 */
import type { CheckContext } from './context.js';
import { entityName, describeInterpretation } from './prose.js';
import type { Interpretation } from './types.js';
import type { Evaluation } from './verdict.js';

/**
 * The verdict of a denied statement about every member of a group (the group is the claim's
 * object, said as a whole), from the undenied statement of each member.
 *
 * @example
 * ```ts
 * deniedWhole(ctx, q, group, members, evaluate); // REFUTED when Rufus visited each state, SUPPORTED when none
 * ```
 */
export function deniedWhole(ctx: CheckContext, q: Interpretation, group: { label: string }, members: string[], evaluate: (ctx: CheckContext, q: Interpretation) => Evaluation): Evaluation {
  const plain: Interpretation = { ...q, polarity: 'positive' };
  const evs = members.map((m) => ({ m, ev: evaluate(ctx, { ...plain, object: { kind: 'entity', iri: m, label: ctx.entityLabel.get(m) ?? entityName(ctx, m) } }) }));
  const yes = evs.filter((e) => e.ev.verdict === 'SUPPORTED');
  const no = evs.filter((e) => e.ev.verdict === 'REFUTED');
  const names = (xs: typeof evs): string => xs.map((e) => entityName(ctx, e.m)).join(', ') || 'none';
  const what = describeInterpretation(ctx, { ...plain, object: { kind: 'entity', iri: '', label: `each member of ${group.label}` } });
  const tally = `${what} holds for ${yes.length} of the ${members.length} (${names(yes)}), fails for ${no.length} (${names(no)})`;
  if (yes.length === members.length) {
    return { verdict: 'REFUTED', reason: 'group-member-refuted', conflict: false, bearings: yes.flatMap((e) => e.ev.bearings.map((b) => ({ ...b, stance: 'refutes' as const }))),
      explanation: `Refuted: read as the denial of a statement about the whole of ${group.label}, which holds for every member: ${tally}.` };
  }
  if (no.length === members.length) {
    return { verdict: 'SUPPORTED', reason: 'group-all-members', conflict: false, bearings: no.flatMap((e) => e.ev.bearings.map((b) => ({ ...b, stance: 'supports' as const }))),
      explanation: `Read as the denial of a statement about the whole of ${group.label}, which fails for every member: ${tally}.` };
  }
  return { verdict: 'NOT_ENOUGH_INFO', reason: 'group-partial', conflict: false, bearings: [],
    explanation: `Not enough information: the denial of a statement about the whole of ${group.label} is not the denial of it for each member, and ${tally}${yes.length && no.length ? ', so it holds for some members and not for others' : ', and the rest is undecided'}.` };
}
