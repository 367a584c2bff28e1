/**
 * Appending entries to a curated YAML list (claims.yaml `claims:`, entities.yaml `entities:`)
 * without touching a byte of what is already there: the yaml package's Document API finds the
 * list and renders the new entries, which are spliced in after the last entry. Re-serialising
 * the whole document would keep the comments but restyle untouched lines (flow-map padding,
 * quotes), which a reviewer then has to read as changes.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq, type Node as YNode } from 'yaml';
import { ClaimgraphError } from '../errors.js';

/** Options every file suggest writes is rendered with (also the generated files). */
export const YAML_OPTIONS = { lineWidth: 0, flowCollectionPadding: true } as const;

/**
 * Builds a YAML node for an entry: strings in `quoted` keys double-quoted (quotes, literals),
 * mappings under `flow` keys and list items that are mappings written on one line
 * (`{ group: g, except: [x] }`, amounts).
 *
 * @example
 * ```ts
 * entryNode(new Document(), { id: 'a', quote: 'x y' }, { quoted: ['quote'] });
 * ```
 */
export function entryNode(doc: Document, entry: Record<string, unknown>, opts: { quoted?: string[] } = {}): YAMLMap {
  const node = doc.createNode(entry) as YAMLMap;
  const quoted = new Set(opts.quoted ?? []);
  const style = (n: unknown, key: string | undefined, depth: number): void => {
    if (isMap(n)) {
      if (depth > 0 && !(depth === 1 && key === 'qualifiers')) n.flow = true;
      for (const p of n.items) style(p.value, isScalar(p.key) ? String(p.key.value) : undefined, depth + 1);
    } else if (isSeq(n)) {
      // a list of scalars stays on one line; quotes and amounts are one per line (as curators write them)
      if (key !== 'quote' && key !== 'amounts') n.flow = true;
      for (const it of n.items) {
        if (isMap(it)) it.flow = true;
        style(it, key, depth + 1);
      }
    } else if (isScalar(n) && typeof n.value === 'string' && ((key && quoted.has(key)) || /^[-+\d.:]+$/.test(n.value))) {
      // quotes, and literals that read as numbers or dates, in double quotes as the curated files have them
      n.type = Scalar.QUOTE_DOUBLE;
    }
  };
  style(node, undefined, 0);
  return node;
}

/**
 * Appends `entries` to the block list under the top-level `key` of a YAML text and returns the
 * new text; everything before and after is kept byte for byte. An empty list (`claims: []` or
 * `claims:`) becomes a block list.
 *
 * @example
 * ```ts
 * appendToList('article: a\nclaims: []\n', 'claims', [{ id: 'x', quote: 'y' }], 'claims.yaml');
 * // 'article: a\nclaims:\n  - id: x\n    quote: "y"\n'
 * ```
 */
export function appendToList(src: string, key: string, entries: Array<Record<string, unknown>>, file: string, opts: { quoted?: string[] } = {}): string {
  if (!entries.length) return src;
  const doc = parseDocument(src, { keepSourceTokens: false });
  if (doc.errors.length) throw new ClaimgraphError('CLAIMS_SYNTAX', `YAML syntax error: ${doc.errors[0]!.message.split('\n')[0]}`, { file });
  if (!isMap(doc.contents)) throw new ClaimgraphError('CLAIMS_INVALID', `expected a mapping with \`${key}:\``, { file, line: 1 });
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
  const value = pair?.value as YNode | null | undefined;
  const render = (indent: number): string => entries.map((e) => {
    const block = new Document(new YAMLSeq());
    (block.contents as YAMLSeq).items.push(entryNode(block, e, opts));
    const text = block.toString(YAML_OPTIONS);
    return text.split('\n').filter((l, i, all) => i < all.length - 1 || l !== '').map((l) => (l ? ' '.repeat(indent) + l : l)).join('\n') + '\n';
  }).join('\n');
  if (isSeq(value) && !value.flow && value.items.length) {
    const first = value.items[0] as YNode;
    const last = value.items[value.items.length - 1] as YNode;
    const lineStart = src.lastIndexOf('\n', first.range![0] - 1) + 1;
    const indent = src.slice(lineStart, first.range![0]).indexOf('-');
    let at = last.range![2];
    // the last entry may end without a newline at the end of the file
    const head = src.slice(0, at);
    const sep = head.endsWith('\n') ? '\n' : '\n\n';
    return head + sep + render(Math.max(0, indent)) + src.slice(at);
  }
  const emptyFlow = isSeq(value) && value.flow && value.items.length === 0;
  const emptyNull = value === null || value === undefined || (isScalar(value) && value.value === null);
  if (pair && (emptyFlow || emptyNull) && isScalar(pair.key)) {
    // replace the rest of the key's line (`claims: []`) by a block list
    const keyStart = pair.key.range![0];
    const lineEnd = src.indexOf('\n', keyStart);
    const end = lineEnd < 0 ? src.length : lineEnd + 1;
    return src.slice(0, keyStart) + `${key}:\n` + render(2) + src.slice(end);
  }
  if (!pair) return src + (src.endsWith('\n') || !src ? '' : '\n') + `${key}:\n` + render(2);
  throw new ClaimgraphError('CLAIMS_INVALID', `\`${key}:\` must be a block list to append to`, { file });
}
