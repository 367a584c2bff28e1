import { describe, expect, it } from 'vitest';
import { buildProgressBar } from '../../src/corpus/index.js';

describe('buildProgressBar', () => {
  it('stays silent when the stream is not a terminal', () => {
    let out = '';
    const bar = buildProgressBar({ write: (s: string) => { out += s; }, isTTY: false });
    expect(bar.onProgress).toBeUndefined();
    bar.stop();
    expect(out).toBe('');
  });

  it('draws phases and counts on a terminal', () => {
    let out = '';
    const stream = { write: (s: string) => { out += s; return true; }, isTTY: true, columns: 80, cursorTo() {}, clearLine() {}, moveCursor() {}, on() {}, removeListener() {} };
    const bar = buildProgressBar(stream);
    bar.onProgress!({ phase: 'compile', done: 1, total: 4 });
    bar.onProgress!({ phase: 'assemble', done: 4, total: 4 });
    bar.onProgress!({ phase: 'merge', done: 65536, total: NaN });
    bar.stop();
    expect(out).toMatch(/compile|assemble|merge/);
  });
});
