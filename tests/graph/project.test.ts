import { mkdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClaimgraphError } from '../../src/errors.js';
import { assembleGraph, buildGraph, buildToFile, compileArticle, loadProject, serializeTurtle, sortGraphQuads } from '../../src/graph/index.js';
import { quadSortKey } from '../../src/graph/export.js';
import { copyMini } from '../helpers/pipeline-fixture.js';

const ART = 'graph/articles/freedonia-guild-2011';

function expectError(fn: () => unknown, code: string, file: string, message: RegExp, line?: number): void {
  let err: unknown;
  try { fn(); } catch (e) { err = e; }
  expect(err).toBeInstanceOf(ClaimgraphError);
  const ce = err as ClaimgraphError;
  expect(ce.code).toBe(code);
  expect(ce.location.file).toBe(file);
  if (line !== undefined) expect(ce.location.line).toBe(line);
  expect(ce.message).toMatch(message);
}

function edit(dir: string, rel: string, from: string | RegExp, to: string): void {
  const p = join(dir, rel);
  const before = readFileSync(p, 'utf8');
  const after = before.replace(from, to);
  expect(after).not.toBe(before);
  writeFileSync(p, after);
}

describe('loadProject', () => {
  it('rejects a meta.yaml whose id differs from its folder', () => {
    const dir = copyMini();
    edit(dir, `${ART}/meta.yaml`, 'id: freedonia-guild-2011', 'id: other');
    expectError(() => loadProject(dir), 'CLAIMS_INVALID', `${ART}/meta.yaml`, /differs from its folder name/);
  });

  it('rejects a claims file of another article', () => {
    const dir = copyMini();
    edit(dir, `${ART}/claims.yaml`, 'article: freedonia-guild-2011', 'article: other');
    expectError(() => loadProject(dir), 'CLAIMS_INVALID', `${ART}/claims.yaml`, /says article "other"/);
  });

  it('rejects an unknown author and unknown meta keys', () => {
    const dir = copyMini();
    edit(dir, `${ART}/meta.yaml`, 'author: jane-doe', 'author: john-roe');
    expectError(() => loadProject(dir), 'UNKNOWN_ENTITY', `${ART}/meta.yaml`, /unknown author entity "john-roe"/);
    const dir2 = copyMini();
    edit(dir2, `${ART}/meta.yaml`, 'url: null', 'url: null\npublisher: x');
    expectError(() => loadProject(dir2), 'CLAIMS_INVALID', `${ART}/meta.yaml`, /unknown key `publisher`/, 7);
  });

  it('names the meta.yaml line of the hash when the text was changed', () => {
    const dir = copyMini();
    edit(dir, `${ART}/article.txt`, 'March 4, 2011', 'March 5, 2011');
    expectError(() => loadProject(dir), 'SOURCE_HASH_MISMATCH', `${ART}/meta.yaml`, /the source text was changed/, 2);
  });

  it('rejects an entity of an undeclared class with its entities.yaml line', () => {
    const dir = copyMini();
    edit(dir, 'graph/entities.yaml', 'type: Project', 'type: Projekt');
    expectError(() => loadProject(dir), 'UNKNOWN_PROPERTY', 'graph/entities.yaml', /unknown class cg:Projekt/, 10);
  });

  it('ignores dot-folders and builds an article without claims.yaml', async () => {
    const dir = copyMini();
    mkdirSync(join(dir, 'graph/articles/.in-progress'));
    cpSync(join(dir, ART), join(dir, 'graph/articles/second-copy'), { recursive: true });
    edit(dir, 'graph/articles/second-copy/meta.yaml', 'id: freedonia-guild-2011', 'id: second-copy');
    writeFileSync(join(dir, 'graph/articles/second-copy/claims.yaml'), 'article: second-copy\nclaims: []\n');
    const project = loadProject(dir);
    expect(project.articles.map((a) => a.id)).toEqual(['freedonia-guild-2011', 'second-copy']);
    const built = buildGraph(project);
    expect(built.store.countQuads('https://w3id.org/claimgraph/article/second-copy', null, null, null)).toBeGreaterThan(3);
  });

  it('lets a group in one article use memberships stated in another', () => {
    const dir = copyMini();
    cpSync(join(dir, ART), join(dir, 'graph/articles/second-copy'), { recursive: true });
    edit(dir, 'graph/articles/second-copy/meta.yaml', 'id: freedonia-guild-2011', 'id: second-copy');
    writeFileSync(join(dir, 'graph/articles/second-copy/claims.yaml'), [
      'article: second-copy', 'claims:', '  - id: council', '    quote: "Sylvania is not a member of the Council"',
      '    subject: { group: northern-states }', '    predicate: memberOf', '    object: council', '    polarity: negative', '',
    ].join('\n'));
    const built = buildGraph(loadProject(dir));
    const c = built.claims.find((x) => x.claimId === 'second-copy#council/freedonia')!;
    expect(c.key).toBe('freedonia.memberOf.council.neg');
    expect(c.sentences).toEqual([
      { article: 'freedonia-guild-2011', sentenceId: 's002' },
      { article: 'second-copy', sentenceId: 's006' },
    ]);
  });
});

describe('compileArticle / assembleGraph', () => {
  it('compiled articles survive a JSON round trip (cacheable) and assemble to the same graph', async () => {
    const dir = copyMini();
    const project = loadProject(dir);
    const compiled = project.articles.map((a) => compileArticle(project, a));
    const revived = JSON.parse(JSON.stringify(compiled));
    expect(await serializeTurtle(assembleGraph(project, revived).quads)).toBe(await serializeTurtle(buildGraph(project).quads));
  });

  it('sorts quads by subject block exactly as the whole-key sort does, without duplicates', () => {
    const project = loadProject(copyMini());
    const compiled = project.articles.map((a) => compileArticle(project, a));
    // the same articles twice: every triple comes twice and must be kept once
    const built = assembleGraph(project, [...compiled, ...compiled]);
    const keys = built.quads.map(quadSortKey);
    expect(built.quads).toEqual(sortGraphQuads(built.quads));
    expect(new Set(keys).size).toBe(keys.length);
    expect(built.keys).toEqual(keys);
    expect(built.quads.length).toBe(buildGraph(project).quads.length);
    expect(built.blocks.map((b) => b.key)).toEqual([...new Set(keys.map((k) => k.slice(0, k.indexOf('\u0000'))))]);
  });

  it('buildToFile leaves the previous graph untouched on error and reports unchanged rebuilds', async () => {
    const dir = copyMini();
    const graph = join(dir, 'graph/claimgraph.ttl');
    const before = readFileSync(graph, 'utf8');
    expect((await buildToFile(dir)).changed).toBe(false);
    edit(dir, `${ART}/claims.yaml`, 'predicate: heldOn', 'predicate: heldAt');
    await expect(buildToFile(dir)).rejects.toThrow(/unknown property cg:heldAt/);
    expect(readFileSync(graph, 'utf8')).toBe(before);
  });
});
