/**
 * Named queries: `queries/NAME.rq` files with `# title:`, `# description:` and `# param:`
 * header comments.
 *
 * A parameter has its default as a `VALUES ?name { default }` block in the query itself, so the
 * file stays plain SPARQL that any engine runs as-is; `--param name=value` swaps the values.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import type { PatternValues, Query, TermVariable } from '@traqula/rules-sparql-1-2';
import { ClaimgraphError } from '../errors.js';
import { parseQuery } from './run.js';
import { iriContext } from './syntax.js';
import { sparqlParser } from './traqula.js';
import type { NamedQuery, QueryParam } from './types.js';

/** Folder of named queries inside a project. */
export const QUERIES_DIR = 'queries';

/**
 * Names of the project's named queries (`queries/*.rq` without extension), sorted.
 *
 * @example
 * ```ts
 * listNamedQueries('.'); // ['about', 'members-of', ...]
 * ```
 */
export function listNamedQueries(dir: string): string[] {
  const folder = join(dir, QUERIES_DIR);
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((f) => f.endsWith('.rq')).map((f) => f.slice(0, -3)).sort();
}

/**
 * Finds a named query (`NAME` in `queries/`) or reads a query file (`path/to/FILE.rq`,
 * relative to `cwd`), with its header comments.
 *
 * @example
 * ```ts
 * const q = resolveNamedQuery('.', 'members-of');
 * console.log(q.title, q.params.map((p) => p.name));
 * ```
 */
export function resolveNamedQuery(dir: string, nameOrFile: string, cwd: string = dir): NamedQuery {
  const looksLikeFile = nameOrFile.endsWith('.rq') || nameOrFile.includes('/') || nameOrFile.includes('\\');
  let file: string;
  let name: string;
  if (looksLikeFile) {
    file = isAbsolute(nameOrFile) ? nameOrFile : resolve(cwd, nameOrFile);
    name = nameOrFile;
    if (!existsSync(file)) {
      throw new ClaimgraphError('QUERY_NOT_FOUND', `query file not found: ${nameOrFile}`, { file: nameOrFile });
    }
  } else {
    file = join(dir, QUERIES_DIR, `${nameOrFile}.rq`);
    name = nameOrFile;
    if (!/^[A-Za-z0-9_-]+$/.test(nameOrFile) || !existsSync(file)) {
      const names = listNamedQueries(dir);
      throw new ClaimgraphError(
        'QUERY_NOT_FOUND',
        `no named query "${nameOrFile}"; available: ${names.length ? names.join(', ') : `(none in ${join(dir, QUERIES_DIR)})`}`,
        { query: nameOrFile },
      );
    }
  }
  const sparql = readFileSync(file, 'utf8');
  return { name: looksLikeFile ? basename(name) : name, file, ...parseQueryHeader(sparql), sparql };
}

/**
 * Reads the leading `# key: value` comments of a query: title, description (continuation
 * comment lines are appended) and `param` lines (`# param: org = cgr:acme  what it is`).
 *
 * @example
 * ```ts
 * parseQueryHeader('# title: Members\n# param: org = cgr:acme the organisation\nSELECT ...');
 * // { title: 'Members', description: '', params: [{ name: 'org', default: 'cgr:acme', description: 'the organisation' }] }
 * ```
 */
