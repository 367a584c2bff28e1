/**
 * `claimgraph build`: claims + sources -> graph/claimgraph.ttl (deterministic, atomic).
 */
import type { Command } from 'commander';
import { buildToFile } from '../../graph/index.js';
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
    .description('compile ontology, entities, articles and claims into graph/claimgraph.ttl (deterministic; written atomically, untouched on error)')
    .option('--json', 'print the build summary as JSON')
    .addHelpText('after', '\nExample:\n  $ claimgraph build\n  built graph/claimgraph.ttl: 2840 triples, 1 article, 107 claims, 11 group claims\n')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const summary = await buildToFile(projectDir(cmd, io));
      if (opts.json) {
        io.stdout.write(JSON.stringify(summary, null, 2) + '\n');
        return;
      }
      const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
      io.stdout.write(
        `${summary.changed ? 'built' : 'up to date:'} ${summary.file}: ${plural(summary.triples, 'triple')}, ` +
        `${plural(summary.articles, 'article')}, ${plural(summary.claims, 'claim')}, ${plural(summary.groupClaims, 'group claim')}\n`,
      );
    });
}
