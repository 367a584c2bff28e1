/**
 * YAML reading with line numbers: every value keeps the line of its node, so errors can name
 * file:line. Internal to the claims stage.
 */
import { readFileSync } from 'node:fs';
import { isMap, isPair, isScalar, isSeq, LineCounter, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq, type Node as YNode } from 'yaml';
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
  const simple = parseBlockYaml(src);
  if (simple) return { file: displayName, root: simple.root, line: lineOf(simple.lineCounter) };
  const lineCounter = new LineCounter();
  const doc = parseDocument(src, { lineCounter, uniqueKeys: true, prettyErrors: true, keepSourceTokens: false });
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    const msg = first.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new ClaimgraphError('CLAIMS_SYNTAX', `YAML syntax error: ${msg}`, { file: displayName, line: pos?.line, column: pos?.col });
  }
  return { file: displayName, root: doc.contents, line: lineOf(lineCounter) };
}

function lineOf(lineCounter: LineCounter): (node: unknown) => number {
  return (node: unknown) => {
    const range = (node as YNode | undefined)?.range;
    return range ? lineCounter.linePos(range[0]).line : 1;
  };
}

// ---------------------------------------------------------------- block YAML, read directly

/**
 * Reads the block-style YAML that claims and meta files are written in (block mappings and
 * lists, plain and quoted one-line scalars, comments) into the same nodes the `yaml` package
 * makes, about ten times faster (the package's parser was the largest cost of compiling an
 * article). Anything else, or anything the package might read differently or reject (flow
 * collections, anchors, tags, multi-line or typed scalars, escapes, duplicate keys), gives
 * undefined: the caller then lets the package parse the text.
 */
function parseBlockYaml(src: string): { root: YNode; lineCounter: LineCounter } | undefined {
  const lineCounter = new LineCounter();
  const lines: Line[] = [];
  for (let start = 0; start <= src.length;) {
    let end = src.indexOf('\n', start);
    if (end === -1) end = src.length;
    lineCounter.addNewLine(start);
    let indent = start;
    while (src.charCodeAt(indent) === 32) indent++;
    const c = src.charCodeAt(indent);
    if (c === 9 || c === 13 || src.charCodeAt(end - 1) === 13) return undefined; // tabs, CRLF
    if (indent < end && c !== 35 /* # */) lines.push({ indent: indent - start, at: indent, end });
    start = end + 1;
  }
  if (!lines.length || lines[0].indent !== 0) return undefined;
  const r = new BlockReader(src, lines);
  const root = r.block(0);
  return root && r.i === lines.length ? { root, lineCounter } : undefined;
}

// The package's node constructors define the node's type (what isScalar and isPair read) on
// every node with Object.defineProperty, a tenth of reading a claims file. The nodes made here
// inherit it from a prototype instead: isScalar, isPair, clone and toJSON read it the same way.
const NODE_TYPE = Symbol.for('yaml.node.type');
const SCALAR_PROTO = Object.create(Scalar.prototype, { [NODE_TYPE]: { value: Symbol.for('yaml.scalar') } }) as Scalar;
const PAIR_PROTO = Object.create(Pair.prototype, { [NODE_TYPE]: { value: Symbol.for('yaml.pair') } }) as Pair;
// Should a version of the package mark its nodes otherwise, its constructors are used.
const PROTOS_HOLD = isScalar(Object.create(SCALAR_PROTO)) && isPair(Object.create(PAIR_PROTO));

/** A scalar node as `new Scalar(value)` makes it. */
export function scalarNode(value: string): Scalar {
  if (!PROTOS_HOLD) return new Scalar(value);
  const s = Object.create(SCALAR_PROTO) as Scalar;
  s.value = value;
  return s;
}

/** A pair as `new Pair(key, value)` makes it. */
export function pair(key: YNode, value: YNode): Pair {
  if (!PROTOS_HOLD) return new Pair(key, value);
  const p = Object.create(PAIR_PROTO) as Pair;
  p.key = key;
  p.value = value;
  return p;
}

interface Line {
  indent: number;
  /** Offsets of the first non-space character and of the line's end. */
  at: number;
  end: number;
}

/** A mapping key and what follows it, read in place (no slice of the line per key): a line ends at a newline or the text's end. */
const KEY_AT_RE = /([A-Za-z0-9_][A-Za-z0-9_.-]*):(?: +|(?=\n)|$)/y;

function keyAt(src: string, at: number): RegExpExecArray | null {
  KEY_AT_RE.lastIndex = at;
  return KEY_AT_RE.exec(src);
}
/** Plain scalars the core schema reads as something other than a string (or that start with an indicator). */
const TYPED_RE = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