export function parseQueryHeader(sparql: string): { title: string; description: string; params: QueryParam[] } {
  let title = '';
  let description = '';
  const params: QueryParam[] = [];
  let last: 'title' | 'description' | 'other' = 'other';
  for (const raw of sparql.split('\n')) {
    const line = raw.trim();
    if (line === '') { last = 'other'; continue; }
    if (!line.startsWith('#')) break;
    const body = line.replace(/^#+\s?/, '');
    const kv = /^(title|description|param)\s*:\s*(.*)$/i.exec(body);
    if (kv) {
      const key = kv[1]!.toLowerCase();
      const value = kv[2]!.trim();
      if (key === 'title') { title = value; last = 'title'; }
      else if (key === 'description') { description = value; last = 'description'; }
      else {
        const m = /^\??([A-Za-z_][A-Za-z0-9_]*)\s*(?:=\s*(\S+))?\s*(.*)$/.exec(value);
        if (m) params.push({ name: m[1]!, default: m[2], description: m[3] || undefined });
        last = 'other';
      }
    } else if (last === 'description' && body.trim() !== '') {
      description += ` ${body.trim()}`;
    } else {
      last = 'other';
    }
  }
  return { title, description, params };
}

/**
 * Applies `name=value` parameters to a query: each declared parameter's `VALUES ?name {...}`
 * block gets the new value (one is added at the top of WHERE when the query has none). Values
 * are SPARQL terms (`cgr:acme`, `<http://...>`, `"text"`) or a bare id, read as `cgr:` id
 * when the query declares that prefix. The query's text is changed only there: the rest is
 * run as written.
 *
 * @example
 * ```ts
 * const { ast, sparql } = applyQueryParams(query, { org: 'cgr:acme' });
 * ```
 */
export function applyQueryParams(query: NamedQuery, values: Record<string, string>, opts: { ast?: Query } = {}): { ast: Query; sparql: string } {
  const ast = opts.ast ?? parseQuery(query.sparql, { name: query.name, file: query.file });
  const names = Object.keys(values);
  if (names.length === 0) return { ast, sparql: query.sparql };
  const declared = new Set(query.params.map((p) => p.name));
  for (const name of names) {
    if (!declared.has(name)) {
      throw new ClaimgraphError(
        'USAGE',
        `query ${query.name} has no parameter "${name}"${declared.size ? `; its parameters: ${[...declared].join(', ')}` : ' (it declares none)'}`,
        { query: query.name },
      );
    }
  }
  const { prefixes } = iriContext(ast);
  const text = query.sparql;
  const edits: { start: number; end: number; text: string }[] = [];
  for (const name of names) {
    const term = paramValueText(values[name]!, prefixes, name, query.name);
    const blocks: PatternValues[] = [];
    findValues(ast.where?.patterns ?? [], name, blocks);
    if (ast.values && valuesVariables(ast.values).includes(name)) blocks.push(ast.values);
    for (const block of blocks) {
      const at = span(block);
      if (!at) throw new ClaimgraphError('QUERY_FAILED', `internal: no source position for the VALUES block of ${name}`, { query: query.name });
      edits.push({ ...at, text: valuesText(text, block, name, term) });
    }
    if (blocks.length === 0) {
      const where = ast.where && span(ast.where);
      if (!where) throw new ClaimgraphError('USAGE', `query ${query.name} has no WHERE clause to put parameter ${name} in`, { query: query.name });
      edits.push({ start: where.start + 1, end: where.start + 1, text: ` VALUES ?${name} { ${term} }` });
    }
  }
  let sparql = text;
  for (const e of edits.sort((x, y) => y.start - x.start)) sparql = sparql.slice(0, e.start) + e.text + sparql.slice(e.end);
  return { ast: parseQuery(sparql, { name: query.name, file: query.file }), sparql };
}

interface AnyNode {
  type?: string;
  subType?: string;
  [key: string]: unknown;
}

function findValues(patterns: readonly unknown[], name: string, out: PatternValues[]): void {
  for (const p of patterns as AnyNode[]) {
    if (p.type === 'query') {
      findValues(((p.where as AnyNode | undefined)?.patterns as unknown[]) ?? [], name, out);
      const trailing = p.values as PatternValues | undefined;
      if (trailing && valuesVariables(trailing).includes(name)) out.push(trailing);
    } else if (p.subType === 'values') {
      if (valuesVariables(p as unknown as PatternValues).includes(name)) out.push(p as unknown as PatternValues);
    } else if (Array.isArray(p.patterns)) {
      findValues(p.patterns, name, out);
    }
  }
}

function valuesVariables(block: PatternValues): string[] {
  const vars = (block as PatternValues & { variables?: TermVariable[] }).variables;
  return vars ? vars.map((v) => v.value) : [...new Set(block.values.flatMap((row) => Object.keys(row)))];
}

function span(node: unknown): { start: number; end: number } | undefined {
  const loc = (node as { loc?: { sourceLocationType?: string; start?: number; end?: number } }).loc;
  return loc?.sourceLocationType === 'source' ? { start: loc.start!, end: loc.end! } : undefined;
}

/** The VALUES block as text with the parameter pinned to one value (the first row's other columns kept as written). */
function valuesText(text: string, block: PatternValues, name: string, term: string): string {
  const vars = valuesVariables(block);
  const first = block.values[0] ?? {};
  const cells = vars.map((v) => {
    if (v === name) return term;
    const cell = first[v];
    const at = cell && span(cell);
    return at ? text.slice(at.start, at.end) : 'UNDEF';
  });
  if (vars.length === 1) return `VALUES ?${name} { ${term} }`;
  return `VALUES (${vars.map((v) => `?${v}`).join(' ')}) { (${cells.join(' ')}) }`;
}

/** A parameter value as SPARQL text, checked by parsing it in a VALUES block with the query's prefixes. */
function paramValueText(value: string, prefixes: Record<string, string>, name: string, queryName: string): string {
  let text = value.trim();
  if (/^[a-z0-9][a-z0-9-]*$/.test(text) && prefixes.cgr) text = `cgr:${text}`;
  try {
    const q = sparqlParser().parse(`SELECT * WHERE { VALUES ?v { ${text} } }`, { prefixes }) as Query;
    const block = q.where!.patterns[0] as PatternValues;
    if (block.values.length !== 1 || !block.values[0]!.v) throw new Error('not one value');
    return text;
  } catch {
    throw new ClaimgraphError('USAGE', `bad value for parameter ${name}: ${value} (use a prefixed name, <IRI>, a "literal" or an entity id)`, { query: queryName });
  }
}
