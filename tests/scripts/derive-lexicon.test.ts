import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// scripts/derive-lexicon.mjs on a fixture lexicon (tests/fixtures/lexicon-senses/lexicon.ttl),
// written to a temporary directory: the project's ontology/ is never touched.
const SCRIPT = join(__dirname, '../../scripts/derive-lexicon.mjs');
const FIXTURE = join(__dirname, '../fixtures/lexicon-senses/lexicon.ttl');
const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

interface Derived { relations: Record<string, string[]>; troponyms: Record<string, string[]>; troponymSenses: Record<string, string[]>; wordSenses: Record<string, string[]> }
function derive(lexicon: string): Derived {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-derive-'));
  dirs.push(dir);
  const file = join(dir, 'lexicon.ttl');
  writeFileSync(file, lexicon);
  execFileSync(process.execPath, [SCRIPT, '--force', '--lexicon', file, '--out', dir], { stdio: 'pipe' });
  return JSON.parse(readFileSync(join(dir, 'lexicon.derived.json'), 'utf8')) as Derived;
}
const under = (d: Derived, pattern: string): string[] => Object.entries(d.troponyms).filter(([, g]) => g.includes(pattern)).map(([v]) => v).sort();
const words = (d: Derived, w: string): string[] => (d.relations[w] ?? []).map((e) => e.split('|')[0]!);

describe('derive-lexicon: the WordNet sense a pattern word is used in (cg:wordSense, round 41)', () => {
  const text = readFileSync(FIXTURE, 'utf8');
  const given = derive(text);
  // the same lexicon with neither the sense nor the word it says is not the pattern word's
  const none = derive(text.replace(/^cg:englishLexicon .*$/gm, ''));

  it('files under a verb only the verbs of its given sense: "usher", "mislead" (lead as guiding someone) are not leading a body', () => {
    // without the sense: WordNet's most frequent senses, the first of which is "take somebody somewhere"
    expect(under(none, 'lead')).toEqual(expect.arrayContaining(['mislead', 'usher']));
    expect(under(given, 'lead')).not.toContain('usher');
    expect(under(given, 'lead')).not.toContain('mislead');
    // a verb with no sense given keeps its most frequent senses (attend: "tend", "minister")
    expect(under(given, 'attend')).toEqual(under(none, 'attend'));
    expect(under(given, 'attend')).toContain('tend');
  });

  it('files no verb under a pattern verb that the lexicon says is not that word (cg:notOtherWord "emcee|host")', () => {
    expect(under(none, 'host')).toContain('emcee');
    expect(under(given, 'host')).not.toContain('emcee');
    expect(under(given, 'host')).toEqual(under(none, 'host').filter((v) => v !== 'emcee'));
  });

  it('widens a word only with the other words of its given sense, and says which sense each came from', () => {
    expect(words(none, 'lead')).toEqual(expect.arrayContaining(['take', 'guide']));
    expect(words(given, 'lead')).not.toContain('take');
    expect(words(given, 'lead')).not.toContain('guide');
    // the frequency guards stay: a given sense only narrows (lead's "be in charge of" is its 7th)
    expect(words(none, 'lead')).toEqual(expect.arrayContaining(words(given, 'lead')));
    for (const e of given.relations.lead ?? []) expect(e.split('|')[4]).toBe('lead%2:41:00::');
    expect(none.relations.lead?.every((e) => e.split('|').length === 4)).toBe(true);
    expect(given.wordSenses.lead?.[0]).toMatch(/^lead%2:41:00:: \{head, lead\}: be in charge of/);
    expect(words(given, 'attend')).toEqual(words(none, 'attend'));
  });

  it('stops on a sense key WordNet does not have (a typo would widen the word blindly)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimgraph-derive-'));
    dirs.push(dir);
    const file = join(dir, 'lexicon.ttl');
    writeFileSync(file, text.replace('lead%2:41:00::', 'lead%2:41:99::'));
    const r = spawnSync(process.execPath, [SCRIPT, '--force', '--lexicon', file, '--out', dir], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('is no sense key of WordNet');
  });
});
