// ontology/shapes.ttl: the built graph conforms, and each constraint catches its defect.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import N3 from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph, loadProject } from '../../src/graph/index.js';
import { generatedShapes } from '../../src/validate/vocabulary.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// shapes.ttl's structural shapes plus those validate generates from the ontology's properties
const ontology = new N3.Parser().parse(readFileSync(join(ROOT, 'ontology/claimgraph.ttl'), 'utf8'));
const shapes = [
  ...new N3.Parser().parse(readFileSync(join(ROOT, 'ontology/shapes.ttl'), 'utf8')),
  ...(generatedShapes(new N3.Store(new N3.Parser().parse(readFileSync(join(ROOT, 'ontology/claimgraph.ttl'), 'utf8')))) as N3.Quad[]),
];

const PREFIXES = `
@prefix cg: <https://w3id.org/claimgraph/ontology#> . @prefix cgr: <https://w3id.org/claimgraph/resource/> .
@prefix cga: <https://w3id.org/claimgraph/article/> . @prefix cgc: <https://w3id.org/claimgraph/claim/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix prov: <http://www.w3.org/ns/prov#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> . @prefix schema: <https://schema.org/> .
`;

// A minimal well-formed graph in the shape docs/DESIGN.md describes (generic names on purpose).
const GOOD = `
cga:a a schema:AnalysisNewsArticle ; schema:headline "H" ; schema:author cgr:pat ;
  schema:sha256 "3b157885be1d3990c7ea40363080d05fa7adbf2b773f856f03d0add048eb22e4" .
cgr:pat a cg:Person ; rdfs:label "Pat" .
cgr:freedonia a cg:Country ; rdfs:label "Freedonia" .
cgr:guild a cg:IntergovernmentalOrganisation ; rdfs:label "Guild" .
cgr:region a cg:Region , cg:CountryGroup ; rdfs:label "Region" .
cga:a\\/text a nif:Context , nif:String ; nif:isString "abc def" ;
  nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "7"^^xsd:nonNegativeInteger .
cga:a\\/segment\\/01 a cg:Segment ; cg:segmentKind cg:Body ; nif:referenceContext cga:a\\/text ;
  nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "7"^^xsd:nonNegativeInteger .
cga:a\\/sentence\\/s001 a nif:Sentence ; cg:sentenceId "s001" ; nif:anchorOf "abc def" ;
  nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "7"^^xsd:nonNegativeInteger ;
  nif:referenceContext cga:a\\/text ; cg:inSegment cga:a\\/segment\\/01 .
cga:a\\/quote\\/0-3 a nif:Phrase ; nif:anchorOf "abc" ; nif:sentence cga:a\\/sentence\\/s001 ;
  nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "3"^^xsd:nonNegativeInteger ; nif:referenceContext cga:a\\/text .
cgr:freedonia cg:memberOf cgr:guild .
cgc:freedonia.memberOf.guild a cg:Claim ; rdf:subject cgr:freedonia ; rdf:predicate cg:memberOf ; rdf:object cgr:guild ;
  cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:claimId "a#x/freedonia" ; cg:assertedBy cgr:pat ; cg:statedIn cga:a ;
  cg:derivation cg:GroupExpansion ; cg:expandedFrom cgc:group.a.x ; prov:wasDerivedFrom cga:a\\/sentence\\/s001 ;
  cg:quote cga:a\\/quote\\/0-3 ; cg:amount <https://w3id.org/claimgraph/claim/freedonia.memberOf.guild/amount/USD> ;
  cg:startDate "2015-10-22"^^xsd:date ; cg:endDate "2015-10-28"^^xsd:date ; cg:byYear "2016"^^xsd:gYear .
<https://w3id.org/claimgraph/claim/freedonia.memberOf.guild/amount/USD> a schema:MonetaryAmount ;
  schema:value "18000000000"^^xsd:decimal ; schema:currency "USD" .
cgc:group.a.x a cg:GroupClaim ; cg:group cgr:region ; cg:quantifier cg:All ; rdf:predicate cg:memberOf ; rdf:object cgr:guild ;
  prov:wasDerivedFrom cga:a\\/sentence\\/s001 .
cgr:event a cg:Parade ; rdfs:label "Parade" ; cg:heldOn "2015-09-03"^^xsd:date .
`;

