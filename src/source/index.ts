/**
 * The source stage: article text -> segments and sentences with code-point offsets.
 *
 * Offsets count Unicode code points (NIF 2.0), never UTF-16 units, so `[...text].slice(b, e)`
 * is always the anchored text. The segmenter is generic: it knows a web-article layout
 * (headline, body, byline, comments, page boilerplate), never a particular article.
 */
import { createHash } from 'node:crypto';
import type { Segment, SegmentHints, SegmentKind, Segmentation, Sentence, Span } from './types.js';

export type { Segment, SegmentHints, SegmentKind, Segmentation, Sentence, Span } from './types.js';

/**
 * SHA-256 of a string's UTF-8 bytes, lowercase hex.
 *
 * @example
 * ```ts
 * sha256Hex('abc'); // 'ba7816bf...'
 * ```
 */
export function sha256Hex(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Length of a string in code points.
 *
 * @example
 * ```ts
 * cpLength('a€𝄞'); // 3
 * ```
 */
export function cpLength(text: string): number {
  if (!SURROGATE.test(text)) return text.length;
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * Slice by code-point offsets (end exclusive).
 *
 * @example
 * ```ts
 * cpSlice('a𝄞b', 1, 2); // '𝄞'
 * ```
 */
export function cpSlice(text: string, begin: number, end: number): string {
  return [...text].slice(begin, end).join('');
}

/**
 * Every occurrence of `quote` in `text`, as code-point spans (overlapping occurrences count).
 *
 * @example
 * ```ts
 * findQuote('Freedonia met Sylvania in Freedonia', 'Freedonia'); // [{begin:0,end:9},{begin:26,end:35}]
 * ```
 */
export function findQuote(text: string, quote: string): Span[] {
  if (quote.length === 0) return [];
  // An article's quotes are all looked up in its one text: its index is built once (and not at
  // all when its units are its code points).
  if (text !== indexedText) {
    indexedText = text;
    cpIndexOfText = SURROGATE.test(text) ? codeUnitToCodePoint(text) : undefined;
  }
  const cpIndex = cpIndexOfText;
  const qLen = cpLength(quote);
  const out: Span[] = [];
  let from = 0;
  for (;;) {
    const i = text.indexOf(quote, from);
    if (i < 0) break;
    const b = cpIndex === undefined ? i : cpIndex[i];
    out.push({ begin: b, end: b + qLen });
    from = i + 1;
  }
  return out;
}

let indexedText = '';
let cpIndexOfText: number[] | undefined;

/**
 * Any UTF-16 surrogate: a text without one has one code point per unit, so it is indexed and
 * sliced as it is rather than split into code points.
 */
const SURROGATE = /[\ud800-\udfff]/;

/** A text's code points: the text itself when its units are its code points, else an array. */
type Chars = string | readonly string[];

function codePoints(text: string): Chars {
  return SURROGATE.test(text) ? [...text] : text;
}

function joinChars(chars: Chars, begin: number, end: number): string {
  return typeof chars === 'string' ? chars.slice(begin, end) : chars.slice(begin, end).join('');
}

/** Map from UTF-16 index to code-point index (length text.length + 1). */
function codeUnitToCodePoint(text: string): number[] {
  const map = new Array<number>(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        map[i + 1] = cp;
        i++;
      }
    }
    cp++;
  }
  map[text.length] = cp;
  return map;
}

