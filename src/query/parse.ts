/**
 * SPARQL parsing with positioned errors, and the text a parsed query is run as.
 *
 * Queries are parsed with traqula (src/query/traqula.ts), the parser Comunica itself uses, with
 * full position tracking: a syntax tree gives back the exact text it was parsed from, so a query
 * reaches the engines as the user wrote it. A tree claimgraph changed (a citation plan, a rewrite
 * for Oxigraph, a dataset added for an endpoint) is written out whole by traqula's generator,
 * whose output parses back to the same algebra for every query of the W3C suites
 * (tests/query/roundtrip.test.ts).
 */
import parserPackage from '@traqula/parser-sparql-1-2/package.json' with { type: 'json' };
import type { Query, SparqlQuery } from '@traqula/rules-sparql-1-2';
import { beforeBlocking } from '../blocking.js';
import { ClaimgraphError } from '../errors.js';
import { cachedParse } from './cache.js';
import { astFactory, sparqlGenerator, sparqlParser } from './traqula.js';

/** A parse error position, 1-based. */
export interface QueryPosition {
  line: number;
  column: number;
}

/** Options of {@link parseSparql}. */
export interface ParseOptions {
  /** Query name, for error locations. */
  name?: string;
  /** File the query comes from, for error locations. */
  file?: string;
  baseIRI?: string;
  /**
   * Prefixes declared for the query (the query may still redeclare them): they are written
   * into its text as one `PREFIX` line before it, so every engine reads the same query.
   */
  prefixes?: Record<string, string>;
}

/**
 * Parses a SPARQL query or update; a syntax error becomes `ClaimgraphError('QUERY_SYNTAX')` with
 * the line and column (1-based, in the text given) of the offending token. The tree is frozen
 * and may be shared: trees of texts parsed before come from the query cache
 * (src/query/cache.ts), and the parser is not even built then.
 *
 * @example
 * ```ts
 * const ast = parseSparql('SELECT * WHERE { ?s ?p ?o }', { name: 'ad-hoc' });
 * queryText(ast); // 'SELECT * WHERE { ?s ?p ?o }'
 * ```
 */
export function parseSparql(sparql: string, opts: ParseOptions = {}): SparqlQuery {
  const prologue = prefixPrologue(opts.prefixes);
  const text = prologue + sparql;
  const key = ['traqula', parserPackage.version, opts.baseIRI ?? null];
  const parse = () => {
    // not in the cache: the parser runs, without yielding (it slows steeply with nesting depth)
    beforeBlocking();
    try {
      return sparqlParser().parse(text, opts.baseIRI ? { baseIRI: opts.baseIRI } : {});
    } catch (err) {
      throw syntaxError(sparql, prologue, err, opts);
    }
  };
  const { value } = cachedParse('ast', key, text, parse, (json) => json as SparqlQuery);
  deepFreeze(value);
  sources.set(value, text);
  return value;
}

/**
 * Builds the parser now (a good part of a second, once per process), so that the first query a
 * server parses in its request thread does not stall it.
 *
 * @example
 * ```ts
 * warmQueryParser(); // at server start
 * ```
 */
export function warmQueryParser(): void {
  sparqlParser().parse('ASK {}');
}

// The text each parsed tree came from. A tree made by changing a copy of one is not in here, so
// its text is generated: no edit can be run as the original text by mistake.
const sources = new WeakMap<object, string>();

/** One line declaring the prefixes, or nothing; a line of its own keeps columns as written. */
function prefixPrologue(prefixes: Record<string, string> | undefined): string {
  if (!prefixes) return '';
  const decls = Object.entries(prefixes).map(([p, iri]) => `PREFIX ${p}: <${iri}>`);
  return decls.length ? `${decls.join(' ')}\n` : '';
}

/**
 * The text a query runs as: the exact text it was parsed from (with any predeclared prefixes),
 * or, for a tree built or changed in code, the generator's writing of it.
 *
 * @example
 * ```ts
 * queryText(parseSparql('ASK {}')); // 'ASK {}'
 * ```
 */
export function queryText(ast: SparqlQuery): string {
  return sources.get(ast) ?? generateQuery(ast);
}

