import { appendFileSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/index.js';
import { builtGraphCurrent } from '../../src/corpus/current.js';
import { setupFor, suggestArticle } from '../../src/suggest/index.js';
import { suggestProject } from '../helpers/suggest-fixture.js';

const ARTICLE = 'league-vote';
const GRAPH = 'graph/claimgraph.ttl';
const ENTITIES = 'graph/entities.yaml';
const OTHER_CLAIMS = 'graph/articles/ruritania-basics/claims.yaml';

/** A file's time set to `seconds` from now (negative: in the past); its bytes untouched. */
function retime(dir: string, file: string, seconds: number): void {
  const t = new Date(Date.now() + seconds * 1000);
  utimesSync(join(dir, file), t, t);
}

/** Whether `suggest` read the built graph (nothing compiled in memory) rather than building the project. */
function readsBuiltGraph(dir: string): boolean {
  return setupFor(dir, ARTICLE).compiled.size === 0;
}

// `suggest` decides whether graph/claimgraph.ttl is current as `build` does: by the contents of
// its inputs, not their file times (src/corpus/current.ts).
describe('suggest: whether the built graph is current', () => {
  let dir: string;
  beforeAll(async () => {
    dir = suggestProject();
    await buildCorpus(dir);
  });

  it('reads the built graph right after a build', () => {
    expect(builtGraphCurrent(dir, { except: ARTICLE })).toBe(true);
    expect(readsBuiltGraph(dir)).toBe(true);
  });
  it('still reads it when a source was saved without a change (newer than the graph)', () => {
    retime(dir, ENTITIES, 60);
    retime(dir, OTHER_CLAIMS, 60);
    expect(readsBuiltGraph(dir)).toBe(true);
  });
  it('still reads it when the graph was rewritten with the same bytes (older than its sources)', () => {
    writeFileSync(join(dir, GRAPH), readFileSync(join(dir, GRAPH)));
    retime(dir, GRAPH, -3600);
    expect(readsBuiltGraph(dir)).toBe(true);
  });
  it('the article proposed for does not count: it is read anew from its files', () => {
    appendFileSync(join(dir, 'graph/articles', ARTICLE, 'claims.yaml'), '# a reviewer was here\n');
    expect(readsBuiltGraph(dir)).toBe(true);
    // for any other article it is an input like the rest
    expect(builtGraphCurrent(dir, { except: 'ruritania-basics' })).toBe(false);
    expect(builtGraphCurrent(dir)).toBe(false);
  });
  it('builds the project in memory when another article changed, however new the graph is', () => {
    const before = readFileSync(join(dir, OTHER_CLAIMS), 'utf8');
    writeFileSync(join(dir, OTHER_CLAIMS), before + '# changed\n');
    retime(dir, GRAPH, 3600);
    expect(readsBuiltGraph(dir)).toBe(false);
    writeFileSync(join(dir, OTHER_CLAIMS), before);
    expect(readsBuiltGraph(dir)).toBe(true);
  });
  it('a graph put back from elsewhere (other bytes, same size, newer) is not current', () => {
    const turtle = readFileSync(join(dir, GRAPH), 'utf8');
    // same length: only the hash tells them apart
    writeFileSync(join(dir, GRAPH), turtle.replace('Freedonia', 'Freedonib'));
    retime(dir, GRAPH, 7200);
    expect(readsBuiltGraph(dir)).toBe(false);
    writeFileSync(join(dir, GRAPH), turtle);
    expect(readsBuiltGraph(dir)).toBe(true);
  });
  it('an entity added since the build is known to suggest, though the graph is newer than entities.yaml', () => {
    expect(suggestArticle(dir, ARTICLE, { dryRun: true, all: true }).entities.map((e) => e.id)).toContain('atlantis');
    appendFileSync(join(dir, ENTITIES), '  - id: atlantis\n    type: Country\n    label: Atlantis\n');
    retime(dir, ENTITIES, -60);
    retime(dir, GRAPH, 3600);
    const report = suggestArticle(dir, ARTICLE, { dryRun: true, all: true });
    expect(report.entities.map((e) => e.id)).not.toContain('atlantis');
    expect(report.claims.some((c) => c.object === 'atlantis' && !c.needs)).toBe(true);
  });
  it('a project never built with the build cache is not current', () => {
    const other = suggestProject();
    expect(builtGraphCurrent(other)).toBe(false);
  });
});
