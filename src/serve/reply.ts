/**
 * Errors as HTTP answers: {@link HttpError} for protocol-level failures, and the one mapping from
 * claimgraph's error codes to statuses. Light on purpose: the HTTP thread imports it.
 */
import { ClaimgraphError } from '../errors.js';
import type { JobReply } from './types.js';

/**
 * An HTTP-level failure with its status code; the body is the message.
 *
 * @example
 * ```ts
 * throw new HttpError(406, 'no acceptable media type', 'NOT_ACCEPTABLE');
 * ```
 */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly headers: Record<string, string>;

  constructor(status: number, message: string, code: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

/** HTTP status of each error code a request may end with. */
const STATUS_OF: Record<string, number> = {
  QUERY_SYNTAX: 400,
  QUERY_REFUSED: 403,
  QUERY_NOT_FOUND: 404,
  QUERY_RESULT_TOO_LARGE: 422,
  QUERY_TIMEOUT: 503,
  CHECK_INPUT: 400,
  USAGE: 400,
  CHECK_UNINTERPRETABLE: 422,
  // a claim that ran past its time budget (src/check/recheck-depth.ts): the server's answer to it, not the claim's
  CHECK_BUDGET: 503,
};

/**
 * The HTTP answer for an error: its status and code, and the message without a stack trace (an
 * unexpected error is a 500 `INTERNAL` naming only the first line of its message).
 *
 * @example
 * ```ts
 * replyForError(new ClaimgraphError('QUERY_SYNTAX', 'bad')); // { ok: false, status: 400, ... }
 * ```
 */
export function replyForError(err: unknown): Extract<JobReply, { ok: false }> {
  if (err instanceof HttpError) return { ok: false, status: err.status, code: err.code, message: err.message, headers: err.headers };
  if (err instanceof ClaimgraphError) return { ok: false, status: STATUS_OF[err.code] ?? 500, code: err.code, message: err.message };
  if (err instanceof URIError) return { ok: false, status: 400, code: 'BAD_REQUEST', message: `malformed percent-encoding in the request URL (${err.message})` };
  return { ok: false, status: 500, code: 'INTERNAL', message: err instanceof Error ? err.message.split('\n')[0]! : String(err) };
}
