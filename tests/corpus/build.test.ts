import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser, Store } from 'n3';
import { parse, stringify } from 'yaml';
import { projectRoot } from '../helpers/cli.js';
import { addArticle, buildCorpus, findConflicts, generateCorpus, loadBuiltGraph, loadPropertyAxioms } from '../../src/corpus/index.js';
import { buildToFile, GRAPH_FILE } from '../../src/graph/index.js';
import { tempDir as makeTempDir } from '../helpers/temp.js';

const CG = 'https://w3id.org/claimgraph/ontology#';
const PROV = 'http://www.w3.org/ns/prov#';

function tempDir(prefix: string): string {
  return makeTempDir(`claimgraph-${prefix}-`);
}

/** The in-memory build's bytes for the same project (copied, so caches and outputs stay apart). */
async function inMemoryBytes(dir: string): Promise<Buffer> {
  const copy = tempDir('inmem');
  for (const sub of ['ontology', 'graph', 'queries']) if (existsSync(join(dir, sub))) cpSync(join(dir, sub), join(copy, sub), { recursive: true });
  rmSync(join(copy, GRAPH_FILE), { force: true });
  await buildToFile(copy);
  return readFileSync(join(copy, GRAPH_FILE));
}

describe('buildCorpus (streaming, incremental)', () => {
  it('writes exactly the bytes of the in-memory build, and recompiles only what changed', async () => {
    const dir = tempDir('corpus');
    const gen = generateCorpus({ dir, articles: 6, seed: 'test', projectRoot });
    const cold = await buildCorpus(dir);
    expect(cold.compiled).toBe(6);
    expect(cold.triples).toBeGreaterThan(4000);
    expect(readFileSync(join(dir, GRAPH_FILE))).toEqual(await inMemoryBytes(dir));

    // A clean build recompiles everything and writes the same bytes.
    const clean = await buildCorpus(dir, { clean: true });
    expect([clean.compiled, clean.changed]).toEqual([6, false]);
    // The old entries, set aside at its start and deleted during its merge, are gone when it ends.
    expect(readdirSync(join(dir, '.claimgraph-cache')).filter((n) => n.startsWith('articles.old-'))).toEqual([]);

    // Nothing changed: nothing compiled, the merge is skipped, the file is untouched.
    const noop = await buildCorpus(dir);
    expect([noop.compiled, noop.reused, noop.merged, noop.changed]).toEqual([0, 6, false, false]);
    expect(noop.triples).toBe(cold.triples);

    // Touch one article's claims: only it is compiled again.
    const victim = gen.articles[3];
    const claimsFile = join(dir, 'graph', 'articles', victim, 'claims.yaml');
    const yaml = readFileSync(claimsFile, 'utf8');
    const firstClaim = yaml.indexOf('\n  - id:');
    const secondClaim = yaml.indexOf('\n  - id:', firstClaim + 1);
    writeFileSync(claimsFile, yaml.slice(0, firstClaim) + yaml.slice(secondClaim)); // drop one claim
    const one = await buildCorpus(dir);
    expect(one.compiledArticles).toEqual([victim]);
    expect(one.changed).toBe(true);
    expect(readFileSync(join(dir, GRAPH_FILE))).toEqual(await inMemoryBytes(dir));

    // A comment-only edit changes the inputs but not the graph.
    appendFileSync(claimsFile, '# reviewed\n');
    const same = await buildCorpus(dir);
    expect([same.compiledArticles, same.changed]).toEqual([[victim], false]);

    // A deleted article disappears from the graph and from the cache; files an older cache
    // version kept (info beside the compiled form, the segment beside the chunk) go too.
    rmSync(join(dir, 'graph', 'articles', gen.articles[5]), { recursive: true });
    for (const old of ['info.json', 'compiled.json', 'chunk.ix', 'compiled.jsonl']) writeFileSync(join(dir, '.claimgraph-cache', 'articles', `${gen.articles[4]}.${old}`), '{}');
    const del = await buildCorpus(dir);
    expect([del.articles, del.compiled]).toEqual([5, 0]);
    expect(readdirSync(join(dir, '.claimgraph-cache', 'articles')).filter((f) => f.startsWith(`${gen.articles[5]}.`))).toEqual([]);
    // one file: info and compiled form, then the chunk with its index segment (src/corpus/cache-file.ts)
    expect(readdirSync(join(dir, '.claimgraph-cache', 'articles')).filter((f) => f.startsWith(`${gen.articles[4]}.`)).sort())
      .toEqual([`${gen.articles[4]}.chunk`]);
    expect(readFileSync(join(dir, GRAPH_FILE))).toEqual(await inMemoryBytes(dir));
    expect(readFileSync(join(dir, '.claimgraph-cache', '.gitignore'), 'utf8')).toBe('*\n');
  }, 120_000);

  it('re-expands group claims elsewhere when an article changes who belongs to a group', async () => {
    const dir = tempDir('groups');
    cpSync(join(projectRoot, 'ontology'), join(dir, 'ontology'), { recursive: true });
    mkdirSync(join(dir, 'graph', 'articles'), { recursive: true });
    writeFileSync(join(dir, 'graph', 'entities.yaml'), `entities:
  - { id: steppe, type: Region, label: Steppe }
  - { id: freedonia, type: Country, label: Freedonia }
  - { id: sylvania, type: Country, label: Sylvania }
  - { id: acme, type: IntergovernmentalOrganisation, label: Acme Pact }
  - { id: jane-doe, type: Person, label: Jane Doe }
`);
    const texts: Record<string, string> = {
      region: 'The Steppe\n\n\nFreedonia and Sylvania make up the Steppe. It is dry.\n',
      pact: 'The Pact\n\n\nAll Steppe states are members of the Acme Pact. More may follow.\n',
      other: 'Elsewhere\n\n\nFreedonia is a member of the Acme Pact. Nothing else happened.\n',
    };
    for (const [id, text] of Object.entries(texts)) {
      writeFileSync(join(dir, `${id}.txt`), text);
      addArticle({ dir, file: `${id}.txt`, id, author: 'jane-doe', published: '2011-03-04' });
    }
    const partOf = (who: string) => ({ id: `${who}-in-steppe`, quote: 'Freedonia and Sylvania make up the Steppe', subject: who, predicate: 'partOf', object: 'steppe' });
    const write = (id: string, claims: unknown[]) => writeFileSync(join(dir, 'graph', 'articles', id, 'claims.yaml'), stringify({ article: id, claims }));
    write('region', [partOf('freedonia'), partOf('sylvania')]);
    write('pact', [{ id: 'steppe-in-acme', quote: 'All Steppe states are members of the Acme Pact', subject: { group: 'steppe' }, predicate: 'memberOf', object: 'acme' }]);
    write('other', [{ id: 'f-in-acme', quote: 'Freedonia is a member of the Acme Pact', subject: 'freedonia', predicate: 'memberOf', object: 'acme' }]);
    const first = await buildCorpus(dir);
    expect(first.claims).toBe(4); // 2 partOf + 2 expanded memberships (one shared with `other`)
    expect(readFileSync(join(dir, GRAPH_FILE))).toEqual(await inMemoryBytes(dir));

    const pactFile = join(dir, '.claimgraph-cache', 'articles', 'pact.chunk');
    const before = statSync(pactFile);
    write('region', [partOf('freedonia')]);
    const s = await buildCorpus(dir);
    expect(s.compiledArticles).toEqual(['region']);
    expect(s.assembled).toBe(2); // region (compiled) and pact (its group lost a member); not other
    expect(s.claims).toBe(2);
    expect(readFileSync(join(dir, GRAPH_FILE))).toEqual(await inMemoryBytes(dir));
    // pact's shorter chunk went into its cache file in place, after its compiled form, and the
    // longer old one was cut off (src/corpus/cache-file.ts)
    const after = statSync(pactFile);
    expect(after.ino).toBe(before.ino);
    expect(after.size).toBeLessThan(before.size);
  });

  it('encodes literals as the writer does: escapes, shorthand and other datatypes', async () => {
    // The chunk writer makes most literal encodings itself and leaves the rest to n3's writer.
    const dir = tempDir('literals');
    cpSync(join(projectRoot, 'ontology'), join(dir, 'ontology'), { recursive: true });
    mkdirSync(join(dir, 'graph', 'articles'), { recursive: true });
    writeFileSync(join(dir, 'graph', 'entities.yaml'), `entities:
  - { id: freedonia, type: Country, label: "Freedonia \\"the free\\"", altLabels: ["back\\\\slash", "tab\\there"] }
  - { id: sylvania, type: Country, label: Sylvania }
  - { id: jane-doe, type: Person, label: Jane Doe }
`);
    const text = 'The "Quoted" Deal\n\n\nFreedonia said "yes" to Sylvania on 3 May 2015. A \\ backslash and a tab\there. Caf\u00e9 \u{1d11e} music.\n';
    writeFileSync(join(dir, 'deal.txt'), text);
    addArticle({ dir, file: 'deal.txt', id: 'deal', author: 'jane-doe', published: '2011-03-04' });
    writeFileSync(join(dir, 'graph', 'articles', 'deal', 'claims.yaml'), stringify({ article: 'deal', claims: [
      { id: 'said-yes', quote: 'Freedonia said "yes" to Sylvania on 3 May 2015', subject: 'freedonia', predicate: 'signedDealWith', object: 'sylvania',
        qualifiers: { date: '2015-05-03', amounts: [{ value: '12.50', currency: 'USD' }] } },
    ] }));
    await buildCorpus(dir);
    const bytes = readFileSync(join(dir, GRAPH_FILE));
    expect(bytes).toEqual(await inMemoryBytes(dir));
    const ttl = bytes.toString('utf8');
    for (const enc of ['\\"yes\\"', '\\\\ backslash', '\\t', '"2015-05-03"^^xsd:date', '12.50']) expect(ttl).toContain(enc);
  });

  it('a build without cached articles (cache deleted) compiles all as a clean one, the same bytes, and caches again', async () => {
    const dir = tempDir('uncached');
    generateCorpus({ dir, articles: 3, seed: 'uncached', projectRoot });
    const first = await buildCorpus(dir);
    const bytes = readFileSync(join(dir, GRAPH_FILE));
    rmSync(join(dir, '.claimgraph-cache', 'articles'), { recursive: true });
    const again = await buildCorpus(dir);
    expect([again.compiled, again.reused, again.assembled, again.merged]).toEqual([3, 0, 3, true]);
    expect(again.triples).toBe(first.triples);
    expect(readFileSync(join(dir, GRAPH_FILE))).toEqual(bytes);
    const third = await buildCorpus(dir);
    expect([third.compiled, third.reused, third.assembled]).toEqual([0, 3, 0]);
  }, 60_000);

  it('builds the same bytes with worker threads (compiled library, child process)', async () => {
    const dir = tempDir('parallel');
    generateCorpus({ dir, articles: 5, seed: 'threads', projectRoot });
    const child = join(projectRoot, 'tests', 'helpers', 'corpus-memory-child.mjs');
    const out = JSON.parse(execFileSync(process.execPath, ['--expose-gc', child, dir, 'parallel'], { encoding: 'utf8' }));
    expect(out.triples).toBeGreaterThan(3000);
    expect(readFileSync(join(dir, GRAPH_FILE))).toEqual(await inMemoryBytes(dir));
    // Again from clean: the old cache entries are set aside, and a worker deletes them during the merge.
    const again = JSON.parse(execFileSync(process.execPath, ['--expose-gc', child, dir, 'parallel'], { encoding: 'utf8' }));
    expect(again.triples).toBe(out.triples);
    expect(readdirSync(join(dir, '.claimgraph-cache')).filter((n) => n.startsWith('articles.old-'))).toEqual([]);
  }, 120_000);

  it('keeps memory bounded: live heap barely grows from N to 4N articles', () => {
    const child = join(projectRoot, 'tests', 'helpers', 'corpus-memory-child.mjs');
    const measure = (articles: number, mode: 'stream' | 'memory') => {
      const dir = tempDir(`mem${articles}`);
      generateCorpus({ dir, articles, seed: 'memory', worldSize: 32, projectRoot });
      const out = execFileSync(process.execPath, ['--expose-gc', child, dir, mode], { encoding: 'utf8' });
      return JSON.parse(out) as { baseHeapMB: number; maxLiveHeapMB: number; peakRssMB: number; triples: number };
    };
    const small = measure(8, 'stream');
    const big = measure(32, 'stream');
    const smallMem = measure(8, 'memory');
    const bigMem = measure(32, 'memory');
    console.log({ small, big, smallMem, bigMem });
    expect(big.triples).toBeGreaterThan(3.5 * small.triples);
    const growth = big.maxLiveHeapMB - big.baseHeapMB;
    const smallGrowth = small.maxLiveHeapMB - small.baseHeapMB;
    // Linear growth would be ~4x; streamed, the largest article dominates.
    expect(growth).toBeLessThan(1.6 * smallGrowth);
    // And the in-memory build does grow with the corpus (so this test can tell the two apart).
    expect(bigMem.maxLiveHeapMB - bigMem.baseHeapMB).toBeGreaterThan(1.6 * (smallMem.maxLiveHeapMB - smallMem.baseHeapMB));
  }, 180_000);
});

