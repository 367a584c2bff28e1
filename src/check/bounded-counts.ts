/**
 * Counts of a group's members with a bound (issue 15): "fewer than half of the Ruritanian states",
 * "more than half of", "most of", "a majority of", "at most two of", "fewer than three of", "more
 * than two of", "at least two of". Each is a count of the group's members for which the claim
 * holds: at least n (`n`), or at most n (`atMost`), decided in src/check/verdict.ts over the
 * members (every member decided is needed to support an upper bound).
 */
import type { CheckContext } from './context.js';
import { groupMembers } from './claim-index.js';
import { resolveMention } from './resolver.js';
import type { Token } from './text.js';
import type { CheckValue } from './types.js';
import { CARDINALS } from './values.js';

type Count = Extract<CheckValue, { kind: 'count' }>;

const cardinal = (t: Token | undefined): number | undefined =>
  !t ? undefined : t.kind === 'number' && /^\d+$/.test(t.raw) ? Number(t.raw) : CARDINALS[t.raw.toLowerCase()];

/** Lead words -> the bound they set on a number N, or on half of the group's size (N undefined). */
const LEADS: Array<{ words: string[]; half: boolean; bound: (n: number, size: number) => { n: number; atMost: boolean } }> = [
  { words: ['fewer', 'than', 'half', 'of'], half: true, bound: (_n, size) => ({ n: Math.ceil(size / 2) - 1, atMost: true }) },
  { words: ['less', 'than', 'half', 'of'], half: true, bound: (_n, size) => ({ n: Math.ceil(size / 2) - 1, atMost: true }) },
  { words: ['more', 'than', 'half', 'of'], half: true, bound: (_n, size) => ({ n: Math.floor(size / 2) + 1, atMost: false }) },
  { words: ['most', 'of'], half: true, bound: (_n, size) => ({ n: Math.floor(size / 2) + 1, atMost: false }) },
  { words: ['majority', 'of'], half: true, bound: (_n, size) => ({ n: Math.floor(size / 2) + 1, atMost: false }) },
  { words: ['at', 'most'], half: false, bound: (n) => ({ n, atMost: true }) },
  { words: ['no', 'more', 'than'], half: false, bound: (n) => ({ n, atMost: true }) },
  { words: ['fewer', 'than'], half: false, bound: (n) => ({ n: n - 1, atMost: true }) },
  { words: ['less', 'than'], half: false, bound: (n) => ({ n: n - 1, atMost: true }) },
  { words: ['more', 'than'], half: false, bound: (n) => ({ n: n + 1, atMost: false }) },
  { words: ['at', 'least'], half: false, bound: (n) => ({ n, atMost: false }) },
];

/**
 * Reads a bounded count of a group's members; undefined when the span is not one.
 *
 * @example
 * ```ts
 * readBoundedCount(ctx, tokenize('fewer than half of the Ruritanian states', ctx.morph), undefined);
 * // { kind: 'count', n: 0, only: false, atMost: true, group: Ruritania }  (2 members)
 * ```
 */
export function readBoundedCount(ctx: CheckContext, span: readonly Token[], fits: (iri: string) => boolean): Count | undefined {
  const words = span.map((t) => t.raw.toLowerCase());
  for (const lead of LEADS) {
    if (!lead.words.every((w, k) => words[k] === w)) continue;
    let i = lead.words.length;
    let n = 0;
    if (!lead.half) {
      const c = cardinal(span[i]);
      if (c === undefined || words[i + 1] !== 'of') return undefined;
      n = c;
      i += 2;
    }
    if (i >= span.length) return undefined;
    const group = resolveMention(ctx, span.slice(i)).find((g) => groupMembers(ctx, g.iri).length >= 2);
    if (!group) return undefined;
    const members = groupMembers(ctx, group.iri);
    if (!members.every(fits)) return undefined;
    const b = lead.bound(n, members.length);
    if (b.n < 0 || b.n > members.length) return undefined;
    return { kind: 'count', n: b.n, only: false, ...(b.atMost ? { atMost: true } : {}), group: { kind: 'entity', iri: group.iri, label: group.label } };
  }
  return undefined;
}
