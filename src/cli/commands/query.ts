/**
 * `claimgraph query NAME | FILE.rq | -e SPARQL`: runs a query on the built graph (or a remote
 * endpoint) and prints the result, optionally with the claims and sentences behind each row.
 *
 * Default format: an aligned table when stdout is a terminal, SPARQL 1.1 JSON otherwise
 * (Turtle for CONSTRUCT/DESCRIBE), so pipes always get a standard, lossless format.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { ClaimgraphError } from '../../errors.js';
import { projectDir } from '../index.js';
import type { CliIO } from '../types.js';
import { startTimeLimit } from '../time-limit.js';
import type { OnceAnswer, OnceRequest, ResultFormat } from '../../query/index.js';
import { leaveWorkBehind } from '../left-behind.js';
import { writePieces } from '../write.js';

const FORMATS: ResultFormat[] = ['table', 'json', 'csv', 'tsv', 'xml', 'turtle', 'ntriples'];

/** Default of `--timeout`: long enough for the heaviest named query on a 1M-triple corpus many times over. */
const DEFAULT_TIMEOUT_MS = 120_000;
/** Default of `--max-memory-mb`: the 1M corpus in Oxigraph with --cite stays well under it. */
const DEFAULT_MAX_MEMORY_MB = 4096;

interface QueryOptions {
  timeout: number;
  maxMemoryMb: number;
  execute?: string;
  format?: string;
  cite?: boolean;
  endpoint?: string;
  graph?: string;
  param: string[];
  list?: boolean;
  store?: string;
  ontology: boolean;
}

/**
 * Registers `claimgraph query`.
 *
 * @example
 * ```ts
 * register(program, io); // then: claimgraph query members-of --param org=acme --cite
 * ```
 */
/**
 * Whether a query argument is SPARQL text rather than a name or file: it opens (after comments)
 * with a prologue or query form keyword followed by more text.
 *
 * @example
 * ```ts
 * looksLikeSparql('SELECT * WHERE { ?s ?p ?o }'); // true
 * looksLikeSparql('members-of'); // false
 * ```
 */
