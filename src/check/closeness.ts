/**
 * The one closeness rule (round 31): how near a figure of the graph must be to a claimed figure
 * said with a word of closeness ("about", "roughly", "nearly", "just under", "a little short of",
 * "just over", "slightly larger than") for the claim to hold, and how far for it to be refuted.
 *
 * Every route that decides an approximation asks it: the value matcher (`satisfiesAmount`,
 * `satisfiesBound`), the single-valued conflict and the qualifier comparison (`roughlyCompatible`),
 * bounds said with closeness (amount-notation), comparisons said with a slight degree
 * (degree-comparisons) and amounts said to be about equal (equal-amounts). Before it, "about" held
 * within 10% of a sum but 15% of a count, "nearly" was "about" (so "almost 100" held for 107.9),
 * and "a little short of 2,000" was refuted by "about 1,800" through a pattern that dropped "about".
 *
 * The rule, with the gap measured as a share of the larger figure ("1,800 is 10% below 2,000"):
 * - about C (about, around, roughly, approximately, some, circa, close to): a gap of at most 10%
 *   holds, above 15% refutes, between is undecided (precision first: 11% off "about" is not a
 *   clear refutation); a gap of one whole unit holds too ("about five" for four);
 * - nearly C (nearly, almost, just under, a little short of, slightly less than, ...): the figure
 *   is below C and close to it (as "about"); above C refutes (C itself, or one whole unit of a
 *   count above it, is undecided: "nearly a week" for a week-long visit), far below refutes;
 * - just over C (just over, a little over, slightly more than, ...): the mirror.
 * A source that gives its figure as approximate (`cg:approximate`: "about 1,800 km") is compared
 * by its figure, and its looseness widens the rule where it matters: a direction ("under",
 * "over") is decided only outside the figures that round to the source's (half a unit of its last
 * non-zero digit, at most 10%: "about 26" is 25.5 to 26.5, so "just over 25" holds); a claim said
 * exactly or with a plain bound is not refuted within 10% of it (see {@link SOURCE_SPREAD}).
 */
import type { AmountBound } from './types.js';

/** A gap (share of the larger figure) at most this is close: "about" holds. */
export const CLOSE_WITHIN = 0.1;
/** A gap above this is not close: "about" is refuted. Between the two, undecided. */
export const CLOSE_BEYOND = 0.15;
/** How far an approximate source figure may be from the true one for a claim said exactly or with a plain bound. */
export const SOURCE_SPREAD = 0.1;

/** The bounds that say closeness: about, nearly (close below), just over (close above), close to (about, or nearly: below). */
export type Closeness = 'about' | 'near-under' | 'near-over' | 'close-to';

/** Whether a bound is one of closeness. */
export function isCloseness(bound: AmountBound | undefined): bound is Closeness {
  return bound === 'about' || bound === 'near-under' || bound === 'near-over' || bound === 'close-to';
}

/**
 * The words of closeness before a figure, as the value parser reads them (closed-class words:
 * the longest first, so "a little short of" is not read as "short of"). "about" and its synonyms,
 * then the close bounds below and above.
 */
export const CLOSENESS_WORDS: Array<[string[], Closeness]> = [
  ...[['about'], ['around'], ['approximately'], ['roughly'], ['some'], ['circa']].map((w): [string[], Closeness] => [w, 'about']),
  // round 31 (lead): "close to X" is read both as "about X" and as "nearly X" (below it; Cambridge:
  // "almost or nearly"): a source above X is then undecided, not a support (fix24's fx31-03)
  [['close', 'to'], 'close-to'],
  ...[
    ['nearly'], ['almost'], ['just', 'under'], ['just', 'below'], ['just', 'short', 'of'], ['just', 'shy', 'of'],
    ['a', 'little', 'under'], ['a', 'little', 'below'], ['a', 'little', 'short', 'of'], ['a', 'little', 'less', 'than'],
    ['a', 'bit', 'under'], ['a', 'bit', 'below'], ['a', 'bit', 'short', 'of'], ['a', 'bit', 'less', 'than'],
    ['slightly', 'under'], ['slightly', 'below'], ['slightly', 'less', 'than'], ['slightly', 'short', 'of'],
    ['marginally', 'under'], ['marginally', 'below'], ['marginally', 'less', 'than'],
  ].map((w): [string[], Closeness] => [w, 'near-under']),
  ...[
    ['just', 'over'], ['just', 'above'], ['just', 'more', 'than'],
    ['a', 'little', 'over'], ['a', 'little', 'above'], ['a', 'little', 'more', 'than'],
    ['a', 'bit', 'over'], ['a', 'bit', 'above'], ['a', 'bit', 'more', 'than'],
    ['slightly', 'over'], ['slightly', 'above'], ['slightly', 'more', 'than'],
    ['marginally', 'over'], ['marginally', 'above'], ['marginally', 'more', 'than'],
  ].map((w): [string[], Closeness] => [w, 'near-over']),
];