interface Line { begin: number; end: number; text: string } // code points, trimmed of trailing ws; begin at first non-ws
interface Block { lines: Line[] }

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
// A comment header: a bullet, then a date such as `March 4, 2011 at 9:05 am`.
const COMMENT_HEADER = /^[\u2022*\u00B7\-\u2013]\s*([A-Z][a-z]+)\s+(\d{1,2}),\s*(\d{4})(?:\s+at\s+(\d{1,2}):(\d{2})\s*([ap]\.?m\.?))?/i;
const COMMENTS_AREA = /^(?:one thought on|\d+ thoughts on|\d+ comments?\b|one comment\b)/i;
const BOILERPLATE = /^(?:leave a reply|leave a comment|post a comment)\b/i;
// Words that end with a period without ending the sentence when a capital follows (`etc.` is
// left out: before a capital it usually does end one; before lowercase nothing splits anyway).
const ABBREVIATIONS = new Set([
  'co', 'corp', 'inc', 'ltd', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'vs', 'jr', 'sr',
  'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'rev', 'hon', 'dept', 'univ', 'approx', 'fig', 'vol', 'p', 'pp',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * Splits an article text into segments (headline, body, byline, comment-meta, comment,
 * boilerplate) and sentences, with code-point offsets into the whole text.
 *
 * @example
 * ```ts
 * const { segments, sentences } = segmentText('Freedonia Votes\n\nThe vote was held. It passed.\n');
 * sentences.map((s) => s.text); // ['Freedonia Votes', 'The vote was held.', 'It passed.']
 * ```
 */
export function segmentText(text: string, hints: SegmentHints = {}): Segmentation {
  const blocks = toBlocks(cps(text));
  const segments: Segment[] = [];
  const push = (kind: SegmentKind, lines: Line[], extra: Partial<Segment> = {}): void => {
    const begin = lines[0].begin;
    const end = lines[lines.length - 1].end;
    segments.push({ id: '', index: 0, kind, begin, end, text: cpSliceCached(text, begin, end), ...extra });
  };
  let area: 'body' | 'comments' | 'boilerplate' = 'body';
  let commentNumber = 0;
  let expectComment = false;
  const starts = (line: Line, hint: string | undefined, re: RegExp): boolean =>
    hint ? line.text.startsWith(hint) : re.test(line.text);

  blocks.forEach((block, bi) => {
    // A block may hold lines of different kinds (a header line glued to a comment): handle line runs.
    let rest = block.lines;
    while (rest.length) {
      const first = rest[0];
      if (area !== 'boilerplate' && starts(first, hints.boilerplate, BOILERPLATE)) area = 'boilerplate';
      if (area === 'boilerplate') { push('boilerplate', rest); return; }
      if (bi === 0 && segments.length === 0) { push('headline', rest); return; }
      if (area === 'body' && starts(first, hints.commentsHeader, COMMENTS_AREA)) {
        area = 'comments';
        push('comment-meta', [first]);
        rest = rest.slice(1);
        continue;
      }
      if (area === 'body') {
        const isByline = hints.byline ? first.text.startsWith(hints.byline) : /^\*\s*\p{Lu}/u.test(first.text);
        push(isByline ? 'byline' : 'body', rest);
        return;
      }
      // comments area
      const m = COMMENT_HEADER.exec(first.text);
      if (m) {
        commentNumber++;
        push('comment-meta', [first], { commentNumber, dateTime: parseCommentDate(m) });
        expectComment = true;
        rest = rest.slice(1);
        continue;
      }
      if (expectComment || commentNumber > 0) {
        push('comment', rest, { commentNumber: Math.max(commentNumber, 1) });
        expectComment = false;
        return;
      }
      push('comment-meta', rest);
      return;
    }
  });
  segments.forEach((s, i) => { s.index = i; s.id = String(i + 1).padStart(2, '0'); });

  const sentences: Sentence[] = [];
  for (const seg of segments) {
    const spans = seg.kind === 'headline' || seg.kind === 'body' || seg.kind === 'comment'
      ? splitSentences(text, seg)
      : splitLines(text, seg);
    for (const sp of spans) {
      sentences.push({
        id: '', index: sentences.length, begin: sp.begin, end: sp.end,
        text: cpSliceCached(text, sp.begin, sp.end), segmentId: seg.id, kind: seg.kind,
      });
    }
  }
  sentences.forEach((s) => { s.id = 's' + String(s.index + 1).padStart(3, '0'); });
  return { segments, sentences };
}

let cacheText = '';
let cacheCps: Chars = '';
function cps(text: string): Chars {
  if (text !== cacheText) { cacheText = text; cacheCps = codePoints(text); }
  return cacheCps;
}
function cpSliceCached(text: string, begin: number, end: number): string {
  return joinChars(cps(text), begin, end);
}

function toBlocks(chars: Chars): Block[] {
  const blocks: Block[] = [];
  let cur: Line[] = [];
  let lineStart = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i < chars.length && chars[i] !== '\n') continue;
    let b = lineStart;
    let e = i;
    if (e > b && chars[e - 1] === '\r') e--;
    while (b < e && /\s/u.test(chars[b])) b++;
    while (e > b && /\s/u.test(chars[e - 1])) e--;
    if (e > b) cur.push({ begin: b, end: e, text: joinChars(chars, b, e) });
    else if (cur.length) { blocks.push({ lines: cur }); cur = []; }
    lineStart = i + 1;
  }
  if (cur.length) blocks.push({ lines: cur });
  return blocks;
}

function parseCommentDate(m: RegExpExecArray): string | undefined {
  const month = MONTHS.indexOf(m[1].toLowerCase());
  if (month < 0) return undefined;
  const pad = (n: number): string => String(n).padStart(2, '0');
  const date = `${m[3]}-${pad(month + 1)}-${pad(Number(m[2]))}`;
  if (m[4] === undefined) return `${date}T00:00:00`;
  let h = Number(m[4]) % 12;
  if (m[6].toLowerCase().startsWith('p')) h += 12;
  return `${date}T${pad(h)}:${m[5]}:00`;
}

function splitLines(text: string, seg: Segment): Span[] {
  return toBlocks(cps(text).slice(seg.begin, seg.end)).flatMap((b) =>
    b.lines.map((l) => ({ begin: seg.begin + l.begin, end: seg.begin + l.end })));
}

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '«']);

/** Sentence spans inside one segment (its lines are joined: a sentence may wrap). */
function splitSentences(text: string, seg: Segment): Span[] {
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
