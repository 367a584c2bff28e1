/**
 * The only look at a query's text the HTTP thread takes: one linear pass that refuses texts too
 * long or too deeply nested before a worker spends time on them.
 *
 * Why: SPARQL parsers slow down steeply with nesting depth (sparqljs: 1,000 nested groups took
 * 0.5 s, 3,000 took 58 s), and no real query nests more than a few dozen levels. The pass knows
 * just enough SPARQL to skip what cannot nest: strings (four quote forms, with escapes), IRIs
 * and comments. Anything it misjudges is still parsed in a worker under the request's deadline.
 */
import { HttpError } from './reply.js';

/** Limits of the pre-scan. */
export interface ScanLimits {
  maxChars: number;
  maxDepth: number;
}

/**
 * Throws a 400 HttpError (`QUERY_TOO_LARGE`, `QUERY_TOO_COMPLEX`) when a query text is longer
 * than `maxChars` or nests `{ }`, `( )` or `[ ]` deeper than `maxDepth`; linear in the text.
 *
 * @example
 * ```ts
 * prescanQuery('SELECT * { { ?s ?p ?o } }', { maxChars: 1000, maxDepth: 1 }); // throws QUERY_TOO_COMPLEX
 * ```
 */
export function prescanQuery(text: string, limits: ScanLimits): void {
  if (text.length > limits.maxChars) {
    throw new HttpError(400, `the query is ${text.length} characters long; this server accepts at most ${limits.maxChars}`, 'QUERY_TOO_LARGE');
  }
  const depth = nestingDepth(text, limits.maxDepth);
  if (depth > limits.maxDepth) {
    throw new HttpError(400, `the query nests groups, expressions or blank nodes more than ${limits.maxDepth} levels deep; this server accepts at most ${limits.maxDepth}`, 'QUERY_TOO_COMPLEX');
  }
}

/**
 * The deepest nesting of brackets outside strings, IRIs and comments; stops counting at
 * `stopAbove + 1`.
 *
 * @example
 * ```ts
 * nestingDepth('ASK { FILTER((1)) }', 100); // 3
 * ```
 */
export function nestingDepth(text: string, stopAbove = Infinity): number {
  let depth = 0;
  let max = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x28 || c === 0x5b) {
      // { ( [
      if (++depth > max) {
        max = depth;
        if (max > stopAbove) return max;
      }
    } else if (c === 0x7d || c === 0x29 || c === 0x5d) {
      if (depth > 0) depth--;
    } else if (c === 0x23) {
      // # comment to the end of the line
      while (i < n && text.charCodeAt(i) !== 0x0a) i++;
    } else if (c === 0x3c) {
      // < is an IRI when it closes with > before whitespace; otherwise an operator
      let j = i + 1;
      while (j < n && text.charCodeAt(j) > 0x20 && text.charCodeAt(j) !== 0x3e && text.charCodeAt(j) !== 0x3c) j++;
      if (j < n && text.charCodeAt(j) === 0x3e) i = j;
    } else if (c === 0x22 || c === 0x27) {
      // "..." '...' """...""" '''...'''
      const long = text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c;
      i += long ? 3 : 1;
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) {
          i++;
          continue;
        }
        if (d !== c) continue;
        if (!long) break;
        if (text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c) {
          i += 2;
          break;
        }
      }
    }
  }
  return max;
}

/**
 * A query text without its comments, with each run of whitespace outside strings and IRIs made
 * one space and its variables renamed in order of appearance (`?v0`, `?v1`, ...): the
 * scheduler's key for "the same query again", so a runaway query sent anew with another comment,
 * layout or variable names is known as expensive at once. Linear in the text.
 *
 * @example
 * ```ts
 * normalizeQuery('ASK  {\n ?s ?p $o } # again'); // 'ASK { ?v0 ?v1 ?v2 }'
 * ```
 */
export function normalizeQuery(text: string): string {
  let out = '';
  let from = 0;
  let space = false;
  const n = text.length;
  const vars = new Map<string, number>();
  const flush = (to: number): void => {
    if (to > from) out += text.slice(from, to);
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x23) {
      flush(i);
      if (c === 0x23) while (i + 1 < n && text.charCodeAt(i + 1) !== 0x0a) i++;
      if (!space) out += ' ';
      space = true;
      from = i + 1;
      continue;
    }
    space = false;
    if (c === 0x3f || c === 0x24) {
      // ?name or $name
      let j = i + 1;
      while (j < n && isNameChar(text.charCodeAt(j))) j++;
      if (j > i + 1) {
        flush(i);
        const name = text.slice(i + 1, j);
        let k = vars.get(name);
        if (k === undefined) vars.set(name, (k = vars.size));
        out += `?v${k}`;
        from = j;
        i = j - 1;
      }
    } else if (c === 0x3c) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) > 0x20 && text.charCodeAt(j) !== 0x3e && text.charCodeAt(j) !== 0x3c) j++;
      if (j < n && text.charCodeAt(j) === 0x3e) i = j;
    } else if (c === 0x22 || c === 0x27) {
      const long = text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c;
      i += long ? 3 : 1;
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) {
          i++;
          continue;
        }
        if (d !== c) continue;
        if (!long) break;
        if (text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c) {
          i += 2;
          break;
        }
      }
    }
  }
  flush(n);
  return out.trim();
}

/** A character of a SPARQL variable name (ASCII letters, digits, `_`, and anything past ASCII). */
function isNameChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c > 0x7f;
}
