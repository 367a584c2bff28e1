import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sortedWordList } from '../../src/check/fuzzy.js';

const WORDS = fileURLToPath(new URL('../../ontology/lexicon.words.txt', import.meta.url));

describe('sortedWordList (WordNet lookup without splitting the file)', () => {
  it('finds words, their synsets, words without synsets, and nothing else', () => {
    const list = sortedWordList('# header\na 1 2\nabc\nb 3\nzebra 4 5 6\n');
    expect(list.get('a')).toEqual(['1', '2']);
    expect(list.get('abc')).toEqual([]);
    expect(list.get('zebra')).toEqual(['4', '5', '6']);
    expect(list.get('ab')).toBeUndefined();
    expect(list.get('zz')).toBeUndefined();
    expect(list.get('')).toBeUndefined();
    expect(sortedWordList('').get('a')).toBeUndefined();
  });

  // the premise of the binary search: scripts/derive-lexicon.mjs writes the list sorted; if it
  // ever stops doing so, this fails (and the lookup would miss words)
  it('the shipped list is sorted by word, and every line is found by the lookup', () => {
    const text = readFileSync(WORDS, 'utf8');
    const lines = text.split('\n').filter((l) => l && !l.startsWith('#'));
    const keys = lines.map((l) => l.split(' ')[0]!);
    for (let i = 1; i < keys.length; i++) if (!(keys[i - 1]! < keys[i]!)) throw new Error(`not sorted at line ${i}: ${keys[i - 1]} / ${keys[i]}`);
    const list = sortedWordList(text);
    for (let i = 0; i < lines.length; i += 97) expect(list.get(keys[i]!)).toEqual(lines[i]!.split(' ').slice(1));
  });
});
