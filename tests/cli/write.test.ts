// src/cli/write.ts: an answer's pieces go out as the reader takes them.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { writePieces } from '../../src/cli/write.js';

/** A stream whose buffer holds one piece: `write` says "full" until 'drain'. */
class SlowSink extends EventEmitter {
  written: string[] = [];
  write(piece: string): boolean {
    this.written.push(piece);
    return false;
  }
}

describe('writePieces', () => {
  it('waits for drain before the next piece when the buffer is full', async () => {
    const sink = new SlowSink();
    let pulled = 0;
    function* pieces() { for (const p of ['a', 'b', 'c']) { pulled++; yield p; } }
    const done = writePieces(sink, pieces());
    await new Promise((r) => setTimeout(r, 10));
    // one piece taken, the rest not even formatted yet
    expect(sink.written).toEqual(['a']);
    expect(pulled).toBe(1);
    sink.emit('drain');
    await new Promise((r) => setTimeout(r, 0));
    expect(sink.written).toEqual(['a', 'b']);
    sink.emit('drain');
    await new Promise((r) => setTimeout(r, 0));
    sink.emit('drain');
    await done;
    expect(sink.written).toEqual(['a', 'b', 'c']);
  });

  it('stops waiting when the stream closes (the reader left)', async () => {
    const sink = new SlowSink();
    const done = writePieces(sink, ['a', 'b']);
    sink.emit('close');
    await new Promise((r) => setTimeout(r, 0));
    sink.emit('close');
    await expect(done).resolves.toBeUndefined();
  });

  it('writes straight through to a sink without events (an in-process test sink)', async () => {
    const out: string[] = [];
    await writePieces({ write: (s: string | Uint8Array) => { out.push(String(s)); return false; } }, ['x', 'y']);
    expect(out).toEqual(['x', 'y']);
  });
});