export function looksLikeSparql(arg: string): boolean {
  return /^\s*(?:#[^\n]*\n\s*)*(?:PREFIX|BASE|SELECT|ASK|CONSTRUCT|DESCRIBE)\s/i.test(arg);
}

export function register(program: Command, io: CliIO): void {
  program
    .command('query')
    .description('run a named query, a .rq file or inline SPARQL on the built graph (or a remote endpoint)')
    .argument('[query]', 'named query (queries/NAME.rq), path to a .rq file, or SPARQL text (as with -e)')
    .option('-e, --execute <sparql>', 'inline SPARQL query text')
    .option('-f, --format <format>', `output format: ${FORMATS.join('|')} (default: table on a terminal, json in a pipe; turtle for graphs)`)
    .option('--cite', 'attach to each row the claims and source sentences (id, offsets, text) behind it')
    .option('--endpoint <url>', 'run on a remote SPARQL 1.1 endpoint instead of graph/claimgraph.ttl')
    .option('--graph <iri>', 'with --endpoint: the named graph to use as default graph')
    .option('-p, --param <name=value>', 'set a query parameter (repeatable), e.g. org=cgr:acme or org=acme', collect, [])
    .option('--store <kind>', 'store for the built graph: auto (its index when current, else Oxigraph from 4 MB of Turtle, else n3), index, n3 or oxigraph; default $CLAIMGRAPH_STORE or auto')
    .option('--no-ontology', 'query the built graph alone, without the classes and properties of ontology/claimgraph.ttl (queried with the data by default)')
    .option('-l, --list', 'list the named queries with their titles')
    .option('--timeout <ms>', 'stop the query (loading the graph included) after this many ms; exit code 33', limitOption('timeout', 2 ** 31 - 1), DEFAULT_TIMEOUT_MS)
    .option('--max-memory-mb <n>', 'stop the query when it has taken this much memory (resident, beyond what the process held at its start)', limitOption('max-memory-mb', 1024 * 1024), DEFAULT_MAX_MEMORY_MB)
    .addHelpText(
      'after',
      `
Examples:
  $ claimgraph query negative-claims --cite
  $ claimgraph query members-of --param org=acme --format csv
  $ claimgraph query -e 'SELECT ?c WHERE { ?c a cg:Claim }' --cite --format json
  $ claimgraph query about --endpoint http://localhost:8890/sparql --graph https://w3id.org/claimgraph/graph

Standard prefixes (cg, cgr, cga, cgc, rdf, rdfs, owl, xsd, skos, prov, nif, schema, dcterms) are
predeclared for inline queries. With --cite, JSON output carries a top-level "citations" array
parallel to results.bindings (one array of {claim, polarity, modality, via, sentences[]} per row);
CSV/TSV get a last "citations" column; the table prints citation lines under each row.`,
    )
    .action(async (name: string | undefined, opts: QueryOptions, cmd: Command) => {
      // the query library (parser, engines' front, citations) is loaded when a query runs, not
      // at every command's start (imported statically, it was loaded and run at the start of `claimgraph check` too)
      const [{
        answerHedged, answerRequest, applyQueryParams, formatChunks, iriContext, listNamedQueries, loadQueryGraph,
        ontologyQuads, parseQuery, resolveNamedQuery, storeKind, QUERY_PREFIXES,
      }, { isIndexGraph }] = await Promise.all([import('../../query/index.js'), import('../../index-store/index.js')]);
      const dir = projectDir(cmd, io);
      if (opts.list) {
        for (const n of listNamedQueries(dir)) io.stdout.write(`${n}\t${resolveNamedQuery(dir, n).title}\n`);
        return;
      }
      // SPARQL text given where a name goes (`claimgraph query 'SELECT ...'`) is run as if given
      // with -e: no query name or file can start with a query form keyword and hold spaces.
      if (name && !opts.execute && looksLikeSparql(name) && !existsSync(resolve(io.cwd, name))) {
        opts.execute = name;
        name = undefined;
      }
      if (!!name === !!opts.execute) {
        throw new ClaimgraphError('USAGE', 'give either a query name/file or -e SPARQL (one of them)');
      }
      if (opts.graph && !opts.endpoint) throw new ClaimgraphError('USAGE', '--graph needs --endpoint');
      const store = storeKind(opts.store, io.env);
      if (opts.format && !FORMATS.includes(opts.format as ResultFormat)) {
        throw new ClaimgraphError('USAGE', `unknown format ${opts.format}; use one of ${FORMATS.join(', ')}`);
      }

      let text: string;
      let queryName: string;
      let file: string | undefined;
      let description = '';
      const params = parseParams(opts.param);
      if (opts.execute) {
        text = opts.execute;
        queryName = '-e';
        if (Object.keys(params).length) throw new ClaimgraphError('USAGE', '--param applies to named queries and files, not to -e');
      } else {
        const named = resolveNamedQuery(dir, name!, io.cwd);
        queryName = named.name;
        file = named.file;
        description = named.description;
        text = applyQueryParams(named, params).sparql;
      }
      // a runaway query (or parse) is stopped, whether it yields to this thread or not (src/cli/time-limit.ts)
      let answer: OnceAnswer;
      let prefixes: Record<string, string>;
      const limit = startTimeLimit({ timeoutMs: opts.timeout, maxMemoryMb: opts.maxMemoryMb, what: `the query ${queryName}` });
      try {
        // Inline queries get the project prefixes predeclared: written into the query's text as
        // one PREFIX line before it, so the engines read the query as the user wrote it.
        const ast = parseQuery(text, { name: queryName, file, prefixes: opts.execute ? QUERY_PREFIXES : undefined });

        const notice = (m: string) => io.stderr.write(`note: ${m}\n`);
        // the ontology's quads as parsed: --cite reads three axiom patterns from them, no store needed
        const ontology = () => ontologyQuads(dir);
        const req: OnceRequest = { text, name: queryName, file, prefixes: opts.execute ? QUERY_PREFIXES : undefined, asWritten: !opts.execute, cite: !!opts.cite };
        // A large graph's index when current, hedged with the Turtle loaded in a worker thread
        // (`answerHedged`), unless a store was asked for: then that store, as it is. The limit
        // covers the whole (the worker's load included).
        answer = await limit.race(
          opts.endpoint
            ? answerRequest({ endpoint: opts.endpoint, graph: opts.graph }, req, ontology, false, ast)
            : loadQueryGraph(dir, { store, use: 'once', notice, ontology: opts.ontology }).then(async (graph) =>
                store === 'auto' && isIndexGraph(graph)
                  ? hedged(await answerHedged(dir, graph, req, { ast, ontology, notice, afterMs: hedgeAfter(io.env) }))
                  : answerRequest(graph, req, ontology, false, ast),
              ),
        );
        prefixes = iriContext(ast).prefixes;
      } finally {
        limit.stop();
      }
      // Written after the limit: the answer is complete, and a slow reader (`| less`) is not a
      // runaway query. Pieces go out as the reader takes them (src/cli/write.ts).
      const { result, citations } = answer;
      const format = (opts.format as ResultFormat | undefined) ?? (result.type === 'quads' ? 'turtle' : io.stdout.isTTY ? 'table' : 'json');
      await writePieces(io.stdout, formatChunks(result, format, { citations, prefixes }));
      // a yes/no answer has no row or triple to cite: say so rather than look cited
      if (opts.cite && result.type === 'boolean') {
        io.stderr.write('note: --cite: an ASK answer is not cited (it has no rows or triples); run the query as SELECT * to see and cite the solutions behind it\n');
      }
      // an empty answer on a terminal is easy to take for a failure: say what the query asks
      if (format === 'table' && result.type === 'bindings' && result.rows.length === 0 && description) {
        const where = file ? relative(io.cwd, file) || file : `${queryName}.rq`;
        io.stderr.write(`note: no rows: that is this graph's answer, not an error. ${queryName} asks:\n  ${description.replace(/\s+/g, ' ').trim()}\n  (the comments of ${where} say more)\n`);
      }
    });
}

/** A hedged answer; its slower side, when left running, is not waited for at exit. */
function hedged(h: { answer: OnceAnswer; leftRunning: boolean }): OnceAnswer {
  if (h.leftRunning) leaveWorkBehind();
  return h.answer;
}

/** `CLAIMGRAPH_HEDGE_AFTER_MS`: the CPU time a query runs over the index alone before the graph is also loaded, in a worker thread. */
function hedgeAfter(env: Record<string, string | undefined>): number | undefined {
  const v = env.CLAIMGRAPH_HEDGE_AFTER_MS;
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new ClaimgraphError('USAGE', `CLAIMGRAPH_HEDGE_AFTER_MS=${v}: expected a number of milliseconds`);
  return n;
}

function limitOption(name: string, max: number): (v: string) => number {
  return (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new ClaimgraphError('USAGE', `--${name} needs a positive integer, got "${v}"`);
    if (n > max) throw new ClaimgraphError('USAGE', `--${name} is at most ${max}${name === 'timeout' ? ' (2^31-1 ms, about 24.8 days: the longest delay Node can wait)' : ''}, got ${v}`);
    return n;
  };
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseParams(list: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of list) {
    const m = /^\??([A-Za-z_][A-Za-z0-9_]*)=(.+)$/.exec(item);
    if (!m) throw new ClaimgraphError('USAGE', `bad --param ${item}; expected name=value`);
    out[m[1]!] = m[2]!;
  }
  return out;
}