describe('cross-article provenance', () => {
  const ENTITIES = `entities:
  - { id: freedonia, type: Country, label: Freedonia }
  - { id: acme, type: IntergovernmentalOrganisation, label: Acme Pact }
  - { id: jane-doe, type: Person, label: Jane Doe }
  - { id: john-roe, type: Person, label: John Roe }
`;
  function project(): string {
    const dir = tempDir('xart');
    cpSync(join(projectRoot, 'ontology'), join(dir, 'ontology'), { recursive: true });
    mkdirSync(join(dir, 'graph', 'articles'), { recursive: true });
    writeFileSync(join(dir, 'graph', 'entities.yaml'), ENTITIES);
    writeFileSync(join(dir, 'one.txt'), 'Freedonia Joins Acme\n\n\nFreedonia is a member of the Acme Pact. Trade grew fast.\n\n*Jane Doe\nSenior Fellow, Pact Institute\n');
    writeFileSync(join(dir, 'two.txt'), 'Acme Expands\n\n\nOfficials confirmed it again. Freedonia is a member of the Acme Pact, they said.\n\n*John Roe\nAnalyst\n');
    return dir;
  }
  const claim = (article: string, id: string, extra = '') =>
    `article: ${article}\nclaims:\n  - id: ${id}\n    quote: Freedonia is a member of the Acme Pact\n    subject: freedonia\n    predicate: memberOf\n    object: acme\n${extra}`;

  it('an added article with the skeleton claims file builds as is', async () => {
    const dir = project();
    addArticle({ dir, file: 'one.txt', id: 'one', author: 'jane-doe', published: '2011-03-04' });
    const s = await buildCorpus(dir);
    expect([s.articles, s.claims]).toEqual([1, 0]);
    expect(readFileSync(join(dir, GRAPH_FILE))).toEqual(await inMemoryBytes(dir));
  });

  it('merges the same claim of two articles into one node with both sources', async () => {
    const dir = project();
    addArticle({ dir, file: 'one.txt', id: 'one', author: 'jane-doe', published: '2011-03-04' });
    addArticle({ dir, file: 'two.txt', id: 'two', author: 'john-roe', published: '2011-03-05' });
    writeFileSync(join(dir, 'graph/articles/one/claims.yaml'), claim('one', 'member'));
    writeFileSync(join(dir, 'graph/articles/two/claims.yaml'), claim('two', 'freedonia-in-acme'));
    const s = await buildCorpus(dir);
    expect(s.claims).toBe(1);
    const store = new Store(new Parser().parse(readFileSync(join(dir, GRAPH_FILE), 'utf8')));
    const claims = store.getSubjects(`http://www.w3.org/1999/02/22-rdf-syntax-ns#type`, `${CG}Claim`, null).map((t) => t.value);
    expect(claims).toEqual(['https://w3id.org/claimgraph/claim/freedonia.memberOf.acme']);
    const objects = (p: string) => store.getObjects(claims[0], p, null).map((t) => t.value).sort();
    expect(objects(`${PROV}wasDerivedFrom`)).toEqual([
      'https://w3id.org/claimgraph/article/one/sentence/s002',
      'https://w3id.org/claimgraph/article/two/sentence/s003',
    ]);
    expect(objects(`${CG}claimId`)).toEqual(['one#member', 'two#freedonia-in-acme']);
    expect(objects(`${CG}statedIn`)).toEqual(['https://w3id.org/claimgraph/article/one', 'https://w3id.org/claimgraph/article/two']);
    expect(objects(`${CG}assertedBy`)).toEqual(['https://w3id.org/claimgraph/resource/jane-doe', 'https://w3id.org/claimgraph/resource/john-roe']);
    expect(readFileSync(join(dir, GRAPH_FILE))).toEqual(await inMemoryBytes(dir));

    // The second article now denies it: a cross-article conflict, both sides cited.
    writeFileSync(join(dir, 'graph/articles/two/claims.yaml'), claim('two', 'freedonia-in-acme', '    polarity: negative\n'));
    const again = await buildCorpus(dir);
    expect(again.compiledArticles).toEqual(['two']);
    const report = findConflicts(loadBuiltGraph(dir), loadPropertyAxioms(dir));
    expect(report.conflicts).toHaveLength(1);
    expect(report.conflicts[0].crossArticle).toBe(true);
    expect(report.conflicts[0].sides.map((x) => x.sentences.map((t) => t.text))).toEqual([
      ['Freedonia is a member of the Acme Pact.'],
      ['Freedonia is a member of the Acme Pact, they said.'],
    ]);
  });
});

describe('generated corpus conflicts', () => {
  it('a consistent world has no conflicts; contradictions planted across articles are found', async () => {
    const clean = tempDir('gen0');
    generateCorpus({ dir: clean, articles: 10, seed: 'conflicts', conflictRate: 0, projectRoot });
    await buildCorpus(clean);
    expect(findConflicts(loadBuiltGraph(clean), loadPropertyAxioms(clean)).conflicts).toEqual([]);

    const dirty = tempDir('gen1');
    generateCorpus({ dir: dirty, articles: 10, seed: 'conflicts', conflictRate: 0.3, projectRoot });
    await buildCorpus(dirty);
    const report = findConflicts(loadBuiltGraph(dirty), loadPropertyAxioms(dirty));
    expect(report.crossArticle).toBeGreaterThan(0);
    for (const c of report.conflicts) {
      expect(c.sides.length).toBeGreaterThanOrEqual(2);
      for (const side of c.sides) expect(side.sentences.length).toBeGreaterThan(0);
    }
  });
});
