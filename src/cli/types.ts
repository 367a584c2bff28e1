/** Where a CLI run reads and writes: injected so tests drive the CLI in-process. */
export interface CliIO {
  /** Working directory the run resolves relative paths against (the project root by default). */
  cwd: string;
  /**
   * Standard output sink. With `once`, a large answer is written as the reader takes it (`write`
   * returning false waits for 'drain'), not queued whole in memory.
   */
  stdout: { write(chunk: string | Uint8Array): unknown; isTTY?: boolean; once?(event: 'drain' | 'close', listener: () => void): unknown };
  /** Standard error sink. */
  stderr: { write(chunk: string | Uint8Array): unknown; isTTY?: boolean };
  /** Environment variables (for `--password-env` and the like). */
  env: Record<string, string | undefined>;
  /** Standard input, when a command reads it (`-` arguments). */
  stdin?: NodeJS.ReadableStream;
}

/** Result of one CLI run. */
export interface CliResult {
  exitCode: number;
}
