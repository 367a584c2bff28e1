/**
 * Process entry point of the `claimgraph` binary.
 *
 * @example
 * ```ts
 * await main(process.argv);
 * ```
 */
import { ERROR_CODES } from '../errors.js';
import { runCli } from './index.js';
import { workLeftBehind } from './left-behind.js';

export async function main(argv: string[]): Promise<void> {
  const code = await runCli(argv.slice(2), {
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    stdin: process.stdin,
  });
  process.exitCode = code;
  // a query stopped at its time limit may still be running in this thread's event loop (its
  // error is printed), and a hedged query's slower side may be (its answer is not needed): end
  // the process rather than wait for it (stdout and stderr are written synchronously to files
  // and pipes on Linux, the platform this runs on)
  if (code === ERROR_CODES.QUERY_TIMEOUT || workLeftBehind()) process.exit(code);
}
