/**
 * An amount said of a list ("the League's aid to Freedonia and Sylvania adds up to more than
 * US$ 5 million", "Freedonia gave Sylvania and Marsovia US$ 2 million"): of each member, or of
 * them together? English leaves it open ("each", "in total" settle it, and not always), so the
 * reading of each member alone may not decide the claim: three packages of 105, 108 and 75 fail
 * "more than 200" one by one and meet it together. The distributed verdict stands only when the
 * total of the members' amounts gives the same verdict; otherwise, or when the total cannot be
 * made (a member with no amount, or with two), the claim is held with both readings shown.
 */
import type { CheckContext } from './context.js';
import { describeInterpretation, entityName } from './prose.js';
import type { CheckValue, Interpretation, MoneyValue } from './types.js';
import { canonicalDecimal, satisfiesAmount } from './values.js';
import type { Evaluation } from './verdict.js';

type Member = Extract<CheckValue, { kind: 'entity' }>;

/**
 * The verdict of a list with an amount: `spread` (each member read alone) when the total reading
 * agrees with it, else NOT_ENOUGH_INFO saying why. `spread` as it is for a claim without an amount.
 *
 * @example
 * ```ts
 * // "The League's aid to Freedonia and Sylvania adds up to more than US$ 5 million"
 * // (3 and 4 million): each fails, together they pass -> NOT_ENOUGH_INFO with both readings
 * listAmountVerdict(ctx, q, members, spread, evaluateClaim).verdict; // 'NOT_ENOUGH_INFO'
 * ```
 */
export function listAmountVerdict(
  ctx: CheckContext,
  q: Interpretation,
  side: 'subject' | 'object',
  members: Member[],
  spread: Evaluation,
  evaluate: (ctx: CheckContext, q: Interpretation) => Evaluation,
): Evaluation {
  const claimed = q.qualifiers.amount;
  if (claimed?.kind !== 'amount' || members.length < 2 || spread.verdict === 'NOT_ENOUGH_INFO') return spread;
  const total = totalReading(ctx, q, side, members, claimed, evaluate);
  if (total?.verdict === spread.verdict) return spread;
  const what = describeInterpretation(ctx, q);
  const together = total
    ? `together (${total.sum}) it is ${total.verdict === 'SUPPORTED' ? 'supported' : 'refuted'}`
    : `together it cannot be summed from the graph (${members.map((m) => entityName(ctx, m.iri)).join(', ')} each need one stated amount in the claim's currency)`;
  return {
    verdict: 'NOT_ENOUGH_INFO', reason: 'partial', conflict: false,
    bearings: spread.bearings.map((b) => ({ ...b, stance: 'related' as const })),
    explanation: `Not decided: ${what} gives an amount for a list, which may be each member's or their total. Read for each member it is ${spread.verdict === 'SUPPORTED' ? 'supported' : 'refuted'}; ${together}. ${spread.explanation}`,
  };
}

/**
 * The claim read of the members together: each member's claim without the amount must be
 * supported by claims stating exactly one amount in each claimed currency; the sums are then
 * compared with the claimed amounts. Undefined when that cannot be made.
 */
function totalReading(
  ctx: CheckContext,
  q: Interpretation,
  side: 'subject' | 'object',
  members: Member[],
  claimed: Extract<CheckValue, { kind: 'amount' }>,
  evaluate: (ctx: CheckContext, q: Interpretation) => Evaluation,
): { verdict: 'SUPPORTED' | 'REFUTED'; sum: string } | undefined {
  const { amount: _drop, ...rest } = q.qualifiers;
  const sums = new Map<string, number>();
  for (const m of members) {
    const ev = evaluate(ctx, { ...q, [side]: m, qualifiers: rest });
    if (ev.verdict !== 'SUPPORTED') return undefined;
    for (const c of claimed.amounts) {
      const cur = c.currency.toUpperCase();
      const values = new Set(ev.bearings.filter((b) => b.stance === 'supports')
        .flatMap((b) => b.claim.amounts).filter((a) => a.currency.toUpperCase() === cur).map((a) => canonicalDecimal(a.value)));
      if (values.size !== 1) return undefined;
      sums.set(cur, (sums.get(cur) ?? 0) + Number([...values][0]));
    }
  }
  const totals: MoneyValue[] = [...sums].map(([currency, v]) => ({ currency, value: String(v) }));
  const holds = claimed.amounts.every((c) => totals.some((t) => satisfiesAmount(t, c)));
  return { verdict: holds ? 'SUPPORTED' : 'REFUTED', sum: totals.map((t) => `${t.currency} ${Number(t.value).toLocaleString('en-US')}`).join(' / ') };
}
