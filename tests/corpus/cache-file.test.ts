import { describe, expect, it } from 'vitest';
import { closeSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunkOffset, readCompiledPart, writeChunkPart, writeCompiledPart } from '../../src/corpus/cache-file.js';
import { tempDir } from '../helpers/temp.js';

const offsetOf = (path: string): number => {
  const fd = openSync(path, 'r');
  try {
    return chunkOffset(fd);
  } finally {
    closeSync(fd);
  }
};

describe("an article's cache file (compiled part, then chunk part)", () => {
  it('takes the chunk into the file the compile created: the same inode, no second file', () => {
    // The premise of the layout: the assembly writes into the existing file (creating one after
    // the old cache was deleted cost ~3.5x a write in place). A writer that replaced the file
    // (write to a new name and rename, or unlink and create) would fail here.
    const path = join(tempDir('claimgraph-cache-file-'), 'a.chunk');
    const lines = `${JSON.stringify({ key: 'k', groups: [] })}\n${JSON.stringify({ key: 'k', compiled: { text: 'é\nx' } })}\n`;
    writeCompiledPart(path, lines);
    const created = statSync(path);
    expect(offsetOf(path)).toBe(created.size);
    writeChunkPart(path, Buffer.from('{"key":"c1","segment":0}\nblock one\nblock two\n'));
    const written = statSync(path);
    expect(written.ino).toBe(created.ino);
    expect(readCompiledPart(path)).toBe(lines);
    expect(readCompiledPart(path, true)).toBe(lines.slice(0, lines.indexOf('\n')));
    expect(readFileSync(path).subarray(offsetOf(path)).toString()).toBe('{"key":"c1","segment":0}\nblock one\nblock two\n');

    // a shorter chunk later: the old one is cut off, the compiled part stays
    writeChunkPart(path, Buffer.from('{"key":"c2","segment":0}\nb\n'));
    expect(statSync(path).ino).toBe(created.ino);
    expect(readFileSync(path).subarray(offsetOf(path)).toString()).toBe('{"key":"c2","segment":0}\nb\n');
    expect(readCompiledPart(path)).toBe(lines);

    // compiling again replaces the whole file: no chunk until the article is assembled again
    writeCompiledPart(path, lines);
    expect(statSync(path).size).toBe(offsetOf(path));
  });

  it('a file without a compiled part is a chunk alone; a damaged skip line is not read', () => {
    const dir = tempDir('claimgraph-cache-file-');
    const alone = join(dir, 'entities.chunk');
    writeChunkPart(alone, Buffer.from('{"key":"e","segment":0}\n'));
    expect(offsetOf(alone)).toBe(0);
    expect(readCompiledPart(alone)).toBeUndefined();
    expect(readCompiledPart(join(dir, 'missing.chunk'))).toBeUndefined();
    const bad = join(dir, 'bad.chunk');
    writeFileSync(bad, '{"skip":12x}\n');
    expect(() => offsetOf(bad)).toThrow(/damaged/);
    expect(readCompiledPart(bad)).toBeUndefined();
    // a compiled part cut short is not taken
    const cut = join(dir, 'cut.chunk');
    writeFileSync(cut, '{"skip":100}\n{"key":"k"}\n');
    expect(readCompiledPart(cut)).toBeUndefined();
  });

  it("writes and reads through the thread's reused buffer: a short part after a long one is exact", () => {
    // The premise of scratchFor: the buffer is larger than what a call uses, and every caller
    // reads and writes only its own bytes. Reading past them would decode the previous
    // article's leftovers (a parse failure: the article compiled again, silently slower).
    const dir = tempDir('claimgraph-cache-file-');
    const long = `${JSON.stringify({ key: 'k' })}\n${JSON.stringify({ key: 'k', compiled: { text: 'Freedonia é '.repeat(50_000) } })}\n`;
    const short = `${JSON.stringify({ key: 's' })}\n${JSON.stringify({ key: 's', compiled: { text: 'Sylvania' } })}\n`;
    writeCompiledPart(join(dir, 'long.chunk'), long);
    writeCompiledPart(join(dir, 'short.chunk'), short);
    expect(readFileSync(join(dir, 'short.chunk'), 'utf8')).toBe(`{"skip":${Buffer.byteLength(short)}}\n${short}`);
    expect(readCompiledPart(join(dir, 'long.chunk'))).toBe(long);
    expect(readCompiledPart(join(dir, 'short.chunk'))).toBe(short);
    expect(readCompiledPart(join(dir, 'long.chunk'), true)).toBe(long.slice(0, long.indexOf('\n')));
  });
});
