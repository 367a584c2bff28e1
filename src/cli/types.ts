/** Where a CLI run reads and writes: injected so tests drive the CLI in-process. */
export interface CliIO {
  /** Working directory the run resolves relative paths against (the project root by default). */
  cwd: string;
  /** Standard output sink. */
  stdout: { write(chunk: string | Uint8Array): unknown; isTTY?: boolean };
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
