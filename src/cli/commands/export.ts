/**
 * `claimgraph export`: the built graph in another RDF syntax.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ClaimgraphError } from '../../errors.js';
import { EXPORT_FORMATS, loadGraphStore, serializeGraph, writeFileAtomic, type ExportFormat } from '../../graph/index.js';
import { projectDir } from '../index.js';
import type { CliIO } from '../types.js';

/**
 * Registers `export`.
 *
 * @example
 * ```ts
 * register(program, io); // claimgraph export --format jsonld -o graph.jsonld
 * ```
 */
export function register(program: Command, io: CliIO): void {
  program
    .command('export')
    .summary('write the built graph as Turtle, N-Triples, N-Quads, TriG or JSON-LD')
    .description(`write the built graph as ${EXPORT_FORMATS.join(', ')} (deterministic; nquads/trig put it in the named graph <https://w3id.org/claimgraph/graph>)`)
    .option('-f, --format <format>', `one of ${EXPORT_FORMATS.join(', ')}`, 'turtle')
    .option('-o, --output <file>', 'write to FILE (atomically) instead of stdout')
    .addHelpText('after', '\nExamples:\n  $ claimgraph export --format ntriples > graph.nt\n  $ claimgraph export --format jsonld -o graph.jsonld\n')
    .action(async (opts: { format: string; output?: string }, cmd: Command) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(opts.format)) {
        throw new ClaimgraphError('USAGE', `unknown --format ${JSON.stringify(opts.format)} (expected ${EXPORT_FORMATS.join(', ')})`);
      }
      const store = await loadGraphStore(projectDir(cmd, io));
      const text = await serializeGraph(store.getQuads(null, null, null, null), opts.format as ExportFormat);
      if (opts.output) {
        writeFileAtomic(resolve(io.cwd, opts.output), text);
        io.stderr.write(`wrote ${opts.output} (${opts.format}, ${store.size} triples)\n`);
      } else io.stdout.write(text);
    });
}
