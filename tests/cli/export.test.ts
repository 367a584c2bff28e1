import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import N3 from 'n3';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/errors.js';
import { runCliCapture } from '../helpers/cli.js';
import { copyMini, miniDir } from '../helpers/pipeline-fixture.js';

const committed = readFileSync(join(miniDir, 'graph/claimgraph.ttl'), 'utf8');
const tripleSet = (quads: N3.Quad[]): Set<string> => new Set(quads.map((q) => `${q.subject.id} ${q.predicate.id} ${q.object.id}`));
const expected = tripleSet(new N3.Parser().parse(committed));

describe('claimgraph export', () => {
  it('exports Turtle identical to the committed graph by default', async () => {
    const r = await runCliCapture(['export'], { cwd: miniDir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(committed);
  });

  it.each([
    ['ntriples', 'N-Triples'],
    ['nquads', 'N-Quads'],
    ['trig', 'TriG'],
  ])('exports %s with the same triples, deterministically', async (format, n3format) => {
    const a = await runCliCapture(['export', '--format', format], { cwd: miniDir });
    const b = await runCliCapture(['export', '--format', format], { cwd: miniDir });
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const quads = new N3.Parser({ format: n3format }).parse(a.stdout);
    expect(tripleSet(quads)).toEqual(expected);
    if (format !== 'ntriples') expect(new Set(quads.map((q) => q.graph.value))).toEqual(new Set(['https://w3id.org/claimgraph/graph']));
  });

  it('exports compact JSON-LD with the project prefixes, deterministically', async () => {
    const a = await runCliCapture(['export', '--format', 'jsonld'], { cwd: miniDir });
    const b = await runCliCapture(['export', '--format', 'jsonld'], { cwd: miniDir });
    expect(a.stdout).toBe(b.stdout);
    const doc = JSON.parse(a.stdout) as { '@context': Record<string, string>; '@graph': Array<Record<string, unknown>> };
    expect(doc['@context'].cgr).toBe('https://w3id.org/claimgraph/resource/');
    expect(doc['@graph'].find((n) => n['@id'] === 'cgr:freedonia')).toMatchObject({ 'rdfs:label': 'Freedonia', 'cg:memberOf': { '@id': 'cgr:guild' } });
  });

  it('writes -o atomically and reports on stderr', async () => {
    const dir = copyMini();
    const r = await runCliCapture(['export', '-f', 'ntriples', '-o', 'out.nt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^wrote out.nt \(ntriples, \d+ triples\)/);
    expect(tripleSet(new N3.Parser({ format: 'N-Triples' }).parse(readFileSync(join(dir, 'out.nt'), 'utf8')))).toEqual(expected);
  });

  it('rejects an unknown format and a missing graph', async () => {
    const bad = await runCliCapture(['export', '--format', 'rdfxml'], { cwd: miniDir });
    expect(bad.code).toBe(ERROR_CODES.USAGE);
    expect(bad.stderr).toContain('unknown --format "rdfxml"');
    const none = await runCliCapture(['export'], { cwd: '/tmp' });
    expect(none.code).toBe(ERROR_CODES.SOURCE_NOT_FOUND);
    expect(none.stderr).toContain('run `claimgraph build` first');
  });
});
