/**
 * The `claimgraph` command line: a thin layer over the library API in `src/index.ts`.
 *
 * Each command lives in `commands/NAME.ts` and exports `register(program, io)`.
 *
 * @example
 * ```ts
 * import { runCli } from 'claimgraph/cli';
 * const out: string[] = [];
 * const code = await runCli(['stats'], { cwd: process.cwd(), stdout: { write: (s) => out.push(String(s)) },
 *   stderr: process.stderr, env: process.env });
 * ```
 */
import { Command, CommanderError } from 'commander';
import { ClaimgraphError, exitCodeOf, ERROR_CODES } from '../errors.js';
import type { CliIO } from './types.js';
import { register as registerBuild } from './commands/build.js';
import { register as registerValidate } from './commands/validate.js';
import { register as registerQuery } from './commands/query.js';
import { register as registerExport } from './commands/export.js';
import { register as registerStats } from './commands/stats.js';
import { register as registerCheck } from './commands/check.js';
import { register as registerServe } from './commands/serve.js';
import { register as registerPush } from './commands/push.js';
import { register as registerCorpus } from './commands/corpus.js';
import { register as registerSuggest } from './commands/suggest.js';

export type { CliIO, CliResult } from './types.js';

/**
 * Builds the commander program with every command registered, writing through `io`.
 *
 * @example
 * ```ts
 * const program = createProgram(io);
 * await program.parseAsync(['node', 'claimgraph', 'validate']);
 * ```
 */
export function createProgram(io: CliIO): Command {
  const program = new Command();
  program
    .name('claimgraph')
    .description('A knowledge graph with claim provenance: every statement points back to the sentence that says it.')
    .version('0.1.0')
    .option('-C, --dir <path>', 'project directory holding ontology/, graph/ and queries/', io.cwd)
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
    });
  registerBuild(program, io);
  registerValidate(program, io);
  registerQuery(program, io);
  registerExport(program, io);
  registerStats(program, io);
  registerCheck(program, io);
  registerServe(program, io);
  registerPush(program, io);
  registerCorpus(program, io);
  registerSuggest(program, io);
  for (const cmd of program.commands) {
    cmd.exitOverride().configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
    });
  }
  return program;
}

/**
 * Runs the CLI on `args` (without `node` and script path) and returns the exit code;
 * never calls `process.exit`, so tests can run it in-process.
 *
 * Commands signal a non-zero result without an error by setting `process.exitCode`-free
 * {@link CommandExit}: throw `new CommandExit(code)`.
 *
 * @example
 * ```ts
 * const code = await runCli(['query', 'members-of', '--format', 'json'], io);
 * ```
 */
export async function runCli(args: string[], io: CliIO): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync(['node', 'claimgraph', ...args]);
    return 0;
  } catch (err) {
    if (err instanceof CommandExit) return err.exitCode;
    if (err instanceof CommanderError) {
      // help and version are exits with code 0 in commander's world
      if (err.exitCode === 0) return 0;
      return ERROR_CODES.USAGE;
    }
    if (err instanceof ClaimgraphError) {
      io.stderr.write(`error[${err.code}]: ${err.message}\n`);
      return err.exitCode;
    }
    io.stderr.write(`error[INTERNAL]: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return exitCodeOf(err);
  }
}

/**
 * Thrown by a command that has already printed its report and only needs a non-zero exit
 * (a failed validation, a refuted batch...).
 *
 * @example
 * ```ts
 * if (!report.conforms) throw new CommandExit(ERROR_CODES.VALIDATION_FAILED);
 * ```
 */
export class CommandExit extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
    this.name = 'CommandExit';
  }
}

/**
 * The project directory of a run: `--dir` when given, else the working directory.
 *
 * @example
 * ```ts
 * const dir = projectDir(program, io);
 * ```
 */
export function projectDir(program: Command, io: CliIO): string {
  const root = program.parent ?? program;
  return (root.opts().dir as string | undefined) ?? io.cwd;
}
