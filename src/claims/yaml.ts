/**
 * YAML reading with line numbers: every value keeps the line of its node, so errors can name
 * file:line. Internal to the claims stage.
 */
import { readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YNode } from 'yaml';
import { ClaimgraphError } from '../errors.js';

/** A parsed YAML file plus a line lookup. */
export interface YamlFile {
  file: string;
  root: unknown;
  line(node: unknown): number;
}

/**
 * Parses a YAML file, throwing CLAIMS_SYNTAX with file:line on a syntax error.
 *
 * @example
 * ```ts
 * const y = readYaml('graph/entities.yaml', 'graph/entities.yaml');
 * ```
 */
export function readYaml(path: string, displayName: string): YamlFile {
  let src: string;
  try {
    src = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ClaimgraphError('SOURCE_NOT_FOUND', `cannot read ${displayName}: ${(err as Error).message}`, { file: displayName }, { cause: err });
  }
  return parseYaml(src, displayName);
}

/**
 * Parses YAML text; see {@link readYaml}.
 *
 * @example
 * ```ts
 * parseYaml('a: 1\n', 'x.yaml').root; // YAMLMap
 * ```
 */
export function parseYaml(src: string, displayName: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(src, { lineCounter, uniqueKeys: true, prettyErrors: true, keepSourceTokens: false });
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    const msg = first.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new ClaimgraphError('CLAIMS_SYNTAX', `YAML syntax error: ${msg}`, { file: displayName, line: pos?.line, column: pos?.col });
  }
  return {
    file: displayName,
    root: doc.contents,
    line: (node: unknown) => {
      const range = (node as YNode | undefined)?.range;
      return range ? lineCounter.linePos(range[0]).line : 1;
    },
  };
}

/**
 * The entries of a YAML map node as [key, keyNode, valueNode] (empty for anything else).
 *
 * @example
 * ```ts
 * mapEntries(parseYaml('a: 1\n', 'x.yaml').root).map(([k]) => k); // ['a']
 * ```
 */
export function mapEntries(node: unknown): Array<[string, unknown, unknown]> {
  if (!isMap(node)) return [];
  return node.items.map((p) => [String(isScalar(p.key) ? p.key.value : p.key), p.key, p.value]);
}

export { isMap, isScalar, isSeq };

/**
 * Plain JS value of a node.
 *
 * @example
 * ```ts
 * toJs(parseYaml('[1, 2]\n', 'x.yaml').root); // [1, 2]
 * ```
 */
export function toJs(node: unknown): unknown {
  if (node === null || node === undefined) return node;
  const n = node as { toJSON?: () => unknown };
  return typeof n.toJSON === 'function' ? n.toJSON() : node;
}

/**
 * Scalar as a string (plain scalars keep their source form, so `2009` stays `2009`); undefined
 * for non-scalars and nulls.
 *
 * @example
 * ```ts
 * scalarString(parseYaml('2015-10-28\n', 'x.yaml').root); // '2015-10-28'
 * ```
 */
export function scalarString(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  const src = (node as { source?: string }).source;
  if (typeof src === 'string' && node.type === 'PLAIN') return src;
  const v = node.value;
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'object') return undefined;
  return String(v);
}
