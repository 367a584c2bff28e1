import { describe, expect, test } from 'vitest';
import { ClaimgraphError, exitCodeOf, hasErrorCode } from '../src/errors.js';

describe('hasErrorCode', () => {
  test('is true only for a ClaimgraphError with that code', () => {
    const unread = new ClaimgraphError('CHECK_UNINTERPRETABLE', 'no reading');
    expect(hasErrorCode(unread, 'CHECK_UNINTERPRETABLE')).toBe(true);
    expect(hasErrorCode(unread, 'QUERY_FAILED')).toBe(false);
    // a plain error whose code field looks the same is not one of ours
    expect(hasErrorCode(Object.assign(new Error('x'), { code: 'CHECK_UNINTERPRETABLE' }), 'CHECK_UNINTERPRETABLE')).toBe(false);
    expect(hasErrorCode(undefined, 'CHECK_UNINTERPRETABLE')).toBe(false);
    expect(exitCodeOf(unread)).toBe(unread.exitCode);
  });
});
