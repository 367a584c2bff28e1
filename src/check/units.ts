/**
 * Quantities said in a unit the lexicon's patterns do not name ("The pipeline will stretch 1,800
 * miles" for a length the graph holds in km). The lexicon gives each conversion as data
 * (`cg:unitConversion "mile|miles = 1.609344 km"` on `cg:englishLexicon`); the claim is read with
 * the pattern's own unit in place of the other, and the graph's value is compared with the
 * converted quantity at the precision the claim says it (to the nearest 100 miles for "1,800
 * miles", 10% either way with "about"), so a fair rounding is never refuted. The arithmetic is in
 * the explanation.
 */
import type { CheckContext } from './context.js';
import { NS } from './context.js';
import { parseClaim } from './parser.js';
import type { CheckValue, Interpretation } from './types.js';
import { canonicalDecimal } from './values.js';
import { asRelated } from './related-bearings.js';
import { boundAlternation, boundOf, boundTable } from './bound-words.js';
import { evaluateClaim, type Evaluation } from './verdict.js';
import { hasErrorCode } from '../errors.js';
import { cachedRegExp } from './regex-memo.js';

/** One conversion of the lexicon: the unit's words, its size in the target unit, the target's word. */
export interface UnitConversion {
  words: string[];
  factor: number;
  to: string;
}

const cache = new WeakMap<object, UnitConversion[]>();

/**
 * The unit conversions of the context's lexicon (read once per lexicon).
 *
 * @example
 * ```ts
 * unitConversions(ctx); // [{ words: ['mile', 'miles'], factor: 1.609344, to: 'km' }]
 * ```
 */
export function unitConversions(ctx: CheckContext): UnitConversion[] {
  const hit = cache.get(ctx.lexicon);
  if (hit) return hit;
  const out: UnitConversion[] = [];
  for (const q of ctx.lexicon.getQuads(null, NS.cg + 'unitConversion', null, null)) {
    const m = /^\s*([^=]+?)\s*=\s*([\d.]+)\s+(\S+)\s*$/.exec(q.object.value);
    if (!m) continue;
    out.push({ words: m[1]!.split('|').map((w) => w.trim().toLowerCase()).filter(Boolean), factor: Number(m[2]), to: m[3]! });
  }
  out.sort((a, b) => (a.words[0]! < b.words[0]! ? -1 : 1));
  cache.set(ctx.lexicon, out);
  return out;
}

// every bound word the value parser knows, each with its own meaning: "nearly 1,100 miles" is close
// below the figure (closeness.ts), not "about" it (round 33: one table, src/check/bound-words.ts)
const BOUNDS = boundTable((b) => b);
const BOUND_WORDS = `(?:${boundAlternation(BOUNDS)})`;

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const round = (n: number): string => canonicalDecimal(String(Math.round(n * 1000) / 1000));
// to a tenth, or to three significant digits below one (0.033 bcm, not 0)
const show = (n: number): string => (Math.abs(n) < 1 && n !== 0 ? Number(n.toPrecision(3)) : Math.round(n * 10) / 10).toLocaleString('en-US', { maximumFractionDigits: 6 });

/** Half the step of the last significant digit a number is said to ("1,800": 50; "1,850": 5; "12.5": 0.05). */
function halfStep(raw: string): number {
  const plain = raw.replace(/,/g, '');
  const dot = plain.indexOf('.');
  if (dot >= 0) return 0.5 * 10 ** -(plain.length - dot - 1);
  const zeros = /0*$/.exec(plain)![0].length;
  return 0.5 * 10 ** Math.min(zeros, plain.length - 1);
}

/** A quantity in another unit is said in digits (the reader's gate, `needs`). */
export const OTHER_UNIT_NEEDS = /\d/;