/** The verdict of the rule on one figure: held, refuted or undecided, and the arithmetic that shows it. */
export interface CloseVerdict {
  holds: boolean | undefined;
  arithmetic: string;
}

const show = (n: number): string => {
  const r = Math.round(n * 1000) / 1000;
  return Math.abs(r) >= 1000 ? r.toLocaleString('en-US') : String(r);
};

/**
 * Half a unit of the last non-zero digit of a figure, at most {@link SOURCE_SPREAD} of it: the
 * figures that round to an approximate source's ("about 1,800": 50; "about 26": 0.5).
 *
 * @example
 * ```ts
 * roundingSpread(1800); // 50
 * ```
 */
export function roundingSpread(n: number): number {
  const a = Math.abs(n);
  if (!a) return 0;
  let unit = 10 ** Math.floor(Math.log10(a));
  // the place of the last non-zero digit (1,800 -> 100; 26 -> 1; 7.47 -> 0.01)
  for (let k = 0; k < 12 && Math.abs(a / unit - Math.round(a / unit)) > 1e-9; k++) unit /= 10;
  return Math.min(unit / 2, SOURCE_SPREAD * a);
}

/**
 * The closeness rule: whether a source figure satisfies a claimed figure said with a word of
 * closeness. `approximate` when the source gives its figure as approximate.
 *
 * @example
 * ```ts
 * closeness(1800, 2000, 'near-under', true).holds; // true: 1,800 is 10% below 2,000
 * closeness(107.9, 100, 'near-under', false).holds; // false: 107.9 is above 100
 * closeness(1800, 2000, 'about', false).holds; // true; 1,750 against 2,000 (12.5%): undefined
 * ```
 */
export function closeness(source: number, claimed: number, kind: Closeness, approximate = false, options: { written?: boolean } = {}): CloseVerdict {
  const v = windowOf(source, claimed, kind, approximate);
  if (v.holds !== true || options.written === false) return v;
  // round 34 (fix27): a figure said with closeness holds only when the source's figure (all of its
  // rounding spread when it is approximate) is one a writer rounds to it (see roundingOf); short
  // of that it is undecided, never refuted by this alone
  const loose = roundingOf(source, claimed, kind, approximate);
  return loose ? { holds: undefined, arithmetic: `${v.arithmetic.replace(/: within "/, ': within the window of "')}, but ${loose}: neither clearly held nor refuted` } : v;
}

