/**
 * `claimgraph push`: loads the built graph into a remote store (SPARQL 1.1 Graph Store
 * HTTP Protocol), see src/serve/push.ts.
 */
import { createRequire } from 'node:module';
import type { Command } from 'commander';
import { ClaimgraphError } from '../../errors.js';
import { DEFAULT_GRAPH_IRI } from '../../serve/types.js';
import { projectDir } from '../index.js';
import type { CliIO } from '../types.js';

/** The part of cli-progress used here (the package ships no types). */
interface ProgressBar {
  start(total: number, value: number): void;
  update(value: number): void;
  stop(): void;
}
interface CliProgress {
  SingleBar: new (opts: Record<string, unknown>, preset: unknown) => ProgressBar;
  Presets: { shades_classic: unknown };
}

interface PushCliOptions {
  endpoint: string;
  graph: string;
  user?: string;
  passwordEnv?: string;
  queryEndpoint?: string;
  updateEndpoint?: string;
  chunkSize: number;
  timeoutMs: number;
  json?: boolean;
}

/** The largest delay Node's timers honour (2^31-1 ms); a longer one fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Registers `push`.
 *
 * @example
 * ```ts
 * register(program, io); // claimgraph push --endpoint http://127.0.0.1:8890/sparql-graph-crud-auth --user u --password-env PW
 * ```
 */
export function register(program: Command, io: CliIO): void {
  program
    .command('push')
    .description('load the built graph into a named graph of a remote store: into a temporary graph (SPARQL 1.1 Graph Store Protocol), counted, then one MOVE replaces the target, which is never half-written')
    .requiredOption('--endpoint <url>', 'Graph Store Protocol URL (Virtuoso: http://HOST:PORT/sparql-graph-crud-auth)')
    .option('--graph <iri>', 'target named graph (replaced)', DEFAULT_GRAPH_IRI)
    .option('--user <name>', 'user for HTTP Digest or Basic authentication (the scheme the store asks for)')
    .option('--password-env <VAR>', 'name of the environment variable holding the password (never pass it on the command line)')
    .option('--query-endpoint <url>', 'SPARQL query endpoint for the triple counts (default: derived from --endpoint)')
    .option('--update-endpoint <url>', 'SPARQL 1.1 Update endpoint for the MOVE (default: derived from --endpoint; Virtuoso: /sparql-auth)')
    .option('--chunk-size <n>', 'triples per request into the temporary graph', (v: string) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new ClaimgraphError('USAGE', `--chunk-size needs a positive integer, got "${v}"`);
      return n;
    }, 20000)
    .option('--timeout-ms <n>', 'time limit of each request to the store (probes and counts: at most 15 s)', (v: string) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new ClaimgraphError('USAGE', `--timeout-ms needs a positive integer, got "${v}"`);
      if (n > MAX_TIMER_MS) throw new ClaimgraphError('USAGE', `--timeout-ms is at most ${MAX_TIMER_MS} (2^31-1 ms, about 24.8 days: the longest delay Node can wait), got ${v}`);
      return n;
    }, 120000)
    .option('--json', 'print the push report as JSON')
    .addHelpText('after', `
Example:
  $ export STORE_PASSWORD=...
  $ claimgraph push --endpoint http://127.0.0.1:8890/sparql-graph-crud-auth --user claimgraph --password-env STORE_PASSWORD
  pushed 2874 triples to <${DEFAULT_GRAPH_IRI}> in 1 request (digest auth); the store counts 2874

If the store fails or stops answering mid-push, the target graph keeps its old triples and the
error says what state the store is in.
  $ claimgraph query about --endpoint http://127.0.0.1:8890/sparql --graph ${DEFAULT_GRAPH_IRI}
`)
    .action(async (opts: PushCliOptions, cmd: Command) => {
      if (opts.user !== undefined && opts.passwordEnv === undefined) throw new ClaimgraphError('USAGE', '--user needs --password-env VAR (the variable holding the password)');
      if (opts.passwordEnv !== undefined && opts.user === undefined) throw new ClaimgraphError('USAGE', '--password-env needs --user');
      let password: string | undefined;
      if (opts.passwordEnv !== undefined) {
        password = io.env[opts.passwordEnv];
        if (password === undefined) throw new ClaimgraphError('USAGE', `environment variable ${opts.passwordEnv} (from --password-env) is not set`);
      }
      // a bar only on a terminal; logs and pipes get the one-line report alone
      let bar: ProgressBar | undefined;
      if (io.stderr.isTTY) {
        const cliProgress = createRequire(import.meta.url)('cli-progress') as CliProgress;
        bar = new cliProgress.SingleBar({ format: 'push [{bar}] {value}/{total} triples', stream: io.stderr, clearOnComplete: true }, cliProgress.Presets.shades_classic);
      }
      let started = false;
      try {
        // imported on use: the HTTP client stack is not needed by the other commands
        const { pushGraph } = await import('../../serve/index.js');
        const report = await pushGraph({
          dir: projectDir(cmd, io),
          endpoint: opts.endpoint,
          graph: opts.graph,
          chunkSize: opts.chunkSize,
          timeoutMs: opts.timeoutMs,
          ...(opts.user !== undefined ? { user: opts.user, password } : {}),
          ...(opts.queryEndpoint ? { queryEndpoint: opts.queryEndpoint } : {}),
          ...(opts.updateEndpoint ? { updateEndpoint: opts.updateEndpoint } : {}),
          onProgress: (sent, total) => {
            if (!bar) return;
            if (!started) {
              bar.start(total, 0);
              started = true;
            }
            bar.update(sent);
          },
        });
        bar?.stop();
        if (opts.json) {
          io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
          return;
        }
        io.stdout.write(`pushed ${report.triples} triples to <${report.graph}> in ${report.chunks} request${report.chunks === 1 ? '' : 's'} (${report.auth === 'none' ? 'no' : report.auth} auth); the store counts ${report.remoteTriples}\n`);
      } catch (err) {
        bar?.stop();
        throw err;
      }
    });
}
