/**
 * Process entry point of the `claimgraph` binary.
 *
 * @example
 * ```ts
 * await main(process.argv);
 * ```
 */
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
}
