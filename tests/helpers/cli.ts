import { runCli } from '../../src/cli/index.js';

/** Output of an in-process CLI run. */
export interface CapturedRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `claimgraph ARGS` in-process with captured stdout/stderr.
 *
 * @example
 * const r = await runCliCapture(['stats'], { cwd: projectRoot });
 * expect(r.code).toBe(0);
 */
export async function runCliCapture(
  args: string[],
  opts: { cwd?: string; env?: Record<string, string | undefined>; tty?: boolean } = {},
): Promise<CapturedRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd: opts.cwd ?? projectRoot,
    stdout: { write: (s: string | Uint8Array) => { stdout += typeof s === 'string' ? s : Buffer.from(s).toString('utf8'); return true; }, isTTY: opts.tty ?? false },
    stderr: { write: (s: string | Uint8Array) => { stderr += typeof s === 'string' ? s : Buffer.from(s).toString('utf8'); return true; }, isTTY: false },
    env: opts.env ?? {},
  });
  return { code, stdout, stderr };
}

/** The repository root (tests run with it as cwd). */
export const projectRoot = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');
