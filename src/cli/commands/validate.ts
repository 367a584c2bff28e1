/**
 * `claimgraph validate`: SHACL + anchor + hash + staleness checks on graph/claimgraph.ttl.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ERROR_CODES } from '../../errors.js';
import { serializeGraph, writeFileAtomic } from '../../graph/index.js';
import { formatReport, reportToQuads, validateProject } from '../../validate/index.js';
import { CommandExit, projectDir } from '../index.js';
import type { CliIO } from '../types.js';

/**
 * Registers `validate`.
 *
 * @example
 * ```ts
 * register(program, io); // claimgraph validate [--format text|json|turtle] [-o FILE]
 * ```
 */
export function register(program: Command, io: CliIO): void {
  program
    .command('validate')
    .summary('check the built graph (SHACL, anchors, hashes, staleness)')
    .description('check the built graph: SHACL shapes (ontology/shapes.ttl), every quote and sentence equals the article at its offsets, article hashes match, the graph is not stale; exits 20 on any violation')
    .option('-f, --format <format>', 'report format: text, json or turtle (a sh:ValidationReport)', 'text')
    .option('-o, --output <file>', 'write the report to FILE instead of stdout')
    .option('--no-stale', 'skip the comparison with a fresh build')
    .addHelpText('after', '\nExamples:\n  $ claimgraph validate\n  conforms: 0 violations, 0 warnings, 0 infos (2840 triples, ...)\n  $ claimgraph validate --format turtle -o report.ttl\n')
    .action(async (opts: { format: string; output?: string; stale: boolean }, cmd: Command) => {
      const dir = projectDir(cmd, io);
      const report = await validateProject(dir, { skipStale: !opts.stale });
      let text: string;
      if (opts.format === 'json') text = JSON.stringify(report, null, 2) + '\n';
      else if (opts.format === 'turtle') text = await serializeGraph(reportToQuads(report), 'turtle');
      else if (opts.format === 'text') text = formatReport(report);
      else throw new CommandExit(usage(io, `unknown --format ${opts.format} (expected text, json, turtle)`));
      if (opts.output) {
        writeFileAtomic(resolve(io.cwd, opts.output), text);
        io.stderr.write(formatReport(report).split('\n').filter(Boolean).pop() + '\n');
      } else io.stdout.write(text);
      if (!report.conforms) throw new CommandExit(ERROR_CODES.VALIDATION_FAILED);
    });
}

function usage(io: CliIO, msg: string): number {
  io.stderr.write(`error[USAGE]: ${msg}\n`);
  return ERROR_CODES.USAGE;
}
