/**
 * `claimgraph build`: claims + sources -> graph/claimgraph.ttl (deterministic, atomic).
 */
import type { Command } from 'commander';
import { ClaimgraphError } from '../../errors.js';
import { buildCorpus } from '../../corpus/build.js';
import { buildProgressBar } from '../../corpus/progress.js';
import { INDEX_FILE } from '../../index-store/index.js';
import { projectDir } from '../index.js';
import type { CliIO } from '../types.js';

/**
 * Registers `build`.
 *
 * @example
 * ```ts
 * register(program, io); // claimgraph build [--json]
 * ```
 */
export function register(program: Command, io: CliIO): void {
  program
    .command('build')
    .summary('compile the claims into graph/claimgraph.ttl')
    .description('compile ontology, entities, articles and claims into graph/claimgraph.ttl (deterministic; written atomically, untouched on error)')
    .option('--json', 'print the build summary as JSON')
    .option('--clean', 'ignore the build cache (.claimgraph-cache/) and compile every article again')
    .option('--jobs <n>', 'worker threads compiling articles (default: the CPU count on large corpora)', (v: string) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new ClaimgraphError('USAGE', `--jobs needs a positive integer, got "${v}"`);
      return n;
    })
    .addHelpText('after', '\nExamples:\n  $ claimgraph build\n  built graph/claimgraph.ttl: 2874 triples, 1 article, 108 claims, 11 group claims\n  $ claimgraph --dir ../other-project build --json\n')
    .action(async (opts: { json?: boolean; clean?: boolean; jobs?: number }, cmd: Command) => {
      // Incremental and streaming (src/corpus): unchanged articles come from the cache, memory
      // stays bounded by the largest article; the bytes are those of the in-memory build.
      const bar = opts.json ? undefined : buildProgressBar(io.stderr);
      let summary;
      try {
        summary = await buildCorpus(projectDir(cmd, io), { clean: opts.clean, jobs: opts.jobs, onProgress: bar?.onProgress });
      } finally {
        bar?.stop();
      }
      if (opts.json) {
        io.stdout.write(JSON.stringify(summary, null, 2) + '\n');
        return;
      }
      const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
      io.stdout.write(
        `${summary.changed ? 'built' : 'up to date:'} ${summary.file}: ${plural(summary.triples, 'triple')}, ` +
        `${plural(summary.articles, 'article')}, ${plural(summary.claims, 'claim')}, ${plural(summary.groupClaims, 'group claim')}\n`,
      );
      // the graph's index (src/index-store) is kept quietly; said when it replaced an unusable
      // one or could not be written (--json has it in `index`)
      const { index } = summary;
      if (index.from === 'failed') io.stderr.write(`warning: the graph's index was not written (${index.error}); queries read the Turtle until the next build\n`);
      else if (index.written && index.previous) io.stderr.write(`note: rewrote ${INDEX_FILE}: ${index.previous}\n`);
    });
}
