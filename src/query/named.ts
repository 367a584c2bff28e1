/**
 * Named queries: `queries/NAME.rq` files with `# title:`, `# description:` and `# param:`
 * header comments.
 *
 * A parameter has its default as a `VALUES ?name { default }` block in the query itself, so the
 * file stays plain SPARQL that any engine runs as-is; `--param name=value` swaps the values.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import type { Pattern, Query, ValuesPattern } from 'sparqljs';
import type * as RDF from '@rdfjs/types';
import { ClaimgraphError } from '../errors.js';
import { parseQuery } from './run.js';
import { sparqljs } from './sparqljs.js';
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
 * when the query declares that prefix.
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
  const prefixes = ast.prefixes ?? {};
  for (const name of names) {
    const term = parseParamValue(values[name]!, prefixes, name, query.name);
    if (!replaceValues(ast.where ?? [], name, term)) {
      const block: ValuesPattern = { type: 'values', values: [{ [`?${name}`]: term } as never] };
      ast.where = [block, ...(ast.where ?? [])];
    }
  }
  return { ast, sparql: new (sparqljs().Generator)().stringify(ast) };
}

function replaceValues(patterns: Pattern[], name: string, term: RDF.Term): boolean {
  let done = false;
  for (const p of patterns) {
    if (p.type === 'values') {
      const key = `?${name}`;
      if (p.values.some((row) => key in row)) {
        // The parameter pins one value: keep the first row's other columns.
        p.values = [{ ...(p.values[0] ?? {}), [key]: term } as never];
        done = true;
      }
    } else if (p.type === 'group' || p.type === 'optional' || p.type === 'union' || p.type === 'graph' || p.type === 'minus' || p.type === 'service') {
      if (replaceValues(p.patterns, name, term)) done = true;
    } else if (p.type === 'query') {
      if (replaceValues(p.where ?? [], name, term)) done = true;
    }
  }
  return done;
}

function parseParamValue(value: string, prefixes: Record<string, string>, name: string, queryName: string): RDF.Term {
  let text = value.trim();
  if (/^[a-z0-9][a-z0-9-]*$/.test(text) && prefixes.cgr) text = `cgr:${text}`;
  const decl = Object.entries(prefixes).map(([p, iri]) => `PREFIX ${p}: <${iri}>`).join('\n');
  try {
    const q = new (sparqljs().Parser)().parse(`${decl}\nSELECT * WHERE { VALUES ?v { ${text} } }`) as Query;
    const values = (q.where![0] as ValuesPattern).values[0]!['?v' as keyof (typeof q.where)];
    if (!values) throw new Error('no value');
    return values as unknown as RDF.Term;
  } catch {
    throw new ClaimgraphError('USAGE', `bad value for parameter ${name}: ${value} (use a prefixed name, <IRI>, a "literal" or an entity id)`, { query: queryName });
  }
}
