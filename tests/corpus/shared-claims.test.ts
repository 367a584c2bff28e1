import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { projectRoot } from '../helpers/cli.js';
import { addArticle, buildCorpus } from '../../src/corpus/index.js';
import { claimContentKey, claimKey } from '../../src/claims/index.js';
import { buildToFile, GRAPH_FILE } from '../../src/graph/index.js';
import { tempDir } from '../helpers/temp.js';

// A claim (or group claim) several articles state is written in full by the first of them only
// (src/corpus/keys.ts, corpusKeys); the others' chunks hold their provenance of it. These tests
// change who that first article is, in every way an incremental build can see, and require the
// bytes of the in-memory build each time: a chunk kept past its claim's owner would lose the
// claim's triples.

/** The in-memory build's bytes for the same project (copied, so caches and outputs stay apart). */
async function inMemoryBytes(dir: string): Promise<Buffer> {
  const copy = tempDir('claimgraph-shared-inmem-');
  for (const sub of ['ontology', 'graph']) if (existsSync(join(dir, sub))) cpSync(join(dir, sub), join(copy, sub), { recursive: true });
  rmSync(join(copy, GRAPH_FILE), { force: true });
  await buildToFile(copy);
  return readFileSync(join(copy, GRAPH_FILE));
}

const pact = (id: string) => `Pact News ${id}\n\n\nAll Steppe states are members of the Acme Pact. Freedonia is a member of the Acme Pact. Nothing else.\n`;
const groupClaim = { id: 'steppe-in-acme', quote: 'All Steppe states are members of the Acme Pact', subject: { group: 'steppe' }, predicate: 'memberOf', object: 'acme' };
const directClaim = { id: 'f-in-acme', quote: 'Freedonia is a member of the Acme Pact', subject: 'freedonia', predicate: 'memberOf', object: 'acme' };
const partOf = (who: string) => ({ id: `${who}-in-steppe`, quote: 'Freedonia and Sylvania make up the Steppe', subject: who, predicate: 'partOf', object: 'steppe' });

function project(): { dir: string; add: (id: string, claims: unknown[]) => void; write: (id: string, claims: unknown[]) => void; chunk: (id: string) => string } {
  const dir = tempDir('claimgraph-shared-');
  cpSync(join(projectRoot, 'ontology'), join(dir, 'ontology'), { recursive: true });
  mkdirSync(join(dir, 'graph', 'articles'), { recursive: true });
  writeFileSync(join(dir, 'graph', 'entities.yaml'), `entities:
  - { id: steppe, type: Region, label: Steppe }
  - { id: freedonia, type: Country, label: Freedonia }
  - { id: sylvania, type: Country, label: Sylvania }
  - { id: acme, type: IntergovernmentalOrganisation, label: Acme Pact }
  - { id: jane-doe, type: Person, label: Jane Doe }
`);
  const write = (id: string, claims: unknown[]) => writeFileSync(join(dir, 'graph', 'articles', id, 'claims.yaml'), stringify({ article: id, claims }));
  const add = (id: string, claims: unknown[]) => {
    writeFileSync(join(dir, `${id}.txt`), id === 'region' ? 'The Steppe\n\n\nFreedonia and Sylvania make up the Steppe. It is dry.\n' : pact(id));
    addArticle({ dir, file: `${id}.txt`, id, author: 'jane-doe', published: '2011-03-04' });
    write(id, claims);
  };
  // the Turtle blocks of an article's cache file (after its compiled part)
  const chunk = (id: string) => {
    const text = readFileSync(join(dir, '.claimgraph-cache', 'articles', `${id}.chunk`), 'utf8');
    return text.slice(text.indexOf('{"key"', text.indexOf('{"key"') + 1));
  };
  return { dir, add, write, chunk };
}

