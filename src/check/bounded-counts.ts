/**
 * Counts of a group's members with a bound (issue 15): "fewer than half of the Ruritanian states",
 * "more than half of", "most of", "a majority of", "at most two of", "fewer than three of", "more
 * than two of", "at least two of". Each is a count of the group's members for which the claim
 * holds: at least n (`n`), or at most n (`atMost`), decided in src/check/verdict.ts over the
 * members (every member decided is needed to support an upper bound).
 */
import type { CheckContext } from './context.js';
import { groupMembers } from './claim-index.js';
import { describedGroup } from './described-groups.js';
import { roleNounAtEnd, roleOffices } from './role-counts.js';
import type { Token } from './text.js';
import type { CheckValue } from './types.js';
import { CARDINALS, ORDINALS } from './values.js';

type Count = Extract<CheckValue, { kind: 'count' }>;

const cardinal = (t: Token | undefined): number | undefined =>
  !t ? undefined : t.kind === 'number' && /^\d+$/.test(t.raw) ? Number(t.raw) : CARDINALS[t.raw.toLowerCase()];

/** Lead words -> the bound they set on a number N, or on half of the group's size (N undefined). */
const LEADS: Array<{ words: string[]; half: boolean; bound: (n: number, size: number) => { n: number; atMost: boolean } }> = [
  { words: ['fewer', 'than', 'half', 'of'], half: true, bound: (_n, size) => ({ n: Math.ceil(size / 2) - 1, atMost: true }) },
  { words: ['less', 'than', 'half', 'of'], half: true, bound: (_n, size) => ({ n: Math.ceil(size / 2) - 1, atMost: true }) },
  { words: ['more', 'than', 'half', 'of'], half: true, bound: (_n, size) => ({ n: Math.floor(size / 2) + 1, atMost: false }) },
  { words: ['most', 'of'], half: true, bound: (_n, size) => ({ n: Math.floor(size / 2) + 1, atMost: false }) },
  // "most Ruritanian states" (round 26): "most" straight before the group
  { words: ['most'], half: true, bound: (_n, size) => ({ n: Math.floor(size / 2) + 1, atMost: false }) },
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
    // "the most ..." is a superlative, not a part of a group
    if (lead.words[0] === 'most' && span[0]!.definite) return undefined;
    let i = lead.words.length;
    let n = 0;
    if (!lead.half) {
      const c = cardinal(span[i]);
      if (c === undefined || words[i + 1] !== 'of' || percentSign(span, i)) return undefined;
      n = c;
      i += 2;
    }
    if (i >= span.length) return undefined;
    const counted = countedMembers(ctx, span.slice(i));
    if (!counted) return undefined;
    const { group, members, role } = counted;
    if (!members.every(fits)) return undefined;
    const b = lead.bound(n, members.length);
    if (b.n < 0 || b.n > members.length) return undefined;
    return { kind: 'count', n: b.n, only: false, ...(b.atMost ? { atMost: true } : {}), ...(role ? { role } : {}), group: { kind: 'entity', iri: group.iri, label: group.label } };
  }
  return exactPart(ctx, span, fits);
}

/**
 * Whether the number at `i` was followed by a sign the tokenizer drops ("80% of": the next token
 * starts after a gap): a percentage, never a count of members.
 *
 * @example
 * ```ts
 * percentSign(tokenize('80% of the states', morph), 0); // true
 * ```
 */
export function percentSign(span: readonly Token[], i: number): boolean {
  const t = span[i];
  const next = span[i + 1];
  return !!t && !!next && t.kind === 'number' && next.start - t.end > 1;
}

/** Denominators of a fraction: the ordinals from "third" on, singular and plural, "half", "quarter". */
const DENOMINATORS: Record<string, number> = Object.fromEntries([
  ['half', 2], ['halves', 2], ['quarter', 4], ['quarters', 4],
  ...Object.entries(ORDINALS).filter(([, n]) => n >= 3).flatMap(([w, n]) => [[w, n], [`${w}s`, n]]),
]);

/**
 * An exact part of a group: a fraction ("four-fifths of", "4/5 of", "a third of", "half of")
 * whose share of the group's size is a whole number, or "all but N [of]" ("all bar / save /
 * except one of"), the size less N. Both say exactly how many ("only"): "four-fifths of the
 * five" is four, not five.
 */
function exactPart(ctx: CheckContext, span: readonly Token[], fits: (iri: string) => boolean): Count | undefined {
  const words = span.map((t) => t.raw.toLowerCase());
  let i = 0;
  let part: ((size: number) => number | undefined) | undefined;
  // "all but one of": "all" is dropped as ignorable and marks the next word whole
  if (words[0] === 'all') i++;
  if ((i === 1 || span[0]?.whole) && /^(?:but|bar|save|except)$/.test(words[i] ?? '')) {
    const k = cardinal(span[i + 1]);
    if (k === undefined || k < 1) return undefined;
    part = (size) => size - k;
    i += 2;
  } else {
    // "four-fifths", "four fifths", "4/5", "a third" (the article dropped), "half", "80% of"
    let p = cardinal(span[0]);
    if (p !== undefined) i = 1;
    else p = 1;
    const percent = i === 1 && (percentSign(span, 0) || /^(?:percent|pc|pct)$/.test(words[1] ?? ''));
    if (percent && !percentSign(span, 0)) i++;
    if (!percent && (words[i] === '-' || words[i] === '/')) i++;
    const q = percent ? 100 : words[i - 1] === '/' ? cardinal(span[i]) : DENOMINATORS[words[i] ?? ''];
    if (q === undefined || q < 2 || p < 1 || p >= q) return undefined;
    // "a third" and "half" alone: the singular; "two thirds": the plural
    if (i === 0 && !/^(?:half|quarter)$|[^s]$/.test(words[0]!)) return undefined;
    part = (size) => (Number.isInteger((p! * size) / q) ? (p! * size) / q : undefined);
    if (!percent) i++;
    // a fraction is of something ("the third Ruritanian state" is a rank, not a part)
    if (words[i] !== 'of') return undefined;
  }
  if (words[i] === 'of') i++;
  if (i >= span.length) return undefined;
  const counted = countedMembers(ctx, span.slice(i));
  if (!counted) return undefined;
  const { group, members, role } = counted;
  if (!members.every(fits)) return undefined;
  const n = part(members.length);
  if (n === undefined || n < 0 || n > members.length) return undefined;
  return { kind: 'count', n, only: true, ...(role ? { role } : {}), group };
}

/**
 * What a bound or a part counts: a group's members ("the Ruritanian states"), or the office of one
 * role in each member ("the Ruritanian presidents", src/check/role-counts.ts; round 39, misses30c:
 * "all but one of the Ruritanian presidents attended" was unread, the offices no group).
 *
 * @example
 * ```ts
 * countedMembers(ctx, tokenize('the Ruritanian presidents', ctx.morph)); // { group: Ruritania, members: [its presidents' offices], role: 'president' }
 * ```
 */
export function countedMembers(ctx: CheckContext, span: readonly Token[]): { group: { kind: 'entity'; iri: string; label: string }; members: string[]; role?: string } | undefined {
  const group = describedGroup(ctx, span);
  if (group) return { group, members: groupMembers(ctx, group.iri) };
  const roled = roleNounAtEnd(ctx, span);
  const holders = roled && describedGroup(ctx, roled.rest);
  const offices = holders && roleOffices(ctx, holders.iri, roled.role);
  return offices ? { group: holders, members: offices, role: roled.role } : undefined;
}