/**
 * Writes a syntax tree as SPARQL text with traqula's generator, every node regenerated (none
 * copied from a source text).
 *
 * @example
 * ```ts
 * generateQuery(parseSparql('SELECT * { ?s ?p +5 }')); // 'SELECT * WHERE {\n  ?s ?p "+5"^^<…#integer> .\n}'
 * ```
 */
export function generateQuery(ast: SparqlQuery | Query): string {
  return sparqlGenerator().generate(astFactory().forcedAutoGenTree(ast as object));
}

function deepFreeze<T>(node: T): T {
  if (!node || typeof node !== 'object' || Object.isFrozen(node)) return node;
  Object.freeze(node);
  for (const v of Object.values(node)) deepFreeze(v);
  return node;
}

/**
 * Where a traqula error happened, 1-based, in the text given (without a predeclared prologue);
 * undefined when nothing points anywhere.
 *
 * @example
 * ```ts
 * errorPosition('SELECT * {\n ?s ?p }', err); // { line: 2, column: 8 }
 * ```
 */
export function errorPosition(sparql: string, err: Error, prologue = ''): QueryPosition | undefined {
  const msg = err.message;
  // a prologue is one line of its own (prefixPrologue)
  const caret = /^Parse error on line (\d+)\n[^\n]*\n(-*)\^/.exec(msg);
  if (caret) return { line: Number(caret[1]) - (prologue ? 1 : 0), column: caret[2]!.length + 1 };
  const lexer = /at offset: (\d+)/.exec(msg);
  if (lexer) return offsetPosition(sparql, Number(lexer[1]) - prologue.length);
  if (/but found --> '' <--|but found: ''$/.test(msg)) return endPosition(sparql);
  // Errors raised outside the grammar (unknown prefix...) name the culprit: find it in the text.
  const prefix = /Unknown prefix: (\S*)/.exec(msg);
  if (prefix) return findText(sparql, new RegExp(`(^|[\\s(/^|!,;{\\[])(${escapeRe(prefix[1]!)}:)`), 2);
  return undefined;
}

function offsetPosition(sparql: string, offset: number): QueryPosition {
  const before = sparql.slice(0, Math.max(0, offset)).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

function endPosition(sparql: string): QueryPosition {
  const lines = sparql.split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
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

function syntaxError(sparql: string, prologue: string, err: unknown, opts: ParseOptions): ClaimgraphError {
  const loc = { file: opts.file, query: opts.name };
  if (err instanceof RangeError) {
    // Chevrotain's descent recurses once per nesting level: ~190 levels of { } on Node's
    // default stack. Comunica's parser is the same one, and Oxigraph's traps well before 1,000.
    return new ClaimgraphError('QUERY_SYNTAX', 'SPARQL syntax error: the query is nested too deeply to parse (groups or parentheses nested some hundreds of levels)', loc, { cause: err });
  }
  const e = err instanceof Error ? err : new Error(String(err));
  const pos = errorPosition(sparql, e, prologue);
  return new ClaimgraphError('QUERY_SYNTAX', `SPARQL syntax error: ${summarise(e.message, sparql, pos)}`, { ...loc, line: pos?.line, column: pos?.column }, { cause: err });
}

function summarise(msg: string, sparql: string, pos: QueryPosition | undefined): string {
  let what: string;
  const found = /but found: (.*)$/m.exec(msg) ?? /but found --> (.*) <--/.exec(msg);
  const lexer = /^unexpected character: ->(.)<-/.exec(msg);
  if (found) {
    const token = found[1]!.trim();
    what = token === "''" || token === '' ? 'unexpected end of query' : `unexpected ${/^'.*'$/.test(token) ? token : `'${token}'`}`;
    if (/Redundant input/.test(msg)) what += ' after the end of the query';
  } else if (lexer && pos) {
    const rest = (sparql.split('\n')[pos.line - 1] ?? '').slice(pos.column - 1);
    what = `unexpected invalid text ${JSON.stringify(rest.slice(0, 30))}`;
  } else {
    what = msg.split('\n')[0]!;
  }
  if (!pos) return what;
  const lineText = sparql.split('\n')[pos.line - 1] ?? '';
  return `${what}\n  ${lineText}\n  ${' '.repeat(pos.column - 1)}^`;
}
