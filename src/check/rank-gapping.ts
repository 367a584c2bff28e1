/**
 * Gapping with a rank (round 15): "Freedonia is the League's largest member, and Sylvania the
 * second largest", "... and Sylvania its second". The second clause keeps only its subject and
 * the rank; it borrows the first clause's copula and predicate, with its own rank in place of the
 * first one: "Sylvania is the League's second largest member". The first subject and the second
 * must each be a whole name the graph knows, and the second clause must be nothing but a rank
 * (an ordinal, a superlative or both, after "the", "its" or "their"); anything else is no such
 * gap (the other cuts of src/check/compound.ts read it or leave it).
 */
import type { CheckContext } from './context.js';
import { resolveMention, wholeName } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize, type Token } from './text.js';
import { ORDINALS, parseRank } from './values.js';
import { cachedRegExp } from './regex-memo.js';

// the copulas a gapped clause borrows
const COPULA = '(is|was|are|were|remains|remained|has been|had been|will be|will remain)';
const CLAUSES = cachedRegExp(`^(.+?)\\s+${COPULA}\\s+(.+?),?\\s+(?:and|but|while|whereas)\\s+(.+)$`, 'i');
// the longest name looked for, in tokens
const MAX_NAME = 6;

/** True for a word that is a rank by itself: an ordinal ("second") or a superlative of rank ("largest", "top"). */
function isRankWord(t: Token): boolean {
  return t.kind === 'word' && (ORDINALS[t.raw.toLowerCase()] !== undefined || parseRank([t]) !== undefined);
}

/**
 * The two statements of a claim whose second clause is a subject and a rank, or undefined.
 *
 * @example
 * ```ts
 * rankGappingCut(ctx, "Freedonia is the League's largest member, and Sylvania the second largest");
 * // ["Freedonia is the League's largest member", "Sylvania is the League's second largest member"]
 * rankGappingCut(ctx, "Freedonia is the League's top member and Sylvania its second");
 * // ["Freedonia is the League's top member", "Sylvania is the League's second member"]
 * ```
 */
export function rankGappingCut(ctx: CheckContext, claim: string): string[] | undefined {
  const m = CLAUSES.exec(normalizeTypography(claim).trim().replace(/[.!?]+$/, ''));
  if (!m) return undefined;
  const [, subject, copula, predicate, right] = m as unknown as [string, string, string, string, string];
  if (!wholeName(ctx, subject)) return undefined;
  // the second clause: a name, then only a rank ("the second largest", "its second")
  const rtoks = tokenize(right, ctx.morph).filter((t) => t.kind !== 'dash');
  let k = 0;
  for (let n = Math.min(MAX_NAME, rtoks.length - 1); n >= 1; n--) {
    // the name ends before the rank's determiner ("Sylvania its second": not "Sylvania its")
    if (/^(?:the|its|their)$/i.test(rtoks[n - 1]!.raw)) continue;
    if (wholeName(ctx, right.slice(0, rtoks[n - 1]!.end))) { k = n; break; }
  }
  if (!k) return undefined;
  let rank = rtoks.slice(k);
  if (rank.length && /^(?:the|its|their)$/i.test(rank[0]!.raw)) rank = rank.slice(1);
  if (!rank.length || rank.length > 2 || !rank.every(isRankWord) || !parseRank(rank)) return undefined;
  // the first clause's rank: the first run of rank words, followed by the noun it ranks
  const ptoks = tokenize(predicate, ctx.morph).filter((t) => t.kind !== 'dash');
  const from = ptoks.findIndex(isRankWord);
  if (from < 0) return undefined;
  let to = from;
  while (to < ptoks.length && isRankWord(ptoks[to]!)) to++;
  if (to >= ptoks.length || ptoks[to]!.kind !== 'word' || !parseRank(ptoks.slice(from, to))) return undefined;
  // "the largest League member": a name between the rank and its noun is the possessor ("the
  // League's largest member"); only after a superlative ("the first Freedonian premier" is no
  // "Freedonia's first premier")
  const head = possessorAfterRank(ctx, predicate, ptoks, from, to);
  if (head) return rankGappingCut(ctx, `${subject} ${copula} ${head}, and ${right}`);
  // "its second" after "the largest": the second largest; after "the top": the second
  const last = ptoks[to - 1]!;
  const onlyOrdinal = rank.length === 1 && ORDINALS[rank[0]!.raw.toLowerCase()] !== undefined;
  const words = rank.map((t) => t.raw);
  if (onlyOrdinal && ORDINALS[last.raw.toLowerCase()] === undefined && last.raw.toLowerCase() !== 'top') words.push(last.raw);
  const said = `${predicate.slice(0, ptoks[from]!.start)}${words.join(' ')}${predicate.slice(last.end)}`;
  return [`${subject} ${copula} ${predicate}`, `${right.slice(0, rtoks[k - 1]!.end)} ${copula} ${said}`];
}

/**
 * "the largest League member" as "the League's largest member": the predicate with the name
 * between a superlative rank and its head noun said as the possessor; undefined when there is
 * no such name.
 */
function possessorAfterRank(ctx: CheckContext, predicate: string, ptoks: readonly Token[], from: number, to: number): string | undefined {
  if (!ptoks.slice(from, to).some((t) => ORDINALS[t.raw.toLowerCase()] === undefined)) return undefined;
  if (from !== 1 || ptoks[0]!.raw.toLowerCase() !== 'the') return undefined;
  // the name, then one head noun that ends the predicate or comes before a preposition
  for (let n = Math.min(MAX_NAME, ptoks.length - to - 1); n >= 1; n--) {
    const noun = ptoks[to + n];
    if (!noun || noun.kind !== 'word') continue;
    const after = ptoks[to + n + 1];
    if (after && !/^(?:in|of|among|at)$/i.test(after.raw)) continue;
    if (!wholeName(ctx, predicate.slice(ptoks[to]!.start, ptoks[to + n - 1]!.end))) continue;
    const name = predicate.slice(ptoks[to]!.start, ptoks[to + n - 1]!.end);
    return `the ${name}'s ${predicate.slice(ptoks[from]!.start, ptoks[to - 1]!.end)} ${predicate.slice(noun.start)}`;
  }
  return undefined;
}
