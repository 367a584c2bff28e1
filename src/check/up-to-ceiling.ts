/**
 * Round 38 (fix31b, users31's F6): a claimed "up to X" ("as much as X", "as many as X", "a maximum
 * of X", "top out at X") far above the source's figure is held from SUPPORTED.
 *
 * The bound readers take "up to X" as "at most X", which any smaller figure satisfies: "Rufus's
 * canal will cost up to 100 billion" was supported by a source's "about 10 billion". A reader who
 * writes "up to X" names X as the figure's reach (the most it will be); a fact-checker would not
 * call a claim true whose X is ten times what the source says. So a supported claim whose
 * "up to" figure is more than {@link NEAR} times every figure the supporting claims give (same
 * unit or currency) is NOT_ENOUGH_INFO, the arithmetic shown; a rounded ceiling ("up to 10
 * million" of 7.47 million) is kept. When no supporting figure can be read, the claim is held too
 * (precision first). Of a property whose source figure is itself a ceiling (a capacity), "up to X"
 * is held unless X is that figure. An "at most X" / "no more than X" said as a plain bound is not touched.
 *
 * Round 39 (precision39's traps): "near" alone let any X up to {@link NEAR} times the figure pass ("up
 * to 70 members" of 57, "as much as 24 billion" of 18), which no source says. A ceiling above the
 * figure is the figure rounded up only when X is one of the round figures a writer rounds it up to
 * ({@link roundedUp}: at its first, second or third significant digit, or the next power of ten), so
 * "up to 60" of 57 and "up to 10 million" of 7.47 million stay supported; any other X is held.
 */

import { claimNamed, type ClaimInfo } from './claim-index.js';
import type { CheckContext } from './context.js';
import type { CheckResult, CheckValue } from './types.js';
import { canonicalDecimal } from './values.js';
import { flaggedProperties } from './lexicon-words.js';
import { undecidedResult } from './result.js';

/** The words of a ceiling that names its figure. */
export const UP_TO_WORDS = /\b(?:up\s+to|as\s+(?:much|many)\s+as|(?:a\s+)?max(?:imum)?(?:\s+of|\s+\w+:)|top(?:s|ped|ping)?\s+out\s+at)\s/i;

/** How far above the source's figure a named ceiling may be and still be the source's figure rounded up. */
export const NEAR = 1.4;

interface Figure { value: number; currency?: string }

/**
 * The round figures a writer rounds `top` up to: at its first, second and third significant digit,
 * and the next power of ten.
 *
 * @example
 * ```ts
 * roundedUp(57); // [60, 57, 57, 100]
 * ```
 */
export function roundedUp(top: number): number[] {
  const mag = 10 ** Math.floor(Math.log10(top));
  return [1, 10, 100].map((k) => Math.ceil(top / (mag / k) - 1e-9) * (mag / k)).concat(mag * 10);
}

/** `x` is one of `top`'s rounded-up figures (within float noise); src/check/spans.ts asks it of a span. */
export const isRoundedUp = (x: number, top: number): boolean => roundedUp(top).some((r) => Math.abs(r - x) <= 1e-9 * Math.max(r, 1));

/** The figures a value claims as "at most". */
function ceilings(v: CheckValue | undefined): Figure[] {
  if (!v) return [];
  if (v.kind === 'number' && v.bound === 'le') return [{ value: Number(v.value) }];
  // a span ("lasted up to 21 days"): the graph gives its days by dates, no figure to set beside it
  if (v.kind === 'duration' && v.bound === 'le') return [{ value: v.days, currency: 'days' }];
  if (v.kind === 'amount') return v.amounts.filter((a) => a.bound === 'le').map((a) => ({ value: Number(canonicalDecimal(a.value)), currency: a.currency.toUpperCase() }));
  return [];
}

/** The figures a graph claim gives: its numeric object, its amounts. */
function sourceFigures(c: ClaimInfo): Figure[] {
  const out: Figure[] = c.amounts.map((a) => ({ value: Number(canonicalDecimal(a.value)), currency: a.currency.toUpperCase() }));
  if (c.object.termType === 'Literal' && Number.isFinite(Number(c.object.value)) && c.object.value.trim() !== '') out.push({ value: Number(c.object.value) });
  return out;
}

/**
 * A SUPPORTED result of a claim whose "up to X" is far above the source's figure (or whose figure
 * cannot be read), held as NOT_ENOUGH_INFO; any other result as it was.
 *
 * @example
 * ```ts
 * // "The canal will cost up to 100 billion.", the source saying about 10 billion
 * capUpTo(ctx, text, r).verdict; // 'NOT_ENOUGH_INFO'
 * ```
 */
export function capUpTo(ctx: CheckContext, text: string, r: CheckResult): CheckResult {
  if (r.verdict !== 'SUPPORTED' || r.parts?.length || !UP_TO_WORDS.test(text)) return r;
  const i = r.interpretation;
  const claimed = [...ceilings(i.object), ...Object.values(i.qualifiers ?? {}).flatMap((q) => ceilings(q))];
  if (!claimed.length) return r;
  const cited = [...new Set(r.evidence.filter((e) => e.stance === 'supports').map((e) => e.claim))];
  const figures = cited.map((iri) => claimNamed(ctx, iri)).filter((c): c is ClaimInfo => !!c).flatMap(sourceFigures);
  // the source's own figure a ceiling (a capacity, cg:ceilingProperty): "up to X" is that ceiling
  // restated, held only at the same figure ("up to 40" of the source's "up to 33" is another ceiling)
  const near = flaggedProperties(ctx, 'ceilingProperty').has(i.predicate) ? 1.001 : NEAR;
  const far: string[] = [];
  for (const c of claimed) {
    // a bare figure (the object of "cost (US dollars)", "length (km)") is in the property's own unit,
    // which a supported reading's figure was converted to
    const same = figures.filter((f) => (f.currency === c.currency || (f.currency === undefined && c.currency !== 'days')) && f.value > 0);
    if (!same.length) { far.push(`no figure of the source could be set beside ${fmt(c)}`); continue; }
    const top = Math.max(...same.map((f) => f.value));
    const above = c.value > top * 1.000001;
    if (above && (c.value > top * near || (near === NEAR && !isRoundedUp(c.value, top)))) far.push(`${fmt(c)} is ${round(c.value / top)} times the source's ${fmt({ ...c, value: top })}${c.value > top * near ? '' : ', and not that figure rounded up'}`);
  }
  if (!far.length) return r;
  return undecidedResult(r, `Read "up to" as naming the figure's reach, not as a bare ceiling: ${far.join('; ')}, so the source does not say it reaches that. ${r.explanation}`, 'partial-match');
}

const round = (n: number): string => String(Math.round(n * 100) / 100);
const fmt = (f: Figure): string => (f.currency === 'days' ? `${f.value} days` : `${f.currency ? `${f.currency} ` : ''}${f.value.toLocaleString('en-US')}`);
