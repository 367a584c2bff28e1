/**
 * SPARQL parsing with positioned errors.
 *
 * Comunica's own parse errors carry no usable position, so every query is parsed with
 * sparqljs first; its jison location points at the last token it accepted, and the offending
 * token is the next non-blank character after it.
 */
import type { SparqlQuery } from 'sparqljs';
import sparqljsPackage from 'sparqljs/package.json' with { type: 'json' };
import { ClaimgraphError } from '../errors.js';
import { cachedParse, reviveTerms } from './cache.js';
import { sparqljs } from './sparqljs.js';

/** A parse error position, 1-based. */
export interface QueryPosition {
  line: number;
  column: number;
}

interface JisonHash {
  text?: string;
  token?: string;
  loc?: { first_line: number; last_line: number; first_column: number; last_column: number };
}

/**
 * Parses a SPARQL query or update with sparqljs; a syntax error becomes
 * `ClaimgraphError('QUERY_SYNTAX')` with the line and column (1-based) of the offending token.
 * `prefixes` are predeclared (the query may still override them). Syntax trees of texts parsed
 * before come from the query cache (src/query/cache.ts): sparqljs is not even loaded then.
 *
 * @example
 * ```ts
 * const ast = parseSparql('SELECT * WHERE { ?s ?p ?o }', { name: 'ad-hoc' });
 * ```
 */
export function parseSparql(sparql: string, opts: { name?: string; file?: string; baseIRI?: string; prefixes?: Record<string, string> } = {}): SparqlQuery {
  const key = ['sparqljs', sparqljsPackage.version, opts.baseIRI ?? null, opts.prefixes ?? null];
  return cachedParse('ast', key, sparql, () => parseUncached(sparql, opts), (json) => reviveTerms(json) as SparqlQuery).value;
}

function parseUncached(sparql: string, opts: { name?: string; file?: string; baseIRI?: string; prefixes?: Record<string, string> }): SparqlQuery {
  try {
    const { Parser } = sparqljs();
    return new Parser({ baseIRI: opts.baseIRI, prefixes: opts.prefixes ? { ...opts.prefixes } : undefined }).parse(sparql);
  } catch (err) {
    const e = err as Error & { hash?: JisonHash };
    const pos = errorPosition(sparql, e);
    const detail = summarise(e, sparql, pos);
    throw new ClaimgraphError(
      'QUERY_SYNTAX',
      `SPARQL syntax error: ${detail}`,
      { file: opts.file, line: pos?.line, column: pos?.column, query: opts.name },
      { cause: err },
    );
  }
}

/**
 * Where a sparqljs error happened, 1-based; undefined when nothing points anywhere.
 *
 * @example
 * ```ts
 * errorPosition('SELECT * {\n ?s ?p }', err); // { line: 2, column: 8 }
 * ```
 */
export function errorPosition(sparql: string, err: Error & { hash?: JisonHash }): QueryPosition | undefined {
  const loc = err.hash?.loc;
  if (loc) {
    const lines = sparql.split('\n');
    let line = loc.last_line - 1;
    let col = loc.last_column;
    // An error at the very first token has no accepted token before it.
    if (loc.first_line === 1 && loc.last_column === 0 && loc.first_column === 0) col = 0;
    while (line < lines.length) {
      const text = lines[line] ?? '';
      while (col < text.length && /\s/.test(text[col]!)) col++;
      if (col < text.length) {
        if (text[col] === '#') { line++; col = 0; continue; }
        return { line: line + 1, column: col + 1 };
      }
      line++;
      col = 0;
    }
    const last = lines.length;
    return { line: last, column: (lines[last - 1] ?? '').length + 1 };
  }
  // Errors raised outside the grammar (unknown prefix...) name the culprit: find it in the text.
  const prefix = /Unknown prefix: (\S*)/.exec(err.message);
  if (prefix) return findText(sparql, new RegExp(`(^|[\\s(/^|!,;{])(${escapeRe(prefix[1]!)}:)`), 2);
  return undefined;
}

function findText(sparql: string, re: RegExp, group: number): QueryPosition | undefined {
  const lines = sparql.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*#/.test(line)) continue;
    const m = re.exec(line);
    if (m) return { line: i + 1, column: m.index + m[0].length - m[group]!.length + 1 };
  }
  return undefined;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function summarise(err: Error & { hash?: JisonHash }, sparql: string, pos: QueryPosition | undefined): string {
  const hash = err.hash;
  if (!hash?.loc) return err.message.split('\n')[0]!;
  const got = hash.token === 'INVALID' ? `invalid text ${JSON.stringify(hash.text)}` : hash.token === 'EOF' ? 'end of query' : `'${hash.text ?? hash.token}'`;
  const lineText = pos ? (sparql.split('\n')[pos.line - 1] ?? '') : '';
  const caret = pos ? `\n  ${lineText}\n  ${' '.repeat(pos.column - 1)}^` : '';
  return `unexpected ${got}${caret}`;
}
