/**
 * Sentence spans: inside headline, body and comment segments sentences are split at their end
 * punctuation (not after an abbreviation); elsewhere every line is one "sentence".
 */
import { cps, joinChars, toBlocks, type Chars } from './text.js';
import type { Segment, Span } from './types.js';

// Words that end with a period without ending the sentence when a capital follows (`etc.` is
// left out: before a capital it usually does end one; before lowercase nothing splits anyway).
const ABBREVIATIONS = new Set([
  'co', 'corp', 'inc', 'ltd', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'vs', 'jr', 'sr',
  'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'rev', 'hon', 'dept', 'univ', 'approx', 'fig', 'vol', 'p', 'pp',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

export function splitLines(text: string, seg: Segment): Span[] {
  return toBlocks(cps(text).slice(seg.begin, seg.end)).flatMap((b) =>
    b.lines.map((l) => ({ begin: seg.begin + l.begin, end: seg.begin + l.end })));
}

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '«']);

/** Sentence spans inside one segment (its lines are joined: a sentence may wrap). */
export function splitSentences(text: string, seg: Segment): Span[] {
  const chars = cps(text);
  const spans: Span[] = [];
  let start = seg.begin;
  for (let i = seg.begin; i < seg.end; i++) {
    const c = chars[i];
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    let j = i + 1;
    while (j < seg.end && (CLOSERS.has(chars[j]) || chars[j] === '.' || chars[j] === '!' || chars[j] === '?')) j++;
    if (j >= seg.end) break;
    if (!/\s/u.test(chars[j])) continue;
    let k = j;
    while (k < seg.end && /\s/u.test(chars[k])) k++;
    if (k >= seg.end) break;
    const next = chars[k];
    const startsSentence = /[\p{Lu}\p{N}]/u.test(next) || (OPENERS.has(next) && next !== '(' && next !== '[');
    if (!startsSentence) continue;
    if (c === '.' && isAbbreviation(chars, start, i)) continue;
    spans.push({ begin: start, end: j });
    start = k;
    i = k - 1;
  }
  let e = seg.end;
  while (e > start && /\s/u.test(chars[e - 1])) e--;
  if (e > start) spans.push({ begin: start, end: e });
  return spans;
}

/** Whether the period at `dot` ends an abbreviation rather than a sentence. */
function isAbbreviation(chars: Chars, from: number, dot: number): boolean {
  let w = dot;
  while (w > from && /[\p{L}.]/u.test(chars[w - 1])) w--;
  const word = joinChars(chars, w, dot);
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // initials and dotted acronyms: `J.`, `U.S.`, `e.g.`, `i.e.`
  if (/^\p{Lu}$/u.test(word)) return true;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  return false;
}
