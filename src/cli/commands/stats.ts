/**
 * `claimgraph stats`: counts of entities, claims and sentences of the built graph.
 */
import type { Command } from 'commander';
import { ClaimgraphError } from '../../errors.js';
import { formatStats, graphStats, loadGraphStore } from '../../graph/index.js';
import { formatReviewStats, reviewStats } from '../../suggest/review.js';
import type { ArticleReviewStats } from '../../suggest/types.js';
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
      const dir = projectDir(cmd, io);
      const stats = graphStats(await loadGraphStore(dir));
      // per article: sentences curated, proposed (claimgraph suggest), rejected, uncited
      let review: ArticleReviewStats[] | undefined;
      let reviewError: string | undefined;
      try {
        review = reviewStats(dir);
      } catch (err) {
        reviewError = err instanceof Error ? err.message : String(err);
      }
      if (opts.format === 'json') {
        io.stdout.write(JSON.stringify({ ...stats, review: review ?? null }, null, 2) + '\n');
      } else {
        io.stdout.write(formatStats(stats) + (review ? formatReviewStats(review) : `review counts unavailable: ${reviewError}\n`));
      }
    });
}
