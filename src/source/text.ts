/**
 * Code points, hashes, quotes and the text's lines and blocks: the helpers every part of the
 * source stage uses. Offsets count Unicode code points (NIF 2.0), never UTF-16 units.
 */
import { createHash } from 'node:crypto';
import type { Span } from './types.js';

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
export const SURROGATE = /[\ud800-\udfff]/;

/** A text's code points: the text itself when its units are its code points, else an array. */
export type Chars = string | readonly string[];

export function codePoints(text: string): Chars {
  return SURROGATE.test(text) ? [...text] : text;
}

export function joinChars(chars: Chars, begin: number, end: number): string {
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

/** A non-empty line (code points, trimmed: begin at its first non-space, end after its last). */
export interface Line { begin: number; end: number; text: string }
/** Lines between blank lines. */
export interface Block { lines: Line[] }

let cacheText = '';
let cacheCps: Chars = '';
export function cps(text: string): Chars {
  if (text !== cacheText) { cacheText = text; cacheCps = codePoints(text); }
  return cacheCps;
}
export function cpSliceCached(text: string, begin: number, end: number): string {
  return joinChars(cps(text), begin, end);
}

export function toBlocks(chars: Chars): Block[] {
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

