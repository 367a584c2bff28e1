// The index file begun before the Turtle's stamp is known (src/index-store/format.ts,
// beginPreparedIndex / endPreparedIndex): the build's index worker writes the sections beside
// the merge and only the header after it. Whatever the guess, the file must hold the bytes
// writePreparedIndex writes; and the guess must usually hold, or the build writes the sections
// twice (the premise, checked on this machine's file system below). The built CLI's index is
// written that way: no temporary file may be left beside it, whichever way the build ends.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { beginPreparedIndex, endPreparedIndex, guessTurtleSize, prepareIndex, type TurtleStamp } from '../../src/index-store/format.js';
import { createHash } from 'node:crypto';
import { buildCorpus, generateCorpus } from '../../src/corpus/index.js';
import { chunkHeaderKey } from '../../src/corpus/chunks.js';
import { GRAPH_FILE } from '../../src/graph/index.js';
import { INDEX_DIR, INDEX_FILE } from '../../src/index-store/index.js';
import { projectRoot } from '../helpers/cli.js';

const dirs: string[] = [];
function tempDir(name: string): string {
  const d = mkdtempSync(join(tmpdir(), `claimgraph-pending-${name}-`));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

// a small index: a few terms, some of them non-ASCII, triples with a duplicate
const terms = ['<http://ex/a>', '<http://ex/b>', '<http://ex/p>', '"caf\u00e9"', '"x"^^<http://www.w3.org/2001/XMLSchema#integer>'].sort();
const triples = new Uint32Array([0, 2, 1, 1, 2, 3, 0, 2, 4, 0, 2, 1]);

async function written(stamp: TurtleStamp): Promise<Buffer> {
  const { writePreparedIndex } = await import('../../src/index-store/format.js');
  const path = join(tempDir('whole'), 'index.cgi');
  writePreparedIndex(path, prepareIndex(terms, triples), stamp);
  return readFileSync(path);
}

function begun(guess: { size: number; mtimeMs?: number }, stamp: TurtleStamp): { held: boolean; bytes: Buffer } {
  const path = join(tempDir('begun'), 'index.cgi');
  const pending = beginPreparedIndex(path, prepareIndex(terms, triples), guess);
  const held = endPreparedIndex(pending, stamp);
  return { held, bytes: readFileSync(path) };
}

const stamp: TurtleStamp = { size: 72_512_930, mtimeMs: 1764801234567.8912, sha256: 'ab'.repeat(32) };

describe('an index file begun before the Turtle is written', () => {
  it('has the bytes of one written whole when the guess places the sections where the stamp does (only the header written last)', async () => {
    const r = begun({ size: 73_989_750, mtimeMs: 1764800000000.1234 }, stamp);
    expect(r.held).toBe(true);
    expect(r.bytes).toEqual(await written(stamp));
  });

  it('has the bytes of one written whole when the guess was wrong (shorter or longer numbers: written again)', async () => {
    const short = begun({ size: 9, mtimeMs: 1 }, stamp);
    expect(short.held).toBe(false);
    expect(short.bytes).toEqual(await written(stamp));
    const long = begun({ size: 123_456_789_012_345, mtimeMs: 1764800000000.1234 }, { ...stamp, size: 7, mtimeMs: 17 });
    expect(long.held).toBe(false);
    expect(long.bytes).toEqual(await written({ ...stamp, size: 7, mtimeMs: 17 }));
  });

  it('usually has the right guess: a file written now has a time of as many characters as one written a little later (the premise)', () => {
    // The guess takes the time of the index file itself, just created; the Turtle's comes a
    // little later. With a coarse clock (ext4: the kernel's tick) every file of those seconds
    // has the same fraction of a millisecond, so the same number of decimals; with fine times
    // the decimals are random and 4 of them about 3 times in 4. Were the two unrelated, most
    // builds would write their index's sections twice (correct, but slower), and this says so.
    const d = tempDir('mtime');
    const pause = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 7);
    const length = (f: string) => JSON.stringify(statSync(f).mtimeMs).length;
    let same = 0;
    for (let i = 0; i < 20; i++) {
      writeFileSync(join(d, 'index'), String(i));
      pause();
      writeFileSync(join(d, 'turtle'), String(i));
      if (length(join(d, 'index')) === length(join(d, 'turtle'))) same++;
      pause();
    }
    expect(same).toBeGreaterThanOrEqual(12);
    // the size: ~75 bytes a triple, the digits of the 1M-triple bench corpus's Turtle (72.5 MB)
    expect(String(guessTurtleSize(986_530)).length).toBe(String(72_512_930).length);
    expect(guessTurtleSize(986_530, 7)).toBe(7);
  });
});

describe('the build\'s index job (the compiled worker), its file begun beside the merge', () => {
  // the compiled job: its worker thread exists only in dist/ (from the sources the job runs inline)
  type Job = typeof import('../../src/index-store/job.js');
  const job = (): Promise<Job> => import(new URL('../../dist/index-store/job.js', import.meta.url).href) as Promise<Job>;
  const segmentsOf = (d: string) => {
    const cache = join(d, '.claimgraph-cache');
    const names = readdirSync(join(cache, 'articles')).sort();
    return [join(cache, 'entities.chunk'), ...names.map((n) => join(cache, 'articles', n))].map((path) => ({ path, key: chunkHeaderKey(path)! }));
  };
  const temps = (d: string) => readdirSync(join(d, INDEX_DIR)).filter((n) => n.includes('.tmp-'));
  async function begun(d: string) {
    const { startIndexJob } = await job();
    const j = startIndexJob(d);
    j.add(segmentsOf(d));
    j.seal();
    // the worker lays the index out and begins its file: wait for it
    for (let i = 0; i < 600 && temps(d).length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(temps(d)).toHaveLength(1);
    return j;
  }
  let d: string;
  let sha256: string;
  const built = async () => {
    d = tempDir('job');
    generateCorpus({ dir: d, articles: 3, seed: 'pending-job', projectRoot });
    await buildCorpus(d);
    sha256 = createHash('sha256').update(readFileSync(join(d, GRAPH_FILE))).digest('hex');
  };

  it('writes the index the segments give (the same file as ensureIndex), and leaves no temporary file', async () => {
    await built();
    const whole = readFileSync(join(d, INDEX_FILE));
    rmSync(join(d, INDEX_FILE));
    const j = await begun(d);
    expect(await j.finish(sha256)).toMatchObject({ written: true, from: 'segments' });
    expect(temps(d)).toEqual([]);
    expect(readFileSync(join(d, INDEX_FILE))).toEqual(whole);
  }, 120_000);

  it('deletes the file it began when the index there is current, or when the build fails', async () => {
    await built();
    const kept = await begun(d);
    expect(await kept.finish(sha256)).toMatchObject({ written: false, from: 'current' });
    expect(temps(d)).toEqual([]);
    const failed = await begun(d);
    await failed.cancel();
    expect(temps(d)).toEqual([]);
  }, 120_000);
});