/**
 * Reads a claim whose one quantity is in a unit the lexicon converts, and decides it from the
 * graph's value in the unit its pattern names; undefined when the claim has no such quantity, or
 * does not read with the pattern's unit in its place.
 *
 * @example
 * ```ts
 * readOtherUnit(ctx, 'The canal pipeline is 75 miles long.')?.evaluation.verdict; // 'SUPPORTED' for 120 km
 * ```
 */
export function readOtherUnit(ctx: CheckContext, text: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  if (!OTHER_UNIT_NEEDS.test(text)) return undefined;
  for (const conv of unitConversions(ctx)) {
    const re = cachedRegExp(`(?:\\b(${BOUND_WORDS})\\s+)?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(?:${conv.words.map(escape).join('|')})\\b`, 'gi');
    const found = [...text.matchAll(re)];
    if (found.length !== 1) continue;
    const m = found[0]!;
    const [said, boundWords, raw] = m as unknown as [string, string | undefined, string];
    const n = Number(raw.replace(/,/g, ''));
    const rewritten = `${text.slice(0, m.index)}${boundWords ? `${boundWords} ` : ''}${raw} ${conv.to}${text.slice(m.index! + said.length)}`;
    let readings;
    try {
      ({ readings } = parseClaim(ctx, rewritten));
    } catch (err) {
      if (hasErrorCode(err, 'CHECK_UNINTERPRETABLE')) continue;
      throw err;
    }
    // the reading whose value is the quantity said, in a pattern that names the target unit
    const plain = canonicalDecimal(String(n));
    const read = readings.find((r) => r.interpretation.object.kind === 'number' && r.interpretation.object.value === plain
      && cachedRegExp(`(?:^|[^a-z])${escape(conv.to)}(?:[^a-z]|$)`, 'i').test(r.interpretation.pattern ?? ''));
    if (!read) continue;
    const bound = boundWords ? boundOf(BOUNDS, boundWords) : undefined;
    const value = n * conv.factor;
    const base = read.interpretation;
    const check = (o: Extract<CheckValue, { kind: 'number' }>): Evaluation => evaluateClaim(ctx, { ...base, object: { ...o, mention: said } });
    const unitName = conv.words[0]!;
    const units = (k: number): string => `${show(k)} ${k === 1 ? unitName : conv.words[conv.words.length - 1]}`;
    let ev: Evaluation;
    let range: string;
    if (bound && bound !== 'about') {
      ev = check({ kind: 'number', value: round(value), bound });
      range = `${boundWords} ${show(value)} ${conv.to}`;
    } else {
      // the interval the claim says: to the step of its last significant digit, at most 10% either
      // way (supports); a round number ("1,000") may also be a coarser rounding, up to that step
      // (refutes only outside it); in between it is not decided
      const step = halfStep(raw);
      const tight = bound === 'about' ? Math.max(step, 0.1 * n) : Math.min(step, 0.1 * n);
      const loose = Math.max(step, tight);
      const within = (h: number): Evaluation[] => [check({ kind: 'number', value: round((n - h) * conv.factor), bound: 'ge' }), check({ kind: 'number', value: round((n + h) * conv.factor), bound: 'le' })];
      const refuted = within(loose).find((e) => e.verdict === 'REFUTED');
      const inside = within(tight);
      range = `${show((n - tight) * conv.factor)} to ${show((n + tight) * conv.factor)} ${conv.to} (${units(n)}, ${units(tight)} either way)`;
      if (refuted) ev = refuted;
      else if (inside.every((e) => e.verdict === 'SUPPORTED')) ev = { ...inside[0]!, bearings: [...new Map(inside.flatMap((e) => e.bearings).map((b) => [b.claim.iri, b])).values()] };
      else {
        const off = inside.find((e) => e.verdict === 'REFUTED');
        ev = off
          ? { ...off, verdict: 'NOT_ENOUGH_INFO', reason: 'partial-match', conflict: false, bearings: asRelated(off.bearings),
            explanation: `The source's value is outside that interval but within ${units(loose)} of ${units(n)}, which a round number may mean: not decided. ${off.explanation}` }
          : inside.find((e) => e.verdict !== 'SUPPORTED')!;
      }
    }
    const note = `read "${said}" as ${show(value)} ${conv.to} (1 ${unitName} = ${conv.factor} ${conv.to}): ${range}`;
    const interpretation: Interpretation = { ...base, object: { kind: 'number', value: round(value), ...(bound ? { bound } : {}), mention: said }, notes: [...(base.notes ?? []), note] };
    return { interpretation, evaluation: { ...ev, explanation: `Read "${said}" as ${range}, since 1 ${unitName} is ${conv.factor} ${conv.to}. ${ev.explanation}` } };
  }
  return undefined;
}

