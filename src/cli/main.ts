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
  // error is printed): end the process rather than wait for it
  if (code === ERROR_CODES.QUERY_TIMEOUT) process.exit(code);
}