/** The close window alone (the rule before round 34): held, refuted or undecided by the gap. */
function windowOf(source: number, claimed: number, kind: Closeness, approximate: boolean): CloseVerdict {
  const larger = Math.max(Math.abs(source), Math.abs(claimed));
  const gap = larger ? Math.abs(source - claimed) / larger : 0;
  const pct = `${Math.round(gap * 1000) / 10}%`;
  const where = source === claimed ? `${show(source)} is the figure itself` : `${show(source)} is ${pct} ${source < claimed ? 'below' : 'above'} ${show(claimed)}`;
  // one whole unit either way is close for a count said with "about" ("about five" for four)
  const near = gap <= CLOSE_WITHIN + 1e-9 || ((kind === 'about' || kind === 'close-to') && Math.abs(source - claimed) <= 1 && Number.isInteger(source) && Number.isInteger(claimed));
  const far = !near && gap > CLOSE_BEYOND;
  const band = `(close within ${CLOSE_WITHIN * 100}%, not close beyond ${CLOSE_BEYOND * 100}%)`;
  // "close to X" said of a figure above X: "about X" holds it, "nearly X" does not; which the
  // writer meant is unknown, so only a far figure is decided (refuted, as both readings refute it)
  if (kind === 'close-to' && source > claimed && !far) {
    return { holds: undefined, arithmetic: `${where}: "close to" may be "about" (within ${CLOSE_WITHIN * 100}%) or "nearly" (under ${show(claimed)}), which disagree above the figure` };
  }
  if (kind === 'about' || kind === 'close-to') {
    return { holds: near ? true : far ? false : undefined, arithmetic: `${where}: ${near ? 'within' : far ? 'outside' : 'neither clearly within nor clearly outside'} "${kind === 'about' ? 'about' : 'close to'}" ${band}` };
  }
  const below = kind === 'near-under';
  const spread = approximate ? roundingSpread(source) : 0;
  // the side of the claimed figure the source is on: certain only outside its rounding spread
  const right = below ? source + spread < claimed : source - spread > claimed;
  const wrong = below ? source - spread >= claimed : source + spread <= claimed;
  const word = below ? 'just under' : 'just over';
  const side = approximate && spread ? ` (the source's "about ${show(source)}" spans ${show(source - spread)} to ${show(source + spread)})` : '';
  // the figure itself, or one whole unit of a count past it ("almost three weeks" for 22 days,
  // "nearly a week" for a week-long visit): a writer's rounding, not a clear refutation
  const rounding = source === claimed || (Math.abs(source - claimed) <= 1 && Number.isInteger(source) && Number.isInteger(claimed));
  if (wrong && rounding && !approximate) return { holds: undefined, arithmetic: `${where}: at "${word}" ${show(claimed)} or one unit past it, which a writer may round away` };
  if (wrong) return { holds: false, arithmetic: `${where}${side}: not ${below ? 'under' : 'over'} ${show(claimed)}, so not "${word}" it` };
  if (far) return { holds: false, arithmetic: `${where}: too far ${below ? 'under' : 'over'} ${show(claimed)} for "${word}" ${band}` };
  if (right && near) return { holds: true, arithmetic: `${where}${side}: within "${word}" ${band}` };
  return { holds: undefined, arithmetic: `${where}${side}: ${right ? 'neither clearly within nor clearly outside' : 'the source does not say on which side of'} "${word}" ${right ? band : show(claimed)}` };
}

/** More significant digits than this in a claimed figure: a figure converted from another unit ("1,100 miles" in km), not written; no rounding is read from it. */
const WRITTEN_DIGITS = 4;

/**
 * The step a written figure is rounded to: the place of its last non-zero digit, five of it when
 * that digit is 5 ("60": 10; "62": 1; "115": 5; "7.5": 0.5), or undefined for a figure with more
 * significant digits than a writer rounds to (a figure converted from another unit).
 *
 * @example
 * ```ts
 * roundingStep(60); // 10
 * ```
 */
export function roundingStep(n: number): number | undefined {
  const a = Math.abs(n);
  if (!a || !Number.isFinite(a)) return undefined;
  const top = 10 ** Math.floor(Math.log10(a));
  let unit = top;
  for (let k = 0; k < 12 && Math.abs(a / unit - Math.round(a / unit)) > 1e-9; k++) unit /= 10;
  if (Math.round(top / unit) >= 10 ** WRITTEN_DIGITS) return undefined;
  return Math.round(a / unit) % 10 === 5 ? 5 * unit : unit;
}

/**
 * Why a source figure within the close window is still not one a writer rounds to the claimed
 * figure (the round-34 rule, users27 family B: "about 62" for exactly 57, "about US$ 110 billion"
 * for exactly 100), or undefined when it is. "about C": the source rounds to C at C's own step
 * (57 -> "about 60"; 105 -> "about 100"); "nearly C": the source also not above C and not on the
 * half-step below it (105 is not "almost 110"); "just over C": the mirror. One whole unit of a
 * count stays close for "about" ("about 58" for 57). An approximate source ("about 1,800") must
 * satisfy this and the close window across its whole rounding spread (1,750 to 1,850 is not all
 * within 10% of 2,000).
 */
