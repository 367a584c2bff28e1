import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import N3 from 'n3';
import { describe, expect, it } from 'vitest';
import { formatReport, reportToQuads, validateProject } from '../../src/validate/index.js';
import { corpusFixture } from '../helpers/cli.js';
import { copyProject } from '../helpers/project.js';
import { copyMini, miniDir } from '../helpers/pipeline-fixture.js';

const GRAPH = 'graph/claimgraph.ttl';
const MINI_ARTICLE = 'graph/articles/freedonia-guild-2011/article.txt';

describe('validateProject', () => {
  it('the corpus fixture conforms (SHACL, anchors, hashes, not stale)', async () => {
    const report = await validateProject(corpusFixture);
    expect(report.results.filter((r) => r.severity === 'Violation')).toEqual([]);
    expect(report.conforms).toBe(true);
    expect(report.checked).toMatchObject({ shapes: true, stale: true, articles: 3 });
    expect(report.results).toEqual([]);
    expect(report.checked.anchors).toBeGreaterThan(50);
  });

  it('the mini fixture conforms; its ontology has no lexicon, so every property its claims use is reported as unreadable by the checker', async () => {
    const report = await validateProject(miniDir);
    expect(report.conforms).toBe(true);
    expect(new Set(report.results.map((r) => `${r.severity}[${r.source}]`))).toEqual(new Set(['Warning[vocabulary]']));
    expect(report.results.map((r) => r.message)).toContain('cg:memberOf is used by claims but has no lexical pattern: the fact checker cannot read a claim about it (add cg:lexicalPattern to its declaration)');
  });

  it('reports a sentence whose anchorOf differs from the text at its offsets', async () => {
    const dir = copyMini();
    const path = join(dir, GRAPH);
    writeFileSync(path, readFileSync(path, 'utf8').replace('nif:anchorOf "Sylvania is not a member of the Council"', 'nif:anchorOf "Sylvania is a member of the Council"'));
    const report = await validateProject(dir);
    expect(report.conforms).toBe(false);
    const anchor = report.results.filter((r) => r.source === 'anchor');
    expect(anchor).toHaveLength(1);
    expect(anchor[0]).toMatchObject({
      severity: 'Violation',
      focusNode: 'https://w3id.org/claimgraph/article/freedonia-guild-2011/quote/330-369',
      path: 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf',
    });
    expect(anchor[0].message).toContain('differs from the text at 330-369');
    // the edited graph is also stale
    expect(report.results.some((r) => r.source === 'stale')).toBe(true);
  });

  it('reports a tampered article text (hash) and that the project no longer builds', async () => {
    const dir = copyMini();
    appendFileSync(join(dir, MINI_ARTICLE), 'Extra line.\n');
    const report = await validateProject(dir);
    expect(report.conforms).toBe(false);
    const hash = report.results.filter((r) => r.source === 'hash');
    expect(hash.map((r) => r.focusNode).sort()).toEqual([MINI_ARTICLE, 'graph/articles/freedonia-guild-2011/meta.yaml']);
    expect(hash.find((r) => r.focusNode === MINI_ARTICLE)!.message).toContain('the source text was changed');
    expect(report.results.find((r) => r.source === 'build')!.message).toContain('SOURCE_HASH_MISMATCH');
  });

  it('reports a stale graph after a claims change', async () => {
    const dir = copyMini();
    const claims = join(dir, 'graph/articles/freedonia-guild-2011/claims.yaml');
    writeFileSync(claims, readFileSync(claims, 'utf8').replace('object: "2011-03-04"', 'object: "2011-03-05"'));
    const report = await validateProject(dir);
    expect(report.results.filter((r) => r.source !== 'vocabulary').map((r) => r.source)).toEqual(['stale']);
    expect(report.results[0].message).toMatch(/stale: a fresh build differs \(\d+ triples added, \d+ removed\)/);
    expect((await validateProject(dir, { skipStale: true })).conforms).toBe(true);
  });

  it('reports SHACL violations of ontology/shapes.ttl with focus node and path', async () => {
    const dir = copyMini();
    const path = join(dir, GRAPH);
    // drop the sources of one claim: the claim shape needs at least one prov:wasDerivedFrom
    const store = new N3.Store(new N3.Parser().parse(readFileSync(path, 'utf8')));
    const claim = 'https://w3id.org/claimgraph/claim/summit.heldOn.2011-03-04';
    store.removeQuads(store.getQuads(claim, 'http://www.w3.org/ns/prov#wasDerivedFrom', null, null));
    writeFileSync(path, new N3.Writer().quadsToString(store.getQuads(null, null, null, null)));
    const report = await validateProject(dir, { skipStale: true });
    const shacl = report.results.filter((r) => r.source === 'shacl');
    expect(shacl).toHaveLength(1);
    expect(shacl[0]).toMatchObject({ severity: 'Violation', focusNode: claim, path: 'http://www.w3.org/ns/prov#wasDerivedFrom' });
    expect(shacl[0].sourceConstraintComponent).toBe('http://www.w3.org/ns/shacl#MinCountConstraintComponent');
  });

  it('turns the report into a sh:ValidationReport without blank nodes, and prints it', async () => {
    const dir = copyMini();
    appendFileSync(join(dir, MINI_ARTICLE), 'x');
    const report = await validateProject(dir);
    const quads = reportToQuads(report);
    const SH = 'http://www.w3.org/ns/shacl#';
    const store = new N3.Store(quads as N3.Quad[]);
    expect(store.countQuads(null, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type', SH + 'ValidationReport', null)).toBe(1);
    expect(store.getObjects(null, SH + 'conforms', null)[0].value).toBe('false');
    expect(store.countQuads(null, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type', SH + 'ValidationResult', null)).toBe(report.results.length);
    expect(quads.some((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode')).toBe(false);
    const text = formatReport(report);
    expect(text).toContain('violation[hash]');
    expect(text.trim().split('\n').pop()).toMatch(/^does NOT conform: \d+ violations/);
  });

  it('uses a copy of the repository too (hash mismatch in the real article is caught)', async () => {
    const dir = copyProject();
    appendFileSync(join(dir, 'graph/articles/japan-central-asia-engagement-2015/article.txt'), ' ');
    const report = await validateProject(dir, { skipStale: true });
    expect(report.conforms).toBe(false);
    expect(report.results.filter((r) => r.source === 'hash').length).toBeGreaterThanOrEqual(2);
  });
});
