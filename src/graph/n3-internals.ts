/**
 * The one place claimgraph reaches into N3.js internals: N3.Writer's term encoders.
 *
 * Why: the corpus build writes each article's Turtle blocks on its own (in worker threads) and
 * merges them, and the file must be byte-identical to what N3.Writer writes for the whole graph
 * (src/graph/export.ts). Calling the writer's own `_encodeSubject` / `_encodePredicate` /
 * `_encodeObject` keeps prefixes, escapes and literal shorthands from drifting; re-implementing
 * them would be a second Turtle serialiser to keep in step. These methods are not public API, so
 * their shape is checked when first used (a clear INTERNAL error naming the missing method, not
 * a TypeError deep in a build), and tests/graph/n3-internals.test.ts compares their output with
 * the writer's own on every kind of term: it fails if an N3.js upgrade changes either.
 */
import N3 from 'n3';
import type { Term } from '@rdfjs/types';
import { ClaimgraphError } from '../errors.js';
import { PREFIXES } from './vocab.js';

/** N3.Writer's term encoders, as the writer uses them for a triple's three positions. */
export interface TermEncoder {
  _encodeSubject(t: Term): string;
  _encodePredicate(t: Term): string;
  _encodeObject(t: Term): string;
}

const METHODS = ['_encodeSubject', '_encodePredicate', '_encodeObject'] as const;

/**
 * `writer` as a {@link TermEncoder}, after checking it has the three encoders.
 *
 * @throws ClaimgraphError INTERNAL when a method is missing (an N3.js version without them).
 * @example
 * ```ts
 * const e = asTermEncoder(new N3.Writer({ prefixes: { ex: 'http://example.org/' } }));
 * e._encodeSubject(N3.DataFactory.namedNode('http://example.org/freedonia')); // 'ex:freedonia'
 * ```
 */
export function asTermEncoder(writer: object): TermEncoder {
  for (const m of METHODS) {
    if (typeof (writer as Record<string, unknown>)[m] !== 'function') {
      throw new ClaimgraphError('INTERNAL', `N3.Writer has no ${m}: this n3 version is not supported (the corpus build needs its term encoders)`);
    }
  }
  return writer as unknown as TermEncoder;
}

let encoder: TermEncoder | undefined;

/**
 * The shared encoder with the project's prefixes (one writer per thread, created on first use).
 *
 * @example
 * ```ts
 * termEncoder()._encodeObject(literal('5', namedNode(XSD + 'integer'))); // '5'
 * ```
 */
export function termEncoder(): TermEncoder {
  encoder ??= asTermEncoder(new N3.Writer({ prefixes: { ...PREFIXES } }));
  return encoder;
}

/**
 * The Turtle header N3.Writer emits before the first statement (prefix lines, blank line).
 *
 * @example
 * ```ts
 * turtleHeader().startsWith('@prefix'); // true
 * ```
 */
export function turtleHeader(): string {
  let header = '';
  new N3.Writer({ prefixes: { ...PREFIXES } }).end((_err, result: string) => { header = result; });
  return header;
}
