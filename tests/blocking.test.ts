// The blocking-work signal (src/blocking.ts) over node:diagnostics_channel: listeners called per
// signal until removed, the channel observable by name, and a listener's error thrown to the
// code that signalled (not left to become an uncaught exception).
import diagnosticsChannel from 'node:diagnostics_channel';
import { describe, expect, it } from 'vitest';
import { BLOCKING_CHANNEL, beforeBlocking, onBlocking } from '../src/blocking.js';

describe('the blocking-work signal', () => {
  it('calls each listener once per signal until it is removed, the same listener twice when added twice', () => {
    const calls: string[] = [];
    const a = () => void calls.push('a');
    const offA = onBlocking(a);
    const offA2 = onBlocking(a);
    const offB = onBlocking(() => void calls.push('b'));
    beforeBlocking();
    expect(calls.sort()).toEqual(['a', 'a', 'b']);
    offA();
    calls.length = 0;
    beforeBlocking();
    expect(calls.sort()).toEqual(['a', 'b']);
    offA2();
    offB();
    calls.length = 0;
    beforeBlocking();
    expect(calls).toEqual([]);
  });

  it('is a diagnostics_channel channel, seen by a subscriber of its name', () => {
    let seen = 0;
    const subscriber = () => void seen++;
    diagnosticsChannel.subscribe(BLOCKING_CHANNEL, subscriber);
    try {
      beforeBlocking();
      expect(seen).toBe(1);
    } finally {
      diagnosticsChannel.unsubscribe(BLOCKING_CHANNEL, subscriber);
    }
  });

  it('throws what a listener threw to the code that signalled, after calling the others, and no later', async () => {
    let other = 0;
    const offBad = onBlocking(() => {
      throw new Error('the watchdog cannot start');
    });
    const offOther = onBlocking(() => void other++);
    const uncaught: unknown[] = [];
    const onUncaught = (err: unknown) => void uncaught.push(err);
    process.on('uncaughtException', onUncaught);
    try {
      expect(() => beforeBlocking()).toThrow('the watchdog cannot start');
      expect(other).toBe(1);
      offBad();
      expect(() => beforeBlocking()).not.toThrow();
      expect(other).toBe(2);
      // diagnostics_channel itself would have rethrown it on the next tick
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(uncaught).toEqual([]);
    } finally {
      process.off('uncaughtException', onUncaught);
      offOther();
    }
  });
});
