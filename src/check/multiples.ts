/**
 * One amount said as a multiple of another (issue 15, round 14): "Freedonia's aid to Sylvania is
 * ten times its grants to Marsovia", "... was more than twenty times ...", "... is roughly fifteen
 * times the size of ...". The two sides are read as src/check/comparisons.ts reads them (noun
 * phrases naming one amount each); the ratio of their amounts, in a currency both state, is
 * compared with the multiple and the arithmetic shown:
 *
 * - "more than" / "over" / "less than" / "under" / "at least" / "at most" N times: the bound;
 * - N times with "about", "roughly", "some": a writer's round figure, held within 15% of N,
 *   refuted beyond 25%, undecided between (MULTIPLE_TOLERANCE); said plainly, held only within 5%
 *   (PLAIN_MULTIPLE_WITHIN, round 37);
 * - "nearly" / "almost" / "just under" N times and "just over" / "slightly more than" N times
 *   (the words of closeness.ts, round 32): the same bands, on the side the word says. Before,
 *   "nearly" was "about" here, so "nearly five times" held for 5.56 (a false SUPPORTED, precision32's
 *   pr32-23). A ratio on the wrong side by at most MULTIPLE_SIDE_SLACK (a ratio of two rounded
 *   amounts: "nearly fourteen times" for 14.06), or within 10% of an approximate amount, is
 *   undecided; "close to" N times above N is undecided unless far (closeness.ts's reading).
 *
 * "double", "triple" and a fraction ("one tenth of", "half") are multiples too (round 16); a
 * bound within 10% of the ratio is undecided when a source gives an amount as approximate.
 * A side the graph gives no single amount for leaves the claim NOT_ENOUGH_INFO.
 */
import type { CheckContext } from './context.js';
import { amountsOf, decidedAmounts, sharedCurrency, describeSide, readSide, type ComparisonReading } from './comparisons.js';
import { shortIri } from './prose.js';
import { normalizeTypography } from './text.js';
import type { Bearing } from './verdict.js';
import { CARDINALS } from './values.js';
import { boundAlternation, boundOf, boundTable } from './bound-words.js';
import type { AmountBound } from './types.js';
import { cachedRegExp } from './regex-memo.js';
import { receivedSides } from './comparison-sides.js';

/** How far a plain or approximate multiple may be from the ratio: held within, refuted beyond. */
export const MULTIPLE_TOLERANCE = { within: 0.15, refutedBeyond: 0.25 } as const;
/**
 * How close a plain multiple ("200 times", no word of approximation) must be to hold (round 37,
 * users30 F13): a plain figure is the ratio rounded, not a round figure of it, so "200 times" for
 * 171.43 (14% off) and "190 times" (10%) are no longer held; past this and within the refuting
 * band they are undecided. "about", "roughly", "some" N times keep MULTIPLE_TOLERANCE.within.
 */
export const PLAIN_MULTIPLE_WITHIN = 0.05;
/**
 * How far a ratio may be on the wrong side of "nearly N times" / "just over N times" and still be
 * undecided: both amounts are a writer's rounded figures, so a ratio a few percent past N is not
 * a clear refutation (closeness.ts leaves the figure itself and one unit past it undecided).
 */
export const MULTIPLE_SIDE_SLACK = 0.05;

// the bound words of every value, with their meanings (src/check/bound-words.ts): "nearly" close
// below, "just over" close above; "well over" is not among them (well-margin.ts asks a clear margin
// of it, which a ratio reader does not compute: "well over twice" stays unread here)
const BOUND_WORDS = boundTable((b) => b);
const BOUND_ALTERNATION = boundAlternation(BOUND_WORDS);
const MULTIPLE = cachedRegExp(String.raw`^(.+?)\s+(?:is|are|was|were|came to|comes to|come to|amounted to|amounts to|amount to|totalled|totaled|totals|total)\s+(?:worth\s+)?(?:(${BOUND_ALTERNATION})\s+)?(`
  + String.raw`\d+(?:\.\d+)?\s+times|[a-z]+(?:-[a-z]+)?\s+times|twice|thrice|double|triple|quadruple|(?:(?:one|a)[\s-])?half(?:\s+of)?|(?:one|a)[\s-](?:third|quarter|fourth|fifth|tenth|hundredth)\s+of|(?:two|three|four|nine)[\s-](?:thirds|quarters|fourths|fifths|tenths)\s+of)\s+(?:(?:as\s+(?:large|big|much|great)\s+as|the\s+(?:size|amount|value|sum)\s+of)\s+)?(.+)$`, 'i');

