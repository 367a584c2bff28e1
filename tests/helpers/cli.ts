import { runCli } from '../../src/cli/index.js';

/** Output of an in-process CLI run. */
export interface CapturedRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `claimgraph ARGS` in-process with captured stdout/stderr (cwd: the corpus fixture).
 *
 * @example
 * const r = await runCliCapture(['stats']); // in the corpus fixture
 * expect(r.code).toBe(0);
 */
export async function runCliCapture(
  args: string[],
  opts: { cwd?: string; env?: Record<string, string | undefined>; tty?: boolean } = {},
): Promise<CapturedRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd: opts.cwd ?? corpusFixture,
    stdout: { write: (s: string | Uint8Array) => { stdout += typeof s === 'string' ? s : Buffer.from(s).toString('utf8'); return true; }, isTTY: opts.tty ?? false },
    stderr: { write: (s: string | Uint8Array) => { stderr += typeof s === 'string' ? s : Buffer.from(s).toString('utf8'); return true; }, isTTY: false },
    env: opts.env ?? {},
  });
  return { code, stdout, stderr };
}

/** The repository root (code, bin/, dist/, tests/fixtures/). Not a corpus to test on: see {@link corpusFixture}. */
export const projectRoot = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');

/**
 * The project the tests run on: a copy of the curated articles (tests/fixtures/corpus/graph) with
 * the repository's own ontology/ and queries/ (symbolic links). Tests never read the live graph/,
 * which a user may extend at any time (tests/corpus/live-corpus.test.ts alone builds and validates
 * whatever it holds). `npm run fixture:corpus` refreshes the copy from graph/.
 */
export const corpusFixture = `${projectRoot}/tests/fixtures/corpus`;