function roundingOf(source: number, claimed: number, kind: Closeness, approximate: boolean): string | undefined {
  if ((kind === 'about' || kind === 'close-to') && Math.abs(source - claimed) <= 1 && Number.isInteger(source) && Number.isInteger(claimed)) return undefined;
  const coarse = roundingStep(claimed);
  if (coarse === undefined) return undefined;
  // a figure ending in 5 may be said to the nearest five ("about 25" for 26) or to its last digit
  // ("about 35" is not 33): the nearest five only within half the close window
  const fifth = Math.round(Math.abs(claimed) / (coarse / 5)) % 10 === 5;
  const step = fifth && Math.abs(source - claimed) / Math.max(Math.abs(source), Math.abs(claimed)) > CLOSE_WITHIN / 2 + 1e-9 ? coarse / 5 : coarse;
  const spread = approximate ? roundingSpread(source) : 0;
  const lo = source - spread;
  const hi = source + spread;
  const half = step / 2;
  const eps = 1e-9 * Math.max(1, Math.abs(claimed));
  const span = spread ? `the source's "about ${show(source)}" (${show(lo)} to ${show(hi)})` : `${show(source)}`;
  const said = `${show(claimed)} is said to the nearest ${show(step)} (${show(claimed - half)} to ${show(claimed + half)})`;
  if (kind === 'near-under' || kind === 'near-over') {
    // nearly C: on the half-step just below C, never the half-step's far end (105 is not "almost 110")
    const below = kind === 'near-under';
    const inside = below ? lo > claimed - half + eps && hi <= claimed + eps : hi < claimed + half - eps && lo >= claimed - eps;
    if (!inside) return `${span} is not on the step just ${below ? 'below' : 'above'} it: ${said}`;
  } else if (lo < claimed - half - eps || hi > claimed + half + eps) {
    return `${span} does not round to it: ${said}`;
  }
  // an approximate source: the close window across its whole spread
  if (spread) {
    const far = Math.max(Math.abs(lo - claimed) / Math.max(Math.abs(lo), Math.abs(claimed)), Math.abs(hi - claimed) / Math.max(Math.abs(hi), Math.abs(claimed)));
    if (far > CLOSE_WITHIN + 1e-9) return `${span}, not all within ${CLOSE_WITHIN * 100}% of ${show(claimed)}`;
  }
  return undefined;
}

/**
 * Whether a figure said plainly is the source's figure rounded to the claim's own precision: the
 * place of its last non-zero digit, for a figure of two or more significant digits ("7.5 million"
 * of 7.47 million, "108 million" of 107.9 million, "2.2 trillion" of 2.17 trillion). A figure of
 * one significant digit ("7 million", "100 million") says no precision it could be rounded to,
 * and one more than 2% off is compared as before.
 * round 39 (fix31c, users31's F19): such a figure was refuted as another amount; it is held.
 *
 * @example
 * ```ts
 * roundedFrom(7_470_000, 7_500_000); // true
 * roundedFrom(105_000_000, 100_000_000); // false (one significant digit)
 * roundedFrom(18_000_000_000, 18_400_000_000); // false
 * ```
 */
export function roundedFrom(source: number, claimed: number): boolean {
  if (!(source > 0) || !(claimed > 0) || source === claimed) return false;
  // the digits of the claimed figure, without the zeros after its last non-zero digit
  const digits = claimed.toExponential(12).replace(/^(\d)\.?(\d*?)0*e.*$/, '$1$2');
  if (digits.length < 2) return false;
  const place = 10 ** (Math.floor(Math.log10(claimed)) - digits.length + 1);
  // a rounding that moves the figure by more than 2% ("¥13 billion" of 12.7 billion, the figure of
  // another grant) names another figure as readily as a rounded one: compared as before
  if (Math.abs(source - claimed) > ROUNDED_SPREAD * claimed) return false;
  return Math.abs(Math.round(source / place) * place - claimed) < place / 1e6;
}

/** The most a plainly rounded figure moves from the source's (`roundedFrom`): 2.2 of 2.17 is 1.4%. */
const ROUNDED_SPREAD = 0.02;
