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
  // A reader that stops early (`claimgraph query ... | head`) closes the pipe: the rest of the
  // answer is wanted by no one, so the process ends quietly, as Unix tools do, rather than with
  // an unhandled EPIPE and a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    throw err;
  });
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
  // the process rather than wait for it, once stdout and stderr have taken what was written.
  // Writes to a pipe are asynchronous in Node on Linux: exiting at once kept only what the pipe
  // held (62 KB of a 22 MB answer, exit code 0, when the reader was slower than the writer).
  if (code === ERROR_CODES.QUERY_TIMEOUT || workLeftBehind()) {
    await Promise.all([written(process.stdout), written(process.stderr)]);
    process.exit(code);
  }
}

/** Settles once a stream has handed everything written to it to the system (or is closed). */
function written(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (stream.writableLength === 0 || stream.destroyed || stream.writableFinished) resolve();
      else setTimeout(check, 5);
    };
    check();
  });
}
