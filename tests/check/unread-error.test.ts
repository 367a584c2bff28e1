// The lazily described CHECK_UNINTERPRETABLE error (src/check/unread-error.ts).
import { describe, expect, it } from 'vitest';
import { ClaimgraphError } from '../../src/errors.js';
import { unreadError } from '../../src/check/unread-error.js';

describe('unreadError', () => {
  it('describes itself only when read, once, and reads as the eager error would', () => {
    let calls = 0;
    const err = unreadError(() => (calls++, 'could not read "Freedonia glimmered."'));
    expect(calls).toBe(0);
    const eager = new ClaimgraphError('CHECK_UNINTERPRETABLE', 'could not read "Freedonia glimmered."');
    expect(err).toBeInstanceOf(ClaimgraphError);
    expect([err.code, err.exitCode, err.name, err.location]).toEqual([eager.code, eager.exitCode, eager.name, eager.location]);
    expect(err.message).toBe(eager.message);
    expect(String(err)).toBe(String(eager));
    expect(Object.keys(err)).toEqual(Object.keys(eager));
    expect(JSON.stringify(err)).toBe(JSON.stringify(eager));
    expect(calls).toBe(1);
  });

  it('the premise: the stack is composed from the message when first read', () => {
    const err = unreadError(() => 'could not read "Sylvania shimmered."');
    expect(err.stack?.split('\n')[0]).toBe('ClaimgraphError: could not read "Sylvania shimmered."');
  });

  it('takes a new message as an Error does, and leaves the stack trace limit as it was', () => {
    const limit = Error.stackTraceLimit;
    const err = unreadError(() => 'first');
    err.message = 'second';
    expect(err.message).toBe('second');
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error('x').stack?.split('\n').length).toBeGreaterThan(1);
  });
});