describe('claims stated by several articles, written once', () => {
  it('the first article writes the shared claim; the others only their provenance, the same bytes', async () => {
    const { dir, add, chunk } = project();
    add('region', [partOf('freedonia'), partOf('sylvania')]);
    for (const id of ['p1', 'p2', 'p3']) add(id, [groupClaim, directClaim]);
    const s = await buildCorpus(dir);
    expect(s.claims).toBe(4); // 2 partOf, freedonia and sylvania in acme
    expect(readFileSync(join(dir, GRAPH_FILE))).toEqual(await inMemoryBytes(dir));
    // the owner's chunk types its claims and cites the members' sentences; the others' do neither
    expect(chunk('p1')).toContain('a cg:Claim');
    expect(chunk('p1')).toContain('/article/region/sentence/');
    for (const id of ['p2', 'p3']) {
      expect(chunk(id)).not.toContain('a cg:Claim');
      expect(chunk(id)).not.toContain('/article/region/sentence/');
      expect(chunk(id)).toContain(`cg:claimId "${id}#f-in-acme"`);
    }
  });

  it('an owner deleted, edited or outranked by a new article: the others are assembled again, the same bytes', async () => {
    const { dir, add, write, chunk } = project();
    add('region', [partOf('freedonia'), partOf('sylvania')]);
    for (const id of ['p1', 'p2', 'p3']) add(id, [groupClaim, directClaim]);
    await buildCorpus(dir);

    // the owner deleted: p2 owns both now, its chunk is assembled again; p3's stays
    rmSync(join(dir, 'graph', 'articles', 'p1'), { recursive: true });
    const del = await buildCorpus(dir);
    expect(readFileSync(join(dir, GRAPH_FILE))).toEqual(await inMemoryBytes(dir));
    expect(del.assembled).toBe(1);
    expect(chunk('p2')).toContain('a cg:Claim');

    // the owner stops stating the direct claim: p3 writes it; the group claim stays p2's
    write('p2', [groupClaim]);
    const edit = await buildCorpus(dir);
    expect([edit.compiledArticles, edit.assembled]).toEqual([['p2'], 2]);
    expect(readFileSync(join(dir, GRAPH_FILE))).toEqual(await inMemoryBytes(dir));

    // the owner states the claim otherwise (negated): the same claim IRI, another content
    write('p2', [groupClaim, { ...directClaim, polarity: 'negative' }]);
    await buildCorpus(dir);
    expect(readFileSync(join(dir, GRAPH_FILE))).toEqual(await inMemoryBytes(dir));

    // a new article sorting first takes both over: p2 and p3 are assembled again
    add('p0', [groupClaim, directClaim]);
    const added = await buildCorpus(dir);
    expect(added.assembled).toBe(3);
    expect(readFileSync(join(dir, GRAPH_FILE))).toEqual(await inMemoryBytes(dir));
    expect(chunk('p3')).not.toContain('a cg:Claim');

    // the group loses a member: the expansions (and the members' sentences) change in the owner
    write('region', [partOf('freedonia')]);
    await buildCorpus(dir);
    expect(readFileSync(join(dir, GRAPH_FILE))).toEqual(await inMemoryBytes(dir));

    // and the owner of everything deleted again, then a clean build: the same bytes throughout
    rmSync(join(dir, 'graph', 'articles', 'p0'), { recursive: true });
    await buildCorpus(dir);
    const bytes = readFileSync(join(dir, GRAPH_FILE));
    expect(bytes).toEqual(await inMemoryBytes(dir));
    await buildCorpus(dir, { clean: true });
    expect(readFileSync(join(dir, GRAPH_FILE))).toEqual(bytes);
  }, 60_000);

  it('the content key tells apart claims that share an IRI', () => {
    const base = { subject: { type: 'entity' as const, id: 'acme' }, predicate: 'name', polarity: 'positive' as const, modality: 'stated' as const, qualifiers: [], amounts: [] };
    const upper = { ...base, object: { type: 'literal' as const, value: 'ACME Pact', datatype: 'http://www.w3.org/2001/XMLSchema#string' } };
    const lower = { ...base, object: { type: 'literal' as const, value: 'acme pact', datatype: 'http://www.w3.org/2001/XMLSchema#string' } };
    expect(claimKey(upper)).toBe(claimKey(lower));
    expect(claimContentKey(upper)).not.toBe(claimContentKey(lower));
    expect(claimContentKey({ ...upper, qualifiers: [] })).toBe(claimContentKey(upper));
    // a group claim's content includes what it hands to each member
    const group = { ...base, subject: { type: 'group' as const, spec: { group: 'steppe', plus: [], except: [], quantifier: 'all' as const } }, object: upper.object };
    expect(claimContentKey({ ...group, distribute: ['amounts'] })).not.toBe(claimContentKey({ ...group, distribute: [] }));
  });
});
