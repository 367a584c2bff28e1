/**
 * `claimgraph serve`: the graph as a read-only SPARQL 1.1 endpoint (see src/serve).
 */
import type { Command } from 'commander';
import { ClaimgraphError } from '../../errors.js';
import { projectDir } from '../index.js';
import type { CliIO } from '../types.js';

function intOption(name: string, min: number): (v: string) => number {
  return (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new ClaimgraphError('USAGE', `--${name} needs an integer >= ${min}, got "${v}"`);
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
    .option('--port <n>', 'TCP port (0 picks a free one)', intOption('port', 0), 7878)
    .option('--host <addr>', 'interface to bind; loopback unless told otherwise', '127.0.0.1')
    .option('--timeout-ms <n>', 'per-query time limit; the query is stopped after it', intOption('timeout-ms', 1), 30000)
    .option('--max-results <n>', 'largest number of rows / triples one query may return', intOption('max-results', 1), 100000)
    .option('--max-body-bytes <n>', 'largest accepted request body', intOption('max-body-bytes', 1), 1048576)
    .option('--workers <n>', 'query worker threads (each holds a copy of the graph)', intOption('workers', 1), 2)
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
  GET  /health
Log lines (JSON: method, path, status, ms) go to stderr.

Example:
  $ claimgraph serve --port 7878
  $ curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5' http://127.0.0.1:7878/sparql
`)
    .action(async (opts: { port: number; host: string; timeoutMs: number; maxResults: number; maxBodyBytes: number; workers: number }, cmd: Command) => {
      // imported on use: node:http and the worker pool are not needed by the other commands
      const { startServer } = await import('../../serve/index.js');
      const server = await startServer({
        dir: projectDir(cmd, io),
        port: opts.port,
        host: opts.host,
        timeoutMs: opts.timeoutMs,
        maxResults: opts.maxResults,
        maxBodyBytes: opts.maxBodyBytes,
        workers: opts.workers,
        warmWorkbench: true,
        log: (e) => void io.stderr.write(`${JSON.stringify(e)}\n`),
      });
      io.stdout.write(`claimgraph serve: ${server.triples} triples at ${server.endpoint} (workbench ${server.url}); Ctrl-C stops\n`);
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      await server.close();
    });
}