async function validate(quads: N3.Quad[]): Promise<{ conforms: boolean; components: string[] }> {
  // as validate does: the ontology joins the data, so sh:class follows rdfs:subClassOf
  const report = await new SHACLValidator(new N3.Store(shapes)).validate(new N3.Store([...quads, ...ontology]));
  return {
    conforms: report.conforms,
    components: report.results.map((r) => `${r.path?.value.replace(/.*[#/]/, '') ?? '-'} ${r.sourceConstraintComponent?.value.replace(/.*#/, '')}`).sort(),
  };
}
const parseTtl = (body: string): N3.Quad[] => new N3.Parser().parse(PREFIXES + body);

describe('ontology/shapes.ttl', () => {
  let built: N3.Quad[];
  beforeAll(() => { built = buildGraph(loadProject(join(ROOT, 'tests/fixtures/corpus'))).quads as N3.Quad[]; });

  it('accepts the built graph of the curated claims', async () => {
    expect(await validate(built)).toEqual({ conforms: true, components: [] });
  });

  it('accepts a minimal well-formed graph', async () => {
    expect(await validate(parseTtl(GOOD))).toEqual({ conforms: true, components: [] });
  });

  const defects: [string, string, string, string][] = [
    ['two polarities', 'cg:polarity cg:Positive ;', 'cg:polarity cg:Positive , cg:Negative ;', 'polarity MaxCountConstraintComponent'],
    ['no polarity', 'cg:polarity cg:Positive ;', '', 'polarity MinCountConstraintComponent'],
    ['unknown modality', 'cg:modality cg:Stated ;', 'cg:modality cg:Rumoured ;', 'modality InConstraintComponent'],
    ['no source sentence', 'cg:expandedFrom cgc:group.a.x ; prov:wasDerivedFrom cga:a\\/sentence\\/s001 ;', 'cg:expandedFrom cgc:group.a.x ;', 'wasDerivedFrom MinCountConstraintComponent'],
    ['expansion without expandedFrom', 'cg:expandedFrom cgc:group.a.x ;', '', '- OrConstraintComponent'],
    ['no derivation', 'cg:derivation cg:GroupExpansion ;', '', 'derivation MinCountConstraintComponent'],
    ['two subjects', 'rdf:subject cgr:freedonia ;', 'rdf:subject cgr:freedonia , cgr:guild ;', 'subject MaxCountConstraintComponent'],
    ['lowercase currency', 'schema:currency "USD"', 'schema:currency "usd"', 'amount NodeConstraintComponent'],
    ['integer amount', '"18000000000"^^xsd:decimal', '"18000000000"^^xsd:integer', 'amount NodeConstraintComponent'],
    ['string date', 'cg:startDate "2015-10-22"^^xsd:date', 'cg:startDate "2015-10-22"', 'startDate DatatypeConstraintComponent'],
    ['start after end', 'cg:endDate "2015-10-28"^^xsd:date', 'cg:endDate "2015-10-20"^^xsd:date', 'startDate LessThanOrEqualsConstraintComponent'],
    ['integer year', 'cg:byYear "2016"^^xsd:gYear', 'cg:byYear "2016"^^xsd:integer', 'byYear DatatypeConstraintComponent'],
    ['empty quote range', 'nif:endIndex "3"', 'nif:endIndex "0"', 'beginIndex LessThanConstraintComponent'],
    ['int offsets', 'nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "3"', 'nif:beginIndex "0"^^xsd:int ; nif:endIndex "3"', 'beginIndex DatatypeConstraintComponent'],
    ['sentence without context', 'nif:referenceContext cga:a\\/text ; cg:inSegment', 'cg:inSegment', 'referenceContext MinCountConstraintComponent'],
    ['two labels', 'rdfs:label "Freedonia"', 'rdfs:label "Freedonia" , "Fredonia"', 'label MaxCountConstraintComponent'],
    ['bad hash', 'schema:sha256 "3b', 'schema:sha256 "Xb', 'sha256 PatternConstraintComponent'],
    ['no author', 'schema:author cgr:pat ;', '', 'author MinCountConstraintComponent'],
    // heldOn takes a day or a month (cg:TemporalValue, round 9): one of several datatypes, an sh:or
    ['string heldOn', 'cg:heldOn "2015-09-03"^^xsd:date', 'cg:heldOn "2015-09-03"', 'heldOn OrConstraintComponent'],
  ];
  for (const [name, from, to, component] of defects) {
    it(`rejects ${name}`, async () => {
      expect(GOOD.includes(from)).toBe(true);
      const r = await validate(parseTtl(GOOD.replace(from, to)));
      expect(r.conforms).toBe(false);
      expect(r.components).toContain(component);
    });
  }
});
