import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ttl } from '../helpers/rdf.js';
import { projectRoot, runCliCapture } from '../helpers/cli.js';
import { findConflicts, loadPropertyAxioms } from '../../src/corpus/index.js';
import { ERROR_CODES } from '../../src/errors.js';
import { tempDir } from '../helpers/temp.js';

const PREFIXES = `@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix cg: <https://w3id.org/claimgraph/ontology#> .
@prefix cgr: <https://w3id.org/claimgraph/resource/> .
@prefix cga: <https://w3id.org/claimgraph/article/> .
@prefix cgc: <https://w3id.org/claimgraph/claim/> .
`;

let sentenceNo = 0;
/** A claim node in the shape of docs/DESIGN.md, with one source sentence in `article`. */
function claim(article: string, s: string, p: string, o: string, opts: { neg?: boolean; modality?: string; iri?: string } = {}): string {
  const n = ++sentenceNo;
  const iri = opts.iri ?? `cgc:${s}.${p}.${o.replace(/[^a-z0-9-]/gi, '')}${opts.neg ? '.neg' : ''}${opts.modality ? `.${opts.modality.toLowerCase()}` : ''}`;
  const obj = /^[a-z]/.test(o) ? `cgr:${o}` : o;
  const sent = `<https://w3id.org/claimgraph/article/${article}/sentence/s${String(n).padStart(3, '0')}>`;
  const text = `<https://w3id.org/claimgraph/article/${article}/text>`;
  return `${iri} a cg:Claim ; rdf:subject cgr:${s} ; rdf:predicate cg:${p} ; rdf:object ${obj} ;
  cg:polarity cg:${opts.neg ? 'Negative' : 'Positive'} ; cg:modality cg:${opts.modality ?? 'Stated'} ;
  cg:claimId "${article}#c${n}" ; cg:statedIn cga:${article} ; prov:wasDerivedFrom ${sent} .
${sent} a nif:Sentence ; cg:sentenceId "s${String(n).padStart(3, '0')}" ; nif:beginIndex ${n * 10} ; nif:endIndex ${n * 10 + 9} ;
  nif:anchorOf "sentence ${n} of ${article}" ; nif:referenceContext ${text} .
${text} nif:sourceUrl cga:${article} .
`;
}

const axioms = loadPropertyAxioms(projectRoot);

function graph(body: string) {
  return ttl([body] as unknown as TemplateStringsArray);
}

describe('findConflicts', () => {
  it('reports a statement one article makes and another denies, both sides cited', () => {
    const store = graph(claim('a1', 'freedonia', 'memberOf', 'acme') + claim('a2', 'freedonia', 'memberOf', 'acme', { neg: true }));
    const report = findConflicts(store, axioms);
    expect(report.claims).toBe(2);
    expect(report.conflicts).toHaveLength(1);
    const [c] = report.conflicts;
    expect(c.kind).toBe('polarity');
    expect(c.crossArticle).toBe(true);
    expect(c.sides.map((s) => s.claim)).toEqual([
      'https://w3id.org/claimgraph/claim/freedonia.memberOf.acme',
      'https://w3id.org/claimgraph/claim/freedonia.memberOf.acme.neg',
    ]);
    expect(c.sides.map((s) => s.articles)).toEqual([['https://w3id.org/claimgraph/article/a1'], ['https://w3id.org/claimgraph/article/a2']]);
    expect(c.sides[1].sentences[0]).toMatchObject({ text: 'sentence 2 of a2', article: 'https://w3id.org/claimgraph/article/a2' });
    expect(c.sides[0].claimIds).toEqual(['a1#c1']);
  });

  it('sees through inverse properties and sub-properties', () => {
    const store = graph(
      claim('a1', 'freedonia', 'memberOf', 'acme') + claim('a2', 'acme', 'hasMember', 'freedonia', { neg: true })
      + claim('a1', 'freedonia', 'grantTo', 'sylvania') + claim('a3', 'freedonia', 'providedAssistanceTo', 'sylvania', { neg: true }),
    );
    const kinds = findConflicts(store, axioms).conflicts.map((c) => `${c.kind} ${c.sides.length}`);
    expect(kinds).toEqual(['polarity 2', 'polarity 2']);
  });

  it('reports two values of a functional property and two subjects of an inverse-functional one', () => {
    const store = graph(
      claim('a1', 'parade', 'heldOn', '"2015-09-03"^^xsd:date', { iri: 'cgc:parade.heldOn.2015-09-03' })
      + claim('a2', 'parade', 'heldOn', '"2015-09-04"^^xsd:date', { iri: 'cgc:parade.heldOn.2015-09-04' })
      + claim('a1', 'freedonia', 'largestEconomyIn', 'steppe') + claim('a2', 'sylvania', 'largestEconomyIn', 'steppe'),
    );
    const report = findConflicts(store, axioms);
    expect(report.conflicts.map((c) => [c.kind, c.subject ?? c.object, c.sides.length])).toEqual([
      ['functional', 'https://w3id.org/claimgraph/resource/parade', 2],
      ['inverse-functional', 'https://w3id.org/claimgraph/resource/steppe', 2],
    ]);
  });

  it('does not report agreement, different modalities, non-functional values or unstated values', () => {
    const store = graph(
      claim('a1', 'freedonia', 'memberOf', 'acme') + claim('a2', 'freedonia', 'memberOf', 'acme', { iri: 'cgc:freedonia.memberOf.acme' })
      + claim('a1', 'sylvania', 'memberOf', 'acme', { modality: 'Expected' }) + claim('a2', 'sylvania', 'memberOf', 'acme', { neg: true })
      + claim('a1', 'freedonia', 'visited', 'sylvania') + claim('a2', 'freedonia', 'visited', 'ruritania')
      + claim('a1', 'parade', 'heldOn', '"2015-09-03"^^xsd:date', { iri: 'cgc:parade.heldOn.2015-09-03' })
      + claim('a2', 'parade', 'heldOn', '"2015-09-05"^^xsd:date', { iri: 'cgc:parade.heldOn.2015-09-05.expected', modality: 'Expected' }),
    );
    expect(findConflicts(store, axioms).conflicts).toEqual([]);
  });

  it('marks a contradiction inside one article as not cross-article', () => {
    const store = graph(claim('a1', 'freedonia', 'memberOf', 'acme') + claim('a1', 'freedonia', 'memberOf', 'acme', { neg: true }));
    expect(findConflicts(store, axioms).conflicts.map((c) => c.crossArticle)).toEqual([false]);
  });
});

