// The table of readers of a claim no pattern reads as it stands (src/check/readers.ts): its
// entries name real modules, and the dispatch keeps the order's meaning (decided at once, held
// until the main pass is over, last resorts after that).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNREAD_READERS, readUndecided, readUnread, type UnreadReader } from '../../src/check/readers.js';
import type { CheckResult } from '../../src/check/types.js';
import { checkFixture } from '../helpers/check-fixture.js';
import { projectRoot } from '../helpers/cli.js';

const { ctx } = checkFixture();
const result = (claim: string): CheckResult => ({ claim } as CheckResult);
const input = { ctx, text: 'x', recheck: async () => undefined };
const reader = (name: string, out: 'decided' | 'held' | undefined, lastResort = false, log: string[] = []): UnreadReader => ({
  name, module: 'x.ts', reads: name, lastResort,
  read: () => { log.push(name); return out === 'decided' ? { decided: result(name) } : out === 'held' ? { held: result(name) } : undefined; },
});

describe('the readers table', () => {
  it('names each reader once, with a module of src/check and what it reads', () => {
    const names = UNREAD_READERS.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of UNREAD_READERS) {
      expect(existsSync(join(projectRoot, 'src/check', r.module)), r.module).toBe(true);
      expect(r.reads.length).toBeGreaterThan(10);
    }
    // the reading in part that is not refuted is the last resort, then a reading the types rule out
    // (round 9: shown, never decided)
    // (round 23: a bare definite phrase read for each candidate, held, before a reading in part)
    // (round 32: a dated mention of an event the graph dates otherwise, each candidate shown, held)
    expect(UNREAD_READERS.filter((r) => r.lastResort).map((r) => r.name)).toEqual(['undated-mention', 'bare-definite', 'read-in-part', 'ill-typed', 'modified-kind']);
  });

  it('returns the first decided reading, in table order, and tries no reader after it', async () => {
    const log: string[] = [];
    const r = await readUnread(input, [reader('a', undefined, false, log), reader('b', 'held', false, log), reader('c', 'decided', false, log), reader('d', 'decided', false, log)]);
    expect(r?.claim).toBe('c');
    expect(log).toEqual(['a', 'b', 'c']);
  });

  it('returns the first held reading only when the main pass decides nothing, before any last resort', async () => {
    const log: string[] = [];
    const r = await readUnread(input, [reader('last', 'decided', true, log), reader('h1', 'held', false, log), reader('h2', 'held', false, log), reader('n', undefined, false, log)]);
    expect(r?.claim).toBe('h1');
    expect(log).toEqual(['h1', 'h2', 'n']);
    expect((await readUnread(input, [reader('last', 'decided', true), reader('n', undefined)]))?.claim).toBe('last');
    expect(await readUnread(input, [reader('n', undefined)])).toBeUndefined();
  });

  it('does not call a reader whose word gate (needs) the text does not match, in any pass (round 23)', async () => {
    const log: string[] = [];
    const gated = (name: string, out: 'decided' | 'held', lastResort = false): UnreadReader => ({ ...reader(name, out, lastResort, log), needs: /\bthan\b/i, whenUndecided: true });
    expect(await readUnread(input, [gated('g', 'decided'), gated('gl', 'decided', true)])).toBeUndefined();
    expect(await readUndecided(input, [gated('g', 'decided')])).toBeUndefined();
    expect(log).toEqual([]);
    const than = { ...input, text: 'A is larger than B' };
    expect((await readUnread(than, [gated('g', 'decided')]))?.claim).toBe('g');
    expect((await readUndecided(than, [gated('u', 'decided')]))?.claim).toBe('u');
    expect(log).toEqual(['g', 'u']);
  });
});
