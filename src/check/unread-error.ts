/**
 * The CHECK_UNINTERPRETABLE error of a text no pattern reads, made cheap to build.
 *
 * Why: the parser fails on most texts it is asked about (a claim's rewrites, parts and the
 * readers' other words for it), and each failure is an error that some reader catches; only the
 * one the user sees is ever shown. Building each with its message composed (`describeUnread`
 * walks the text for known names) and a stack trace captured was ~2.5% of the users' set's CPU.
 * So the message is composed when first read, and no stack trace is captured: a
 * CHECK_UNINTERPRETABLE error is an outcome, never shown with a stack (src/cli prints stacks of
 * internal errors only).
 *
 * Premise: Node composes an error's `stack` (and `String(err)`) from its message when first
 * read, not when the error is built (tests/check/unread-error.test.ts fails when it does not).
 */
import { ClaimgraphError } from '../errors.js';

/**
 * A CHECK_UNINTERPRETABLE error whose message is `describe()`, called at most once, when the
 * message (or the stack, or the error as a string) is first read.
 *
 * @example
 * ```ts
 * throw unreadError(() => `could not read "${claim}"`);
 * ```
 */
export function unreadError(describe: () => string): ClaimgraphError {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let err: ClaimgraphError;
  try {
    err = new ClaimgraphError('CHECK_UNINTERPRETABLE', '');
  } finally {
    Error.stackTraceLimit = limit;
  }
  let message: string | undefined;
  // like Error's own `message`: writable, configurable, not enumerable
  Object.defineProperty(err, 'message', {
    get: () => (message ??= describe()),
    set: (m: string) => {
      message = m;
    },
    configurable: true,
    enumerable: false,
  });
  return err;
}