class BlockReader {
  i = 0;
  constructor(private readonly src: string, private readonly lines: Line[]) {}

  /** A mapping or list whose lines start at column `indent`, or undefined when not simple. */
  block(indent: number): YNode | undefined {
    const l = this.lines[this.i];
    if (!l || l.indent !== indent) return undefined;
    return this.src.startsWith('- ', l.at) ? this.seq(indent) : this.map(indent, l.at);
  }

  private seq(indent: number): YNode | undefined {
    const seq = new YAMLSeq();
    const start = this.lines[this.i].at;
    for (let l = this.lines[this.i]; l && l.indent === indent && this.src.startsWith('- ', l.at); l = this.lines[this.i]) {
      let col = l.at + 2;
      while (this.src.charCodeAt(col) === 32) col++;
      if (col >= l.end) return undefined;
      let item: YNode | undefined;
      if (keyAt(this.src, col)) {
        // `- key: value` opens a mapping whose keys line up with this first one
        item = this.map(col - l.at + indent, col);
      } else {
        item = this.scalar(col, l.end);
        this.i++;
      }
      if (!item) return undefined;
      seq.items.push(item);
    }
    seq.range = [start, this.endOfLast(), this.endOfLast()];
    return seq;
  }

  /** A mapping; its first key is at `first` (on the current line), the others at column `indent`. */
  private map(indent: number, first: number): YNode | undefined {
    const map = new YAMLMap();
    const keys = new Set<string>();
    for (let at = first; ;) {
      const l = this.lines[this.i];
      const m = keyAt(this.src, at);
      if (!m || keys.has(m[1]) || TYPED_RE.test(m[1])) return undefined;
      keys.add(m[1]);
      const key = this.plain(m[1], at);
      const valueAt = at + m[0].length;
      let value: YNode | undefined;
      this.i++;
      if (valueAt < l.end && this.src.charCodeAt(valueAt) !== 35 /* # */) {
        value = this.scalar(valueAt, l.end);
      } else {
        // the value is on the next lines: more indented, or a list at the key's own column
        const next = this.lines[this.i];
        if (next && (next.indent > indent || (next.indent === indent && this.src.startsWith('- ', next.at)))) value = this.block(next.indent);
      }
      if (!value || !key) return undefined;
      map.items.push(pair(key, value));
      const next = this.lines[this.i];
      if (!next || next.indent < indent) break;
      if (next.indent > indent || this.src.startsWith('- ', next.at)) return undefined;
      at = next.at;
    }
    map.range = [first, this.endOfLast(), this.endOfLast()];
    return map;
  }

  private endOfLast(): number {
    return this.lines[this.i - 1].end;
  }

  /** A one-line scalar, or an empty `[]` or `{}`, from `at` to the end of its line (a comment may follow). */
  private scalar(at: number, end: number): YNode | undefined {
    const src = this.src;
    const line = src.slice(at, end);
    const q = src.charCodeAt(at);
    if (q === 34 /* " */ || q === 39 /* ' */) {
      const close = line.indexOf(q === 34 ? '"' : "'", 1) + at;
      if (close < at) return undefined;
      const value = src.slice(at + 1, close);
      // escapes, and a quote doubled inside single quotes, are left to the package
      if ((q === 34 && value.includes('\\')) || (q === 39 && src.charCodeAt(close + 1) === 39)) return undefined;
      let rest = close + 1;
      while (src.charCodeAt(rest) === 32) rest++;
      if (rest < end && !(src.charCodeAt(rest) === 35 && rest > close + 1)) return undefined;
      const s = scalarNode(value);
      s.range = [at, close + 1, close + 1];
      s.source = value;
      s.type = q === 34 ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE;
      return s;
    }
    const hash = line.indexOf(' #');
    const text = (hash === -1 ? line : line.slice(0, hash)).trimEnd();
    // an empty list or mapping (entities without alternative labels, say): the package's flow node
    if (text === '[]' || text === '{}') {
      const node = text === '[]' ? new YAMLSeq() : new YAMLMap();
      node.flow = true;
      node.range = [at, at + 2, at + 2];
      return node;
    }
    if (!text || /^[-?:,[\]{}#&*!|>'"%@`]/.test(text) || text.includes(': ') || text.endsWith(':') || text.includes('\t') || TYPED_RE.test(text)) return undefined;
    return this.plain(text, at);
  }

  private plain(text: string, at: number): Scalar {
    const s = scalarNode(text);
    s.range = [at, at + text.length, at + text.length];
    s.source = text;
    s.type = Scalar.PLAIN;
    return s;
  }
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
