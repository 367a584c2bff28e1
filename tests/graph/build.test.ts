import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import N3 from 'n3';
import { describe, expect, it } from 'vitest';
import { buildGraph, loadProject, serializeTurtle, compileArticle, assembleGraph } from '../../src/graph/index.js';
import { projectRoot } from '../helpers/cli.js';
import { missingTriples, ttl } from '../helpers/rdf.js';

const mini = join(projectRoot, 'tests/fixtures/mini');
const golden = join(projectRoot, 'tests/graph/golden/mini.ttl');
const A = 'https://w3id.org/claimgraph/article/freedonia-guild-2011';

const nt = (q: N3.Quad): string => `${q.subject.id} ${q.predicate.id} ${q.object.id}`;

describe('buildGraph on the mini fixture', () => {
  const built = buildGraph(loadProject(mini));

  it('serializes to the golden Turtle file byte for byte', async () => {
    const out = await serializeTurtle(built.quads);
    if (!existsSync(golden) && process.env.UPDATE_GOLDEN) writeFileSync(golden, out);
    expect(out).toBe(readFileSync(golden, 'utf8'));
  });

  it('is isomorphic to the golden file (same quads as sets; no blank nodes)', () => {
    const goldenQuads = new N3.Parser().parse(readFileSync(golden, 'utf8'));
    expect(goldenQuads.some((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode')).toBe(false);
    expect(new Set(built.quads.map((q) => nt(q as N3.Quad)))).toEqual(new Set(goldenQuads.map(nt)));
  });

  it('is deterministic: two builds give identical bytes', async () => {
    const again = buildGraph(loadProject(mini));
    expect(await serializeTurtle(again.quads)).toBe(await serializeTurtle(built.quads));
  });

  it('assembles the same graph from separately compiled articles in any order', async () => {
    const project = loadProject(mini);
    const compiled = project.articles.map((a) => compileArticle(project, a)).reverse();
    expect(await serializeTurtle(assembleGraph(project, compiled).quads)).toBe(await serializeTurtle(built.quads));
  });

  it('expands "All Northern States and Osterlich except Grand Fenwick" into per-country claims', () => {
    expect(missingTriples(built.store, ttl`
      cgr:freedonia cg:memberOf cgr:guild .
      cgr:sylvania cg:memberOf cgr:guild .
      cgr:osterlich cg:memberOf cgr:guild .
      cgc:sylvania.memberOf.guild a cg:Claim ; rdf:subject cgr:sylvania ; rdf:predicate cg:memberOf ; rdf:object cgr:guild ;
        cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:GroupExpansion ;
        cg:expandedFrom cgc:group.freedonia-guild-2011.guild-members ;
        cg:claimId "freedonia-guild-2011#guild-members/sylvania" ;
        prov:wasDerivedFrom <${A}/sentence/s002>, <${A}/sentence/s004> ;
        cg:assertedBy cgr:jane-doe ; cg:statedIn cga:freedonia-guild-2011 .
      cgc:grand-fenwick.memberOf.guild.neg a cg:Claim ; cg:polarity cg:Negative ; cg:derivation cg:GroupException ;
        rdf:subject cgr:grand-fenwick .
      cgc:group.freedonia-guild-2011.guild-members a cg:GroupClaim ; cg:group cgr:northern-states ;
        cg:plus cgr:osterlich ; cg:except cgr:grand-fenwick ; rdf:predicate cg:memberOf ; rdf:object cgr:guild ;
        prov:wasDerivedFrom <${A}/sentence/s004> .
    `)).toEqual([]);
    // the exception gets no direct triple, and the plus member cites only the group sentence
    expect(built.store.countQuads(ttlNode('cgr:grand-fenwick'), ttlNode('cg:memberOf'), ttlNode('cgr:guild'), null)).toBe(0);
    expect(built.store.getObjects(ttlNode('cgc:osterlich.memberOf.guild'), ttlNode('prov:wasDerivedFrom'), null).map((o) => o.value))
      .toEqual([`${A}/sentence/s004`]);
  });

  it('merges the direct claim and the expansion of the same statement into one node with two sources', () => {
    const s = ttlNode('cgc:freedonia.memberOf.guild');
    expect(built.store.getObjects(s, ttlNode('cg:claimId'), null).map((o) => o.value).sort()).toEqual([
      'freedonia-guild-2011#freedonia-guild-direct', 'freedonia-guild-2011#guild-members/freedonia',
    ]);
    expect(built.store.getObjects(s, ttlNode('cg:derivation'), null).map((o) => o.value).sort()).toEqual([
      'https://w3id.org/claimgraph/ontology#Direct', 'https://w3id.org/claimgraph/ontology#GroupExpansion',
    ]);
  });

  it('maps a role group to office holders and keeps the excepted office as a negative claim', () => {
    expect(missingTriples(built.store, ttl`
      cgr:president-of-freedonia cg:attended cgr:summit .
      cgr:president-of-sylvania cg:attended cgr:summit .
      cgc:president-of-grand-fenwick.attended.summit.neg cg:polarity cg:Negative .
      cgc:group.freedonia-guild-2011.summit-attendance cg:role "president" .
    `)).toEqual([]);
    expect(built.store.countQuads(ttlNode('cgr:president-of-grand-fenwick'), ttlNode('cg:attended'), null, null)).toBe(0);
  });

  it('gives non-stated or negative claims a claim node but no direct triple', () => {
    expect(missingTriples(built.store, ttl`
      cgc:sylvania.memberOf.council.neg a cg:Claim ; cg:polarity cg:Negative .
      cgc:acme.involvedIn.freeport-road.expected cg:modality cg:Expected .
    `)).toEqual([]);
    expect(built.store.countQuads(ttlNode('cgr:sylvania'), ttlNode('cg:memberOf'), ttlNode('cgr:council'), null)).toBe(0);
    expect(built.store.countQuads(ttlNode('cgr:acme'), ttlNode('cg:involvedIn'), null, null)).toBe(0);
  });

  it('hangs qualifiers and typed amounts on the claim node', () => {
    const claim = built.claims.find((c) => c.claimId.endsWith('#grants'))!;
    expect(claim.key).toMatch(/^freedonia\.grantTo\.sylvania\.possible\.[0-9a-f]{6}$/);
    expect(missingTriples(built.store, ttl`
      cgc:${claim.key} cg:purpose cgr:roads ; cg:amount <https://w3id.org/claimgraph/claim/${claim.key}/amount/USD> .
      <https://w3id.org/claimgraph/claim/${claim.key}/amount/USD> a schema:MonetaryAmount ;
        schema:value "5000000"^^xsd:decimal ; schema:currency "USD" .
      <https://w3id.org/claimgraph/claim/${claim.key}/amount/JPY> schema:value "600000000"^^xsd:decimal .
    `)).toEqual([]);
  });

  it('types literal objects from the property range', () => {
    expect(missingTriples(built.store, ttl`
      cgr:summit cg:heldOn "2011-03-04"^^xsd:date .
      cgc:summit.heldOn.2011-03-04 rdf:object "2011-03-04"^^xsd:date .
    `)).toEqual([]);
  });

  it('attributes a claim from a reader comment to the commenter and the comment', () => {
    expect(missingTriples(built.store, ttl`
      cgc:sylvania.rivalOf.freedonia cg:assertedBy <${A}/comment/1/author> ; cg:statedIn <${A}/comment/1> .
      <${A}/comment/1> a schema:Comment ; schema:dateCreated "2011-03-05T21:05:00"^^xsd:dateTime ;
        schema:author <${A}/comment/1/author> ; cg:segment <${A}/segment/08> .
      <${A}/comment/1/author> a schema:Person .
      cga:freedonia-guild-2011 schema:comment <${A}/comment/1> .
    `)).toEqual([]);
    expect(built.store.countQuads(ttlNode('cgc:sylvania.rivalOf.freedonia'), ttlNode('cg:assertedBy'), ttlNode('cgr:jane-doe'), null)).toBe(0);
  });

  it('describes the article, its text, segments, sentences and quotes with code-point offsets', () => {
    const text = readFileSync(join(mini, 'graph/articles/freedonia-guild-2011/article.txt'), 'utf8');
    expect(missingTriples(built.store, ttl`
      cga:freedonia-guild-2011 a schema:NewsArticle, schema:ReportageNewsArticle ; schema:author cgr:jane-doe ;
        schema:headline "Freedonia Joins the Guild – Report" ; schema:datePublished "2011-03-06"^^xsd:date .
      <${A}/text> a nif:Context ; nif:sourceUrl cga:freedonia-guild-2011 ;
        nif:endIndex "${[...text].length}"^^xsd:nonNegativeInteger .
      <${A}/segment/01> cg:segmentKind cg:Headline .
      <${A}/segment/05> cg:segmentKind cg:Byline .
      <${A}/segment/08> cg:segmentKind cg:ReaderComment .
      <${A}/sentence/s003> a nif:Sentence ; cg:sentenceId "s003" ; cg:inSegment <${A}/segment/02> ;
        nif:anchorOf "Acme Co. (ACM) will build the road to 𝔉reeport for Freedonia." .
    `)).toEqual([]);
    // offsets are code points: the astral 𝔉 counts once
    const chars = [...text];
    for (const q of built.store.getQuads(null, ttlNode('nif:anchorOf'), null, null)) {
      const b = Number(built.store.getObjects(q.subject, ttlNode('nif:beginIndex'), null)[0].value);
      const e = Number(built.store.getObjects(q.subject, ttlNode('nif:endIndex'), null)[0].value);
      expect(chars.slice(b, e).join('')).toBe(q.object.value);
    }
  });

  it('holds entities with labels, alt labels and background facts, and no ontology triples', () => {
    expect(missingTriples(built.store, ttl`
      cgr:acme a cg:Company, cg:Organisation ; rdfs:label "Acme Co." ; skos:altLabel "ACM" .
      cgr:president-of-freedonia cg:officeOf cgr:freedonia ; cg:roleType "president" .
      cgr:jane-doe cg:affiliatedWith cgr:institute .
    `)).toEqual([]);
    expect(built.store.countQuads(null, ttlNode('rdfs:subClassOf'), null, null)).toBe(0);
    expect(built.quads.some((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode')).toBe(false);
  });
});

const PREFIX: Record<string, string> = {
  cg: 'https://w3id.org/claimgraph/ontology#', cgr: 'https://w3id.org/claimgraph/resource/',
  cgc: 'https://w3id.org/claimgraph/claim/', prov: 'http://www.w3.org/ns/prov#',
  nif: 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#', rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
};
function ttlNode(curie: string): N3.NamedNode {
  const [p, l] = curie.split(/:(.*)/s);
  return N3.DataFactory.namedNode(PREFIX[p] + l);
}
