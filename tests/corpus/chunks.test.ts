import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../helpers/cli.js';
import { buildCorpus, generateCorpus } from '../../src/corpus/index.js';
import { CACHE_DIR } from '../../src/corpus/build.js';
import { FileSink, MemorySink, mergeChunks, splitKey } from '../../src/corpus/chunks.js';
import { GRAPH_FILE } from '../../src/graph/index.js';
import { tempDir } from '../helpers/temp.js';

/** Every mark key of a chunk (its first line), where a merge of a key range may start. */
function markKeys(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const head = JSON.parse(text.slice(0, text.indexOf('\n'))) as { marks: Array<[number, string]> };
  return head.marks.map(([, k]) => k);
}

async function mergeToFile(files: string[], path: string, range: { from?: string; to?: string } = {}): Promise<{ bytes: Buffer; triples: number; claims: number; groupClaims: number }> {
  const sink = new FileSink(path);
  const counts = await mergeChunks(files, sink, () => undefined, range);
  await sink.end();
  return { ...counts, bytes: readFileSync(path) };
}

describe('the merge of chunks split by key range (two threads)', () => {
  // The premise of the split build: the first half (keys below the split key, into the file)
  // followed by the second half (keys from it on, in memory) is the whole merge, byte for byte,
  // wherever the split falls (inside the articles' own subjects or among subjects that several
  // chunks share).
  it('the two halves at any mark, concatenated, are the whole merge, with the same counts', async () => {
    const dir = tempDir('claimgraph-chunks-');
    generateCorpus({ dir, articles: 4, seed: 'split', projectRoot });
    await buildCorpus(dir, { jobs: 1 });
    const cache = join(dir, CACHE_DIR);
    const ids = readdirSync(join(dir, 'graph', 'articles')).sort();
    const files = [join(cache, 'entities.chunk'), ...ids.map((id) => join(cache, 'articles', `${id}.chunk`))];
    const whole = await mergeToFile(files, join(dir, 'whole.ttl'));
    expect(whole.bytes).toEqual(readFileSync(join(dir, GRAPH_FILE)));

    const keys = [...new Set(files.flatMap(markKeys))].sort();
    expect(keys.length).toBeGreaterThan(8);
    const median = splitKey(files)!;
    expect(keys).toContain(median);
    // marks spread over the keys, the median the build uses, a key before all and one after all
    const step = Math.ceil(keys.length / 6);
    const at = [...keys.filter((_, i) => i % step === step >> 1), median, '', '\uffff'];
    for (const key of at) {
      const first = await mergeToFile(files, join(dir, 'first.ttl'), { to: key });
      const second = new MemorySink();
      const rest = await mergeChunks(files, second, () => undefined, { from: key });
      expect(Buffer.concat([first.bytes, ...second.end()])).toEqual(whole.bytes);
      expect(first.triples + rest.triples).toBe(whole.triples);
      expect(first.claims + rest.claims).toBe(whole.claims);
      expect(first.groupClaims + rest.groupClaims).toBe(whole.groupClaims);
    }
  }, 180_000);

  it('no split key for chunks too small to split', async () => {
    const dir = tempDir('claimgraph-chunks-');
    generateCorpus({ dir, articles: 1, seed: 'small', projectRoot });
    await buildCorpus(dir, { jobs: 1 });
    expect(splitKey([join(dir, CACHE_DIR, 'entities.chunk')])).toBeUndefined();
  }, 60_000);
});