const FRACTION: Record<string, number> = { half: 2, third: 3, quarter: 4, fourth: 4, fifth: 5, tenth: 10, hundredth: 100 };

/** "ten", "twenty-five", "12", "1.5", "double", "one tenth of" as a number. */
function multipleOf(said: string): number | undefined {
  if (/^(?:twice|double)$/i.test(said)) return 2;
  if (/^(?:thrice|triple)$/i.test(said)) return 3;
  if (/^quadruple$/i.test(said)) return 4;
  // round 16: a fraction ("one tenth of", "half") is a multiple below one
  const part = /^(?:(?:one|a)[\s-])?(half|third|quarter|fourth|fifth|tenth|hundredth)(?:\s+of)?$/i.exec(said);
  if (part) return 1 / FRACTION[part[1]!.toLowerCase()]!;
  // round 38: "two-thirds of", "three quarters of"
  const parts = /^(two|three|four|nine)[\s-](third|quarter|fourth|fifth|tenth)s\s+of$/i.exec(said);
  if (parts) return CARDINALS[parts[1]!.toLowerCase()]! / FRACTION[parts[2]!.toLowerCase()]!;
  const word = said.replace(/\s+times$/i, '');
  if (/^\d+(?:\.\d+)?$/.test(word)) return Number(word);
  const w = word.toLowerCase();
  if (CARDINALS[w] !== undefined) return CARDINALS[w];
  const [tens, ones] = w.split('-');
  return tens && ones && CARDINALS[tens] !== undefined && CARDINALS[ones] !== undefined && CARDINALS[ones]! < 10 ? CARDINALS[tens]! + CARDINALS[ones]! : undefined;
}

/**
 * Reads and decides "<side> is [bound] N times <side>"; undefined when the claim is not of that
 * form or a side does not read.
 *
 * @example
 * ```ts
 * readMultiple(ctx, "Freedonia's aid to Sylvania was more than twice its aid to Marsovia.")?.evaluation.verdict;
 * ```
 */
