/**
 * Typed errors with stable codes, mapped to process exit codes in one place.
 *
 * Every failure a user can cause (bad claims file, bad query, tampered source...) is a
 * {@link ClaimgraphError} with a code from {@link ErrorCode}; the CLI maps the code to an
 * exit code with {@link exitCodeFor} and prints `error[CODE]: message`.
 *
 * @example
 * ```ts
 * throw new ClaimgraphError('QUOTE_NOT_FOUND', 'quote not found in article', {
 *   file: 'graph/articles/x/claims.yaml', line: 12, claim: 'league-members',
 * });
 * ```
 */

/** Stable error codes. Add new codes at the end of their group; never rename one. */
export const ERROR_CODES = {
  // usage
  USAGE: 2,
  // input files (claims, entities, articles)
  CLAIMS_SYNTAX: 10,
  CLAIMS_INVALID: 11,
  QUOTE_NOT_FOUND: 12,
  QUOTE_AMBIGUOUS: 13,
  UNKNOWN_ENTITY: 14,
  UNKNOWN_PROPERTY: 15,
  SOURCE_HASH_MISMATCH: 16,
  SOURCE_NOT_FOUND: 17,
  ONTOLOGY_INVALID: 18,
  QUOTE_SPANS_SENTENCES: 19,
  // validation
  VALIDATION_FAILED: 20,
  // queries
  QUERY_SYNTAX: 30,
  QUERY_NOT_FOUND: 31,
  QUERY_FAILED: 32,
  QUERY_TIMEOUT: 33,
  QUERY_RESULT_TOO_LARGE: 36,
  QUERY_REFUSED: 37,
  // fact checking
  CHECK_UNINTERPRETABLE: 40,
  CHECK_INPUT: 41,
  CHECK_BUDGET: 42,
  // network / remote stores
  REMOTE_HTTP: 50,
  REMOTE_AUTH: 51,
  REMOTE_MISMATCH: 52,
  // corpus
  CORPUS_CONFLICT: 60,
  ARTICLE_EXISTS: 61,
  // I/O
  IO: 74,
  INTERNAL: 70,
} as const;

/** A stable error code. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** Where an error happened: any of file, line, column, claim id, query position. */
export interface ErrorLocation {
  file?: string;
  line?: number;
  column?: number;
  claim?: string;
  query?: string;
}

/**
 * The one error type of claimgraph.
 *
 * @example
 * ```ts
 * try { build(); } catch (e) { if (e instanceof ClaimgraphError) console.error(e.code); }
 * ```
 */
export class ClaimgraphError extends Error {
  readonly code: ErrorCode;
  readonly location: ErrorLocation;

  constructor(code: ErrorCode, message: string, location: ErrorLocation = {}, options?: { cause?: unknown }) {
    super(formatMessage(message, location), options);
    this.name = 'ClaimgraphError';
    this.code = code;
    this.location = location;
  }

  /** Process exit code for this error. */
  get exitCode(): number {
    return exitCodeFor(this.code);
  }
}

function formatMessage(message: string, loc: ErrorLocation): string {
  const where: string[] = [];
  if (loc.file) where.push(loc.line !== undefined ? `${loc.file}:${loc.line}${loc.column !== undefined ? `:${loc.column}` : ''}` : loc.file);
  else if (loc.line !== undefined) where.push(`line ${loc.line}${loc.column !== undefined ? `, column ${loc.column}` : ''}`);
  if (loc.claim) where.push(`claim ${loc.claim}`);
  if (loc.query) where.push(`query ${loc.query}`);
  return where.length ? `${where.join(', ')}: ${message}` : message;
}

/**
 * Maps an error code to a process exit code.
 *
 * @example
 * ```ts
 * exitCodeFor('QUOTE_NOT_FOUND'); // 12
 * ```
 */
export function exitCodeFor(code: ErrorCode): number {
  return ERROR_CODES[code];
}

/**
 * Exit code for anything thrown: a ClaimgraphError's own code, 70 (internal) otherwise.
 *
 * @example
 * ```ts
 * process.exitCode = exitCodeOf(err);
 * ```
 */
export function exitCodeOf(err: unknown): number {
  return err instanceof ClaimgraphError ? err.exitCode : ERROR_CODES.INTERNAL;
}

/**
 * Whether something thrown is a ClaimgraphError with `code`.
 *
 * @example
 * ```ts
 * if (hasErrorCode(err, 'CHECK_UNINTERPRETABLE')) return undefined;
 * ```
 */
export function hasErrorCode(err: unknown, code: ErrorCode): err is ClaimgraphError {
  return err instanceof ClaimgraphError && err.code === code;
}
