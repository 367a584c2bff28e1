/**
 * "well over / well above / well under / well below X" before a figure (round 32, lead, at the
 * merge). Until now the words were read as the bare bound ("more than X"), so "China holds well
 * over a quarter of the votes" was supported by about 26 percent. "Well over" asks for a clear
 * margin: the claim holds when the value is beyond X by more than closeness.ts's CLOSE_BEYOND (the
 * gap past which two figures are no longer close), it is refuted when the value is not beyond X at
 * all, and between the two it is undecided (a margin the words do not fix).
 *
 * Two rewrites carry this to the rest of the checker: the bound alone ("more than X") and the
 * bound past the margin ("more than X * 1.15"); each is checked as a claim of its own.
 */
import { CLOSE_BEYOND } from './closeness.js';
import { normalizeTypography } from './text.js';

/** The two readings of a "well over X" claim (see the module comment). */
export interface WellMargin {
  /** "over" or "under": the side of the bound. */
  side: 'over' | 'under';
  /** The words as written ("well above") and the figure ("1,000"). */
  words: string;
  figure: string;
  /** The claim with the bound alone, and with the bound moved past the margin. */
  bound: string;
  margin: string;
  /** The figure past the margin, as written in `margin`. */
  marginFigure: string;
  /** Whether the claim denies the bound ("is not well over X"): the verdicts then swap roles. */
  negated: boolean;
}

// the words and a figure in digits (a currency sign may come first): "well over US$ 5 billion"
const WELL = /\b(well\s+(over|above|under|below))(\s+(?:US\$|\$|\u00A5|\u20AC|\u00A3)?\s?)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d.,]\d)/i;
// a denial anywhere in the claim
const DENIAL = /\b(?:not|never|no longer)\b|n't\b/i;

/**
 * The readings of a claim that bounds a figure with "well over / under", or undefined.
 *
 * @example
 * ```ts
 * wellMargin('The canal is well over 1,000 km long.')?.margin; // 'The canal is more than 1,150 km long.'
 * ```
 */
export function wellMargin(text: string): WellMargin | undefined {
  const t = normalizeTypography(text).trim();
  const m = WELL.exec(t);
  if (!m) return undefined;
  const side = /^(?:over|above)$/i.test(m[2]!) ? 'over' : 'under';
  const n = Number(m[4]!.replace(/,/g, ''));
  if (!(n > 0)) return undefined;
  const scaled = Math.round(n * (side === 'over' ? 1 + CLOSE_BEYOND : 1 - CLOSE_BEYOND) * 1000) / 1000;
  const marginFigure = m[4]!.includes(',') ? scaled.toLocaleString('en-US', { maximumFractionDigits: 3 }) : String(scaled);
  const word = side === 'over' ? 'more than' : 'less than';
  const head = t.slice(0, m.index);
  const tail = t.slice(m.index + m[0].length);
  return {
    side, words: m[1]!, figure: m[4]!, marginFigure,
    bound: `${head}${word}${m[3]}${m[4]}${tail}`,
    margin: `${head}${word}${m[3]}${marginFigure}${tail}`,
    negated: DENIAL.test(t),
  };
}