export function readMultiple(ctx: CheckContext, text: string): ComparisonReading | undefined {
  const plain = normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  const said = receivedSides(plain);
  const m = MULTIPLE.exec(said);
  if (!m) return undefined;
  const [, leftText, boundWords, nWord, rightText] = m as unknown as [string, string, string | undefined, string, string];
  const n = multipleOf(nWord);
  if (n === undefined || n === 1) return undefined;
  const bound = boundWords ? boundOf(BOUND_WORDS, boundWords) : undefined;
  const left = readSide(ctx, leftText);
  if (!left?.interpretation) return undefined;
  const borrow = left.interpretation.subject.kind === 'entity' ? left.interpretation.subject.label : undefined;
  const right = readSide(ctx, rightText.replace(/^the\s+(?=\S*\d)/i, ''), borrow);
  if (!right) return undefined;
  const ratioWords = `${boundWords ? `${boundWords.toLowerCase()} ` : ''}${n < 1 ? fractionText(n) : `${n} times`}`;
  const rewritten = said !== plain ? [`read "${plain}" as "${said}" (what a recipient got, or what a thing was worth, named as an amount)`] : [];
  const interpretation = { ...left.interpretation, notes: [...(left.interpretation.notes ?? []), ...rewritten, `read as a multiple: "${leftText}" ${ratioWords} "${rightText}"`] };
  const la = amountsOf(left);
  const ra = amountsOf(right);
  const currency = sharedCurrency(la, ra);
  const cite = [...left.claims, ...right.claims];
  const related = (why: string): ComparisonReading => ({
    interpretation,
    evaluation: { verdict: 'NOT_ENOUGH_INFO', reason: 'partial-match', conflict: false, bearings: cite.map((c): Bearing => ({ claim: c, stance: 'related', reason: 'partial-match', note: `claim ${shortIri(c.iri)} states an amount` })), explanation: `${rewritten.length ? `Read as "${said}". ` : ''}Read as one amount ${ratioWords} another ("${leftText}", "${rightText}"), but ${why}.` },
  });
  if (!currency) return related(!la.size || !ra.size ? `the graph gives no single amount for "${(!la.size ? left : right).text}"` : 'the two sides have no currency in common');
  const l = la.get(currency)!;
  const r = ra.get(currency)!;
  if (r.value <= 0) return related('the second amount is zero');
  const ratio = l.value / r.value;
  const off = Math.abs(ratio - n) / n;
  let holds: boolean | undefined;
  // a value the source gives as approximate ("about US$ 10 billion") decides no bound within 10%
  // of it (round 16; the comparison readers' rule, src/check/comparisons.ts)
  const approximate = left.approximate || right.approximate || cite.some((c) => (c.qualifiers.get('approximate') ?? []).includes('true'));
  // "close to" N times below N is "about" it; above N, "about" and "nearly" disagree (closeness.ts)
  const side: AmountBound | undefined = bound === 'close-to' ? (ratio <= n ? 'about' : 'close-to') : bound;
  // (a close bound: undecided only while the approximate amount's 10% could put the ratio on either side)
  const closeBound = side === 'near-under' || side === 'near-over' || side === 'close-to';
  if (side && side !== 'about' && approximate && (closeBound ? Math.abs(ratio - n) < 0.1 * Math.min(ratio, n) : off <= 0.1))
    return related(`${l.shown} / ${r.shown} = ${shownRatio(ratio)}, within 10% of ${n}, and the source gives an amount as approximate`);
  const within = side === undefined ? PLAIN_MULTIPLE_WITHIN : MULTIPLE_TOLERANCE.within;
  const band = off <= within ? true : off > MULTIPLE_TOLERANCE.refutedBeyond ? false : undefined;
  switch (side) {
    case 'gt': holds = ratio > n; break;
    case 'lt': holds = ratio < n; break;
    case 'ge': holds = ratio >= n; break;
    case 'le': holds = ratio <= n; break;
    // a close bound: the band on its own side; past N, refuted beyond the slack of two rounded figures
    case 'near-under': holds = ratio < n ? band : off > MULTIPLE_SIDE_SLACK ? false : undefined; break;
    case 'near-over': holds = ratio > n ? band : off > MULTIPLE_SIDE_SLACK ? false : undefined; break;
    case 'close-to': holds = band === false ? false : undefined; break;
    default: holds = band;
  }
  const arithmetic = `${l.shown} / ${r.shown} = ${shownRatio(ratio)}`;
  const sides = `${describeSide(left, l.shown)}; ${describeSide(right, r.shown)}`;
  if (holds === undefined && closeBound && band !== undefined)
    return related(`${arithmetic}, ${side === 'close-to' ? `above ${n}, where "close to" read as "about" and as "nearly" disagree` : `on the other side of ${n} than "${boundWords}" says, by no more than two rounded amounts may differ`} (${sides})`);
  if (holds === undefined) return related(`${arithmetic}, within ${MULTIPLE_TOLERANCE.refutedBeyond * 100}% of ${n} but not within ${within * 100}%: ${side === undefined ? 'a plain figure neither the ratio rounded nor clearly wrong' : 'a round figure neither clearly right nor clearly wrong'} (${sides})`);
  return decidedAmounts(interpretation, cite, holds, `${rewritten.length ? `Read as "${said}". ` : ''}Read as one amount ${ratioWords} another: ${sides}. ${arithmetic}${side && side !== 'about' && side !== 'near-under' && side !== 'near-over' ? '' : ` (${side === 'near-under' ? 'under N and ' : side === 'near-over' ? 'over N and ' : ''}${side === undefined ? `a plain multiple holds within ${PLAIN_MULTIPLE_WITHIN * 100}%` : `an approximate multiple holds within ${MULTIPLE_TOLERANCE.within * 100}%`}, is refuted beyond ${MULTIPLE_TOLERANCE.refutedBeyond * 100}%)`}, so the claim (${ratioWords}) ${holds ? 'holds' : 'does not hold'}.`);
}

/** A fraction below one in the words the explanation shows ("1/3 of", "2/3 of"). */
function fractionText(n: number): string {
  for (const d of [2, 3, 4, 5, 10, 100]) {
    const k = Math.round(n * d);
    if (Math.abs(k / d - n) < 1e-9) return `${k}/${d} of`;
  }
  return `${n} times`;
}

/** A ratio as the explanation shows it: two decimals, or three significant digits below 0.1 ("0.0058", not "0.01"). */
function shownRatio(ratio: number): string {
  return ratio >= 0.1 || ratio === 0 ? String(Math.round(ratio * 100) / 100) : String(Number(ratio.toPrecision(3)));
}
