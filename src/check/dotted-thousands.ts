/**
 * A number with a dot before exactly three digits ("1.800 km", "US$ 18.000 million"), read both as
 * written (a decimal point: 1.8) and with the dot as a thousands separator (1,800, as much of Europe
 * writes it), so that the claim is decided only when both readings agree (round 38, users31's F2).
 *
 * Why: read as a decimal point only, "Rufus's canal will run 1.800 km" was refuted by a source's
 * 1,800 km, though its writer meant exactly that. When the readings differ (one decided and the
 * other not, or the two opposed), the verdict is NOT_ENOUGH_INFO with both readings shown. A number
 * whose whole part is 0 ("0.108"), a dot before more or fewer than three digits, and numbers with
 * two separators ("1.800.000", "1.800,5") are read as before.
 */
import type { CheckResult } from './types.js';
import { hasErrorCode } from '../errors.js';

// a dot between 1-3 digits (not 0 alone) and exactly three, with no other separator or digit around
const DOTTED = /(?<![\d.,])([1-9]\d{0,2})\.(\d{3})(?![.,]?\d)/g;

/**
 * The claim with each dot before three digits read as a thousands separator, and the numbers so
 * read; undefined when the claim has no such number.
 *
 * @example
 * ```ts
 * thousandsReading('The canal runs 1.800 km.'); // { claim: 'The canal runs 1,800 km.', numbers: ['1.800'] }
 * thousandsReading('The canal runs 1.8 km.'); // undefined
 * ```
 */
export function thousandsReading(text: string): { claim: string; numbers: string[] } | undefined {
  const numbers = [...text.matchAll(DOTTED)].map((m) => m[0]);
  if (!numbers.length) return undefined;
  return { claim: text.replace(DOTTED, '$1,$2'), numbers };
}

/**
 * The claim decided when its two readings agree; NOT_ENOUGH_INFO with both shown when they do not.
 * `written` reads the claim as written (it throws when the claim is not read), `asThousands` the
 * claim with the dots as separators (undefined when not read).
 */
export async function decideDottedThousands(text: string, reading: { claim: string; numbers: string[] },
  written: () => Promise<CheckResult>, asThousands: (claim: string) => Promise<CheckResult | undefined>): Promise<CheckResult> {
  let unread: unknown;
  const w = await written().catch((err: unknown) => {
    if (!hasErrorCode(err, 'CHECK_UNINTERPRETABLE')) throw err;
    unread = err;
    return undefined;
  });
  const t = await asThousands(reading.claim);
  if (!w && !t) throw unread;
  if (w && t && w.verdict === t.verdict) return w;
  if (w && !t && w.verdict === 'NOT_ENOUGH_INFO') return w;
  const nums = reading.numbers.map((n) => `"${n}"`).join(', ');
  const shown = (r: CheckResult | undefined): string => (r ? `${r.verdict}: ${r.explanation}` : 'not read');
  const { parts: _parts, ...base } = (w ?? t)!;
  return {
    ...base, claim: text.trim(), verdict: 'NOT_ENOUGH_INFO', conflict: false, reason: 'partial-match',
    evidence: [...(w?.evidence ?? []), ...(t?.evidence ?? [])].map((e) => ({ ...e, stance: 'related' as const })),
    interpretation: { ...base.interpretation, notes: [...(base.interpretation.notes ?? []), `${nums} read with a decimal point and with a thousands separator`] },
    explanation: `Not enough information: ${nums} may have a decimal point (as written in English) or a thousands separator ("${reading.claim.trim()}"), and the two readings differ. As written, ${shown(w)} With a thousands separator, ${shown(t)}`,
  };
}