/** Fractions said in words and their percentages (exact ones without "about"). */
export const FRACTIONS: Array<[RegExp, string]> = [
  [/\b(?:a |one )?half\b/i, '50 percent'], [/\b(?:a |one )?(?:quarter|fourth)\b/i, '25 percent'], [/\bthree quarters\b/i, '75 percent'],
  [/\b(?:a |one )?third\b/i, 'about 33.3 percent'], [/\btwo thirds\b/i, 'about 66.7 percent'], [/\b(?:a |one )?fifth\b/i, '20 percent'], [/\b(?:a |one )?tenth\b/i, '10 percent'],
];

/** "one in four", "1 out of 4": the two terms of a ratio said in words or digits. */
const RATIO = /\b(one|two|three|\d{1,2})\s+(?:in|out\s+of)\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b(?!\s*(?:days?|weeks?|months?|years?|decades?))/gi;
const RATIO_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const ratioTerm = (w: string): number | undefined => (/^\d+$/.test(w) ? Number(w) : RATIO_WORDS[w.toLowerCase()]);

/**
 * "more than half of X's voting power", "greater than one in four": a fraction or a ratio in words said as a percentage, for a pattern
 * that takes "{n} percent of" ("more than 50 percent of X's voting power"); undefined when the
 * claim has no such fraction before "of". The caller keeps the reading only when its pattern
 * names a percentage.
 *
 * @example
 * ```ts
 * fractionAsPercent('A holds more than half of the voting power in B.'); // 'A holds more than 50 percent of the voting power in B.'
 * fractionAsPercent("A's share of B's votes is greater than one in four."); // "A's share of B's votes is greater than 25 percent."
 * ```
 */
export function fractionAsPercent(text: string): string | undefined {
  // "one in four", "1 out of 4": a ratio, wherever it stands ("greater than one in four")
  const ratios = [...text.matchAll(RATIO)];
  if (ratios.length === 1) {
    const r = ratios[0]!;
    const [a, b] = [ratioTerm(r[1]!), ratioTerm(r[2]!)];
    if (a !== undefined && b !== undefined && b > a && a > 0) {
      const pct = (a / b) * 100;
      const exact = Number.isInteger(pct * 10);
      const before = text.slice(0, r.index);
      const bounded = /\b(?:more than|greater than|over|less than|under|at least|at most|about|around|nearly|almost|roughly)\s*$/i.test(before);
      const said = `${exact || bounded ? '' : 'about '}${exact ? pct : Math.round(pct * 10) / 10} percent`;
      return `${before}${said}${text.slice(r.index! + r[0].length)}`;
    }
  }
  for (const [re, percent] of FRACTIONS) {
    const m = cachedRegExp(`${re.source}(?=\\s+of\\b)`, 'gi');
    const found = [...text.matchAll(m)];
    if (found.length !== 1) continue;
    const hit = found[0]!;
    const before = text.slice(0, hit.index);
    // "about" is said once: "more than a third" stays a bound on 33.3
    const said = /\b(?:more than|over|less than|under|at least|at most|about|around|nearly|almost|roughly)\s*$/i.test(before) ? percent.replace(/^about /, '') : percent;
    return `${before}${said}${text.slice(hit.index! + hit[0].length)}`;
  }
  return undefined;
}
