// Time in conflicts: a claim is made at its source's date; a present-perfect denial holds before
// that date, not forever; an expectation a later source settles is reported as met, missed or
// revised, not as a conflict; one value at two precisions is one value.
import { describe, expect, it } from 'vitest';
import { ttl } from '../helpers/rdf.js';
import { projectRoot } from '../helpers/cli.js';
import { findConflicts, loadPropertyAxioms } from '../../src/corpus/index.js';

const axioms = loadPropertyAxioms(projectRoot);
const HEAD = `@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix schema: <https://schema.org/> .
@prefix cg: <https://w3id.org/claimgraph/ontology#> .
@prefix cgr: <https://w3id.org/claimgraph/resource/> .
@prefix cga: <https://w3id.org/claimgraph/article/> .
@prefix cgc: <https://w3id.org/claimgraph/claim/> .
cga:early schema:datePublished "2015-11-01"^^xsd:date .
cga:late schema:datePublished "2016-01-16"^^xsd:date .
`;
let n = 0;
function claim(article: string, s: string, p: string, o: string, opts: { neg?: boolean; modality?: string; q?: string } = {}): string {
  return `cgc:c${++n} a cg:Claim ; rdf:subject cgr:${s} ; rdf:predicate cg:${p} ; rdf:object ${o.startsWith('"') ? o : `cgr:${o}`} ;
  cg:polarity cg:${opts.neg ? 'Negative' : 'Positive'} ; cg:modality cg:${opts.modality ?? 'Stated'} ; cg:statedIn cga:${article} ${opts.q ? `; ${opts.q}` : ''} .\n`;
}
const run = (body: string) => findConflicts(ttl([HEAD + body] as unknown as TemplateStringsArray), axioms);

describe('time in findConflicts', () => {
  it('an expectation due by 2016 that a later source expects not before 2017 is revised, not a conflict', () => {
    const r = run(claim('early', 'freedonia', 'memberOf', 'guild', { modality: 'Expected', q: 'cg:byYear "2016"^^xsd:gYear' })
      + claim('late', 'freedonia', 'memberOf', 'guild', { neg: true, modality: 'Expected', q: 'cg:until "2017"^^xsd:gYear' }));
    expect(r.conflicts).toEqual([]);
    expect(r.expectations.map((e) => [e.status, e.expected.date, e.later.date])).toEqual([['revised', '2015-11-01', '2016-01-16']]);
    expect(r.expectations[0].note).toMatch(/expects it not before 2017-01-01: the expectation due by 2016-12-31 will be missed/);
  });

  it('met when a later source states the fact by the due date; missed when it states it had not happened', () => {
    const met = run(claim('early', 'freedonia', 'memberOf', 'guild', { modality: 'Expected', q: 'cg:byYear "2016"^^xsd:gYear' })
      + claim('late', 'freedonia', 'memberOf', 'guild'));
    expect(met.expectations.map((e) => e.status)).toEqual(['met']);
    const missed = run(claim('early', 'freedonia', 'memberOf', 'guild', { modality: 'Expected', q: 'cg:byYear "2015"^^xsd:gYear' })
      + claim('late', 'freedonia', 'memberOf', 'guild', { neg: true, q: 'cg:until "2016-01-16"^^xsd:date' }));
    expect(missed.expectations.map((e) => e.status)).toEqual(['missed']);
    expect(missed.conflicts).toEqual([]);
  });

  it('a denial scoped before a date does not conflict with the change it makes way for, but an unscoped one does', () => {
    const scoped = run(claim('early', 'japan', 'activeIn', 'asia', { neg: true, q: 'cg:until "2015-10-28"^^xsd:date' })
      + claim('late', 'japan', 'activeIn', 'asia', { q: 'cg:since "2015-10-28"^^xsd:date' }));
    expect(scoped.conflicts).toEqual([]);
    const forever = run(claim('early', 'japan', 'activeIn', 'asia', { neg: true }) + claim('late', 'japan', 'activeIn', 'asia'));
    expect(forever.conflicts.map((c) => [c.kind, c.sides.map((s) => s.date)])).toEqual([['polarity', ['2015-11-01', '2016-01-16']]]);
  });

  it('2009 and December 2009 for a single-valued property are one value; 2009 and 2010 are a conflict', () => {
    const same = run(claim('early', 'pipe', 'operationalSince', '"2009"^^xsd:gYear') + claim('late', 'pipe', 'operationalSince', '"2009-12"^^xsd:gYearMonth'));
    expect(same.conflicts).toEqual([]);
    const other = run(claim('early', 'pipe', 'operationalSince', '"2009"^^xsd:gYear') + claim('late', 'pipe', 'operationalSince', '"2010"^^xsd:gYear'));
    expect(other.conflicts.map((c) => c.kind)).toEqual(['functional']);
  });
});