describe('claimgraph conflicts', () => {
  function project(body: string): string {
    const dir = tempDir('claimgraph-conflicts-');
    cpSync(join(projectRoot, 'ontology'), join(dir, 'ontology'), { recursive: true });
    mkdirSync(join(dir, 'graph'), { recursive: true });
    writeFileSync(join(dir, 'graph', 'claimgraph.ttl'), PREFIXES + body);
    return dir;
  }

  it('prints both sides and exits with CORPUS_CONFLICT when there are conflicts', async () => {
    const dir = project(claim('a1', 'freedonia', 'memberOf', 'acme') + claim('a2', 'freedonia', 'memberOf', 'acme', { neg: true }));
    const r = await runCliCapture(['--dir', dir, 'conflicts'], { cwd: dir });
    expect(r.code).toBe(ERROR_CODES.CORPUS_CONFLICT);
    expect(r.stdout).toContain('1 conflict(s) among 2 claims (1 across articles)');
    expect(r.stdout).toMatch(/NOT cgr:freedonia cg:memberOf cgr:acme/);
    // the sentence names its article and the article's date (undated here: the test graph gives none)
    expect(r.stdout).toMatch(/a1 \(undated\) s\d+ \[\d+-\d+\]: sentence \d+ of a1/);
    expect(r.stdout).toMatch(/a2 \(undated\) s\d+ \[\d+-\d+\]: sentence \d+ of a2/);
    const j = await runCliCapture(['--dir', dir, 'conflicts', '--format', 'json'], { cwd: dir });
    expect(j.code).toBe(ERROR_CODES.CORPUS_CONFLICT);
    expect(JSON.parse(j.stdout).conflicts[0].sides).toHaveLength(2);
  });

  it('exits 0 without conflicts, and fails clearly without a built graph', async () => {
    const dir = project(claim('a1', 'freedonia', 'memberOf', 'acme'));
    const r = await runCliCapture(['--dir', dir, 'conflicts'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('no conflicts among 1 claims\n');
    const empty = tempDir('claimgraph-conflicts-');
    cpSync(join(projectRoot, 'ontology'), join(empty, 'ontology'), { recursive: true });
    const none = await runCliCapture(['--dir', empty, 'conflicts'], { cwd: empty });
    expect(none.code).toBe(ERROR_CODES.SOURCE_NOT_FOUND);
    expect(none.stderr).toMatch(/claimgraph build/);
  });
});
