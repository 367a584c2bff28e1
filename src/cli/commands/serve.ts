/**
 * `claimgraph serve`: the graph as a read-only SPARQL 1.1 endpoint (see src/serve).
 */
import type { Command } from 'commander';
import { ClaimgraphError } from '../../errors.js';
import { DEFAULT_CLAIM_BUDGET_MS } from '../../check/recheck-depth.js';
import { projectDir } from '../index.js';
import type { CliIO } from '../types.js';

/** The largest delay Node's timers honour (2^31-1 ms, about 24.8 days); a longer one fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

function intOption(name: string, min: number, max = Number.MAX_SAFE_INTEGER): (v: string) => number {
  return (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new ClaimgraphError('USAGE', `--${name} needs an integer >= ${min}, got "${v}"`);
    if (n > max) throw new ClaimgraphError('USAGE', `--${name} is at most ${max}${max === MAX_TIMER_MS ? ' (2^31-1 ms, about 24.8 days: the longest delay Node can wait)' : ''}, got ${v}`);
    return n;
  };
}

/**
 * Registers `serve`; the action runs until SIGINT or SIGTERM.
 *
 * @example
 * ```ts
 * register(program, io); // claimgraph serve --port 7878 --timeout-ms 10000
 * ```
 */
export function register(program: Command, io: CliIO): void {
  program
    .command('serve')
    .description('serve the graph as a read-only SPARQL 1.1 endpoint (/sparql), with a workbench in the browser at /')
    .option('--port <n>', 'TCP port (0 picks a free one)', intOption('port', 0, 65535), 7878)
    .option('--host <addr>', 'interface to bind; loopback unless told otherwise', '127.0.0.1')
    .option('--timeout-ms <n>', 'time budget of a request from its arrival (queueing included); past it: 503, and its worker is replaced', intOption('timeout-ms', 1, MAX_TIMER_MS), 30000)
    .option('--max-results <n>', 'largest number of rows / triples one query may return', intOption('max-results', 1), 100000)
    .option('--max-body-bytes <n>', 'largest accepted request body', intOption('max-body-bytes', 1), 1048576)
    .option('--max-query-chars <n>', 'longest accepted query text', intOption('max-query-chars', 1), 262144)
    .option('--max-query-depth <n>', 'deepest accepted nesting of { }, ( ) and [ ] in a query', intOption('max-query-depth', 1), 100)
    .option('--max-claim-chars <n>', 'longest claim /check accepts', intOption('max-claim-chars', 1), 1000)
    .option('--claim-budget-ms <n>', `time budget of one /check claim, ms of CPU time; past it: 503 CHECK_BUDGET (default ${DEFAULT_CLAIM_BUDGET_MS})`, intOption('claim-budget-ms', 1, MAX_TIMER_MS))
    .option('--workers <n>', 'query worker threads (each holds a copy of the graph)', intOption('workers', 1, 64), 2)
    .option('--spare-workers <n>', 'loaded workers kept in reserve to replace a stopped one at once', intOption('spare-workers', 0, 64), 1)
    .option('--store <kind>', 'store each worker holds the graph in: oxigraph, n3, auto (n3 below 4 MB of Turtle, else oxigraph) or index (the graph\'s persistent index, written by build: fast to start, small, slower on queries joining every claim)', 'oxigraph')
    .option('--answer-cache-mb <n>', 'memory for answers given before, per graph (a repeated query is a look-up; 0: off)', intOption('answer-cache-mb', 0, 65536), 64)
    .option('--fast-lane-ms <n>', 'a request running longer than this moves to the slow lane', intOption('fast-lane-ms', 1, MAX_TIMER_MS), 500)
    .option('--slow-lane-workers <n>', 'workers the slow lane may hold at once (default: workers - 1)', intOption('slow-lane-workers', 1, 64))
    .addHelpText('after', `
Routes (the workbench pages and /api/ are described in docs/workbench.md):
  GET  /                       workbench: query with citations (the named queries as examples)
  GET  /articles[/ID]          workbench: articles, an article with its claims highlighted
  GET  /entities/ID            workbench: an entity, its claims and its neighbourhood
  GET  /check?claim=...        workbench: a check's page in a browser (ClaimReview JSON-LD)
  GET  /api/...                the workbench's JSON APIs
  GET  /sparql?query=...       SPARQL 1.1 Protocol; POST application/sparql-query or form-encoded
  GET  /sparql                 service description (Turtle)
  GET  /queries, /queries/NAME named queries (?format=json|xml|csv|tsv|turtle|ntriples|jsonld)
  GET  /check?claim=...        fact check of one statement (JSON, to a non-browser client)
  GET  /health                 status, workers, queues (always answers)
Every request has a deadline counted from its arrival; expensive ones run in a lane of their
own, so cheap ones are answered meanwhile (docs/serve.md). Over budget: 503 or 429 with
Retry-After. A query answered before on the same graph is answered from memory, and identical
requests in progress share one run (Server-Timing: cache / shared). SIGINT / SIGTERM stop the server at once, whatever is running.
Log lines (JSON: method, path, status, ms) go to stderr.

Example:
  $ claimgraph serve --port 7878
  $ curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5' http://127.0.0.1:7878/sparql
`)
    .action(async (opts: ServeCliOptions, cmd: Command) => {
      if (!['oxigraph', 'n3', 'auto', 'index'].includes(opts.store)) throw new ClaimgraphError('USAGE', `--store ${opts.store}: expected oxigraph, n3, auto or index`);
      // imported on use: node:http and the worker pool are not needed by the other commands
      const { startServer } = await import('../../serve/index.js');
      const server = await startServer({
        dir: projectDir(cmd, io),
        port: opts.port,
        host: opts.host,
        timeoutMs: opts.timeoutMs,
        maxResults: opts.maxResults,
        maxBodyBytes: opts.maxBodyBytes,
        maxQueryChars: opts.maxQueryChars,
        maxQueryDepth: opts.maxQueryDepth,
        maxClaimChars: opts.maxClaimChars,
        ...(opts.claimBudgetMs !== undefined ? { claimBudgetMs: opts.claimBudgetMs } : {}),
        workers: opts.workers,
        spareWorkers: opts.spareWorkers,
        answerCacheBytes: opts.answerCacheMb * 1024 * 1024,
        storeKind: opts.store as 'oxigraph' | 'n3' | 'auto' | 'index',
        lanes: { fastBudgetMs: opts.fastLaneMs, ...(opts.slowLaneWorkers ? { maxSlowRunning: opts.slowLaneWorkers } : {}) },
        warmWorkbench: true,
        log: (e) => void io.stderr.write(`${JSON.stringify(e)}\n`),
      });
      io.stdout.write(`claimgraph serve: ${server.triples} triples at ${server.endpoint} (workbench ${server.url}); Ctrl-C stops\n`);
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          // a second signal ends the process at once; not the copy of the first that arrives
          // with it (Ctrl-C reaches bin/claimgraph.js's hand-over too, which forwards it)
          const first = performance.now();
          const now = (): void => {
            if (performance.now() - first > 500) process.exit(130);
          };
          process.on('SIGINT', now);
          process.on('SIGTERM', now);
          resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      // closing terminates the workers whatever they run; should anything still hold the
      // process after that, it does not hold it for long
      setTimeout(() => process.exit(0), 3000).unref();
      await server.close();
    });
}

interface ServeCliOptions {
  port: number;
  host: string;
  timeoutMs: number;
  maxResults: number;
  maxBodyBytes: number;
  maxQueryChars: number;
  maxQueryDepth: number;
  maxClaimChars: number;
  claimBudgetMs?: number;
  workers: number;
  spareWorkers: number;
  answerCacheMb: number;
  store: string;
  fastLaneMs: number;
  slowLaneWorkers?: number;
}
