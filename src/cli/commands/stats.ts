/**
 * `claimgraph stats`: counts of entities, claims and sentences of the built graph.
 */
import type { Command } from 'commander';
import { ClaimgraphError } from '../../errors.js';
import { formatStats, graphStats, loadGraphStore } from '../../graph/index.js';
import { projectDir } from '../index.js';
import type { CliIO } from '../types.js';

/**
 * Registers `stats`.
 *
 * @example
 * ```ts
 * register(program, io); // claimgraph stats [--format json]
 * ```
 */
export function register(program: Command, io: CliIO): void {
  program
    .command('stats')
    .summary('count entities, claims and cited sentences')
    .description('count entities (by class), claims (by polarity, modality, derivation), cited sentences, and list uncited body sentences')
    .option('-f, --format <format>', 'text or json', 'text')
    .addHelpText('after', '\nExamples:\n  $ claimgraph stats\n  $ claimgraph stats --format json | jq .claims.byPolarity\n')
    .action(async (opts: { format: string }, cmd: Command) => {
      if (opts.format !== 'text' && opts.format !== 'json') throw new ClaimgraphError('USAGE', `unknown --format ${JSON.stringify(opts.format)} (expected text, json)`);
      const stats = graphStats(await loadGraphStore(projectDir(cmd, io)));
      io.stdout.write(opts.format === 'json' ? JSON.stringify(stats, null, 2) + '\n' : formatStats(stats));
    });
}
