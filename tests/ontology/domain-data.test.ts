// Integrity and coverage of the curated domain data: ontology/claimgraph.ttl, ontology/shapes.ttl,
// graph/entities.yaml and the article's meta.yaml / claims.yaml. These files are data, so their
// tests read them directly (no src/ stage owns them) and check them against the built graph.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import N3 from 'n3';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph, loadProject } from '../../src/graph/index.js';
import { missingTriples, ttl } from '../helpers/rdf.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARTICLE = 'japan-central-asia-engagement-2015';
// the data of the tests' own corpus fixture, not the live graph/ a user extends
const DATA = join(ROOT, 'tests', 'fixtures', 'corpus');
const ART_DIR = join(DATA, 'graph', 'articles', ARTICLE);
const CG = 'https://w3id.org/claimgraph/ontology#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const OWL = 'http://www.w3.org/2002/07/owl#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

const read = (p: string): string => readFileSync(join(ROOT, p), 'utf8');
const ontology = new N3.Store(new N3.Parser().parse(read('ontology/claimgraph.ttl')));
const types = (local: string): string[] => ontology.getObjects(CG + local, RDF_TYPE, null).map((o) => o.value);
const range = (local: string): string | undefined => ontology.getObjects(CG + local, RDFS + 'range', null)[0]?.value;

interface EntityDef { id: string; type: string | string[]; label: string; altLabels?: string[]; [k: string]: unknown }
interface ClaimDef {
  id: string; quote: string | string[]; subject: unknown; predicate: string; object: unknown;
  polarity?: string; modality?: string; qualifiers?: Record<string, unknown>;
}
const entities: EntityDef[] = parse(readFileSync(join(DATA, 'graph/entities.yaml'), 'utf8')).entities;
const claims: ClaimDef[] = parse(readFileSync(join(ART_DIR, 'claims.yaml'), 'utf8')).claims;
const text = readFileSync(join(ART_DIR, 'article.txt'), 'utf8');
const entityIds = new Set(entities.map((e) => e.id));
const claimById = new Map(claims.map((c) => [c.id, c]));

function occurrences(hay: string, needle: string): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) n++;
  return n;
}

describe('article source', () => {
  it('is byte-identical to the original (hash of meta.yaml)', () => {
    const meta = parse(readFileSync(join(ART_DIR, 'meta.yaml'), 'utf8'));
    const hash = createHash('sha256').update(readFileSync(join(ART_DIR, 'article.txt'))).digest('hex');
    expect(hash).toBe('3b157885be1d3990c7ea40363080d05fa7adbf2b773f856f03d0add048eb22e4');
    expect(meta.sha256).toBe(hash);
    expect(entityIds.has(meta.author)).toBe(true);
  });
});

describe('ontology/claimgraph.ttl', () => {
  it('labels and comments every cg: term it declares, and declares every cg: term it uses', () => {
    const undocumented: string[] = [];
    const undeclared = new Set<string>();
    for (const s of new Set(ontology.getSubjects(null, null, null).map((t) => t.value))) {
      if (!s.startsWith(CG)) continue;
      if (!ontology.getObjects(s, RDFS + 'label', null).length || !ontology.getObjects(s, RDFS + 'comment', null).length) undocumented.push(s);
    }
    for (const q of ontology.getQuads(null, null, null, null)) {
      for (const t of [q.predicate, q.object]) if (t.value.startsWith(CG) && ontology.countQuads(t, null, null, null) === 0) undeclared.add(t.value);
    }
    expect(undocumented).toEqual([]);
    expect([...undeclared]).toEqual([]);
  });

  it('declares the core properties of docs/DESIGN.md with their markers', () => {
    const relations = ['memberOf', 'hasMember', 'partOf', 'consentedToJoin', 'ledBy', 'leads', 'initiatedBy', 'initiated',
      'rivalOf', 'visited', 'attended', 'holdsOffice', 'officeOf', 'signedDealWith', 'providedAssistanceTo',
      'financialAssistanceTo', 'grantTo', 'helpTo', 'involvedIn', 'locatedIn', 'importsFrom', 'tradingPartnerOf',
      'largestEconomyIn', 'naturalGasReservesRank', 'operationalSince', 'heldOn', 'organisedBy', 'affiliatedWith',
      'jobTitle', 'follows', 'accepted', 'tradesEnergyWith', 'travelledWith'];
    const qualifiers = ['amount', 'date', 'startDate', 'endDate', 'year', 'byYear', 'rank', 'rankScope', 'purpose', 'sector',
      'firstInOffice', 'actingPerson', 'membershipLevel', 'except', 'plus', 'group'];
    expect(relations.filter((p) => !types(p).includes(CG + 'RelationProperty'))).toEqual([]);
    expect(qualifiers.filter((p) => !types(p).includes(CG + 'QualifierProperty'))).toEqual([]);
  });

  it('fixes the algebra and literal ranges the build and the fact checker rely on', () => {
    expect(ontology.countQuads(CG + 'memberOf', OWL + 'inverseOf', CG + 'hasMember', null)).toBe(1);
    expect(ontology.countQuads(CG + 'ledBy', OWL + 'inverseOf', CG + 'leads', null)).toBe(1);
    expect(ontology.countQuads(CG + 'initiatedBy', OWL + 'inverseOf', CG + 'initiated', null)).toBe(1);
    expect(types('rivalOf')).toContain(OWL + 'SymmetricProperty');
    for (const p of ['financialAssistanceTo', 'grantTo', 'helpTo']) {
      expect(ontology.countQuads(CG + p, RDFS + 'subPropertyOf', CG + 'providedAssistanceTo', null)).toBe(1);
    }
    for (const p of ['naturalGasReservesRank', 'operationalSince', 'heldOn']) expect(types(p)).toContain(OWL + 'FunctionalProperty');
    expect(types('largestEconomyIn')).toContain(OWL + 'InverseFunctionalProperty');
    // a year, a month or a day, as precise as the source (2009, December 2009)
    expect(range('operationalSince')).toBe(CG + 'TemporalValue');
    // an event's day, or its month when the source gives only that ('the Tashkent summit in June 2016')
    expect(range('heldOn')).toBe(CG + 'TemporalValue');
    expect(range('naturalGasReservesRank')).toBe(XSD + 'positiveInteger');
    expect(range('rank')).toBe(XSD + 'positiveInteger');
    expect(range('byYear')).toBe(XSD + 'gYear');
    expect(range('endDate')).toBe(XSD + 'date');
    expect(range('roleType')).toBe(XSD + 'string');
  });

  it('declares the five modalities, two polarities, three derivations and six segment kinds', () => {
    const instances = (cls: string): string[] => ontology.getSubjects(RDF_TYPE, CG + cls, null).map((s) => s.value.slice(CG.length)).sort();
    expect(instances('Modality')).toEqual(['Expected', 'Perceived', 'Pledged', 'Possible', 'Stated']);
    expect(instances('Polarity')).toEqual(['Negative', 'Positive']);
    expect(instances('Derivation')).toEqual(['Direct', 'GroupException', 'GroupExpansion']);
    expect(instances('SegmentKind')).toEqual(['Body', 'Boilerplate', 'Byline', 'CommentMeta', 'Dateline', 'Headline', 'ReaderComment']);
    expect(ontology.countQuads(CG + 'Claim', RDFS + 'subClassOf', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement', null)).toBe(1);
  });
});

describe('graph/entities.yaml', () => {
  it('uses declared classes and properties, unique ids and one owner per name within a class', () => {
    const bad: string[] = [];
    const owner = new Map<string, string>();
    const seen = new Set<string>();
    for (const e of entities) {
      if (seen.has(e.id)) bad.push(`duplicate ${e.id}`);
      seen.add(e.id);
      if (!(e.altLabels ?? []).length) bad.push(`${e.id}: no altLabels`);
      for (const t of ([] as string[]).concat(e.type)) if (!types(t).includes(OWL + 'Class')) bad.push(`${e.id}: class ${t}`);
      for (const k of Object.keys(e)) {
        if (['id', 'type', 'label', 'altLabels'].includes(k)) continue;
        if (!types(k).length) bad.push(`${e.id}: property ${k}`);
        else if (types(k).includes(OWL + 'ObjectProperty') && !entityIds.has(String(e[k]))) bad.push(`${e.id}: ${k} -> ${String(e[k])}`);
      }
      // one owner per name within a class: the same word may name things of two classes ("roads":
      // the Kyrgyz roadways, a Road, and road construction, a Purpose, as the articles use it),
      // which the slot a claim puts it in tells apart (src/check/parser.ts tries each)
      for (const name of [e.label, ...(e.altLabels ?? [])]) {
        const key = `${([] as string[]).concat(e.type).sort().join(',')} ${name.toLowerCase()}`;
        if (owner.has(key) && owner.get(key) !== e.id) bad.push(`name "${name}" used by ${owner.get(key)} and ${e.id}`);
        owner.set(key, e.id);
      }
    }
    expect(bad).toEqual([]);
  });

  it('names entities the way the article does', () => {
    const names = (id: string): string[] => { const e = entities.find((x) => x.id === id)!; return [e.label, ...(e.altLabels ?? [])]; };
    expect(names('sco')).toEqual(expect.arrayContaining(['SCO', 'Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization']));
    expect(names('aiib')).toEqual(expect.arrayContaining(['AIIB', 'Asia Infrastructure Investment Bank', 'Asian Infrastructure Investment Bank']));
    expect(names('shinzo-abe')).toEqual(expect.arrayContaining(['Abe', 'Shinzo Abe', 'the Japanese Prime Minister', 'Japanese Prime Minister']));
    expect(names('central-asia')).toEqual(expect.arrayContaining(['Central Asian Republics', 'the five Central Asian countries', 'Central Asian region']));
    expect(names('president-of-kazakhstan')).toEqual(expect.arrayContaining(["Kazakhstan's President", 'President of Kazakhstan']));
    for (const c of ['kazakhstan', 'kyrgyzstan', 'tajikistan', 'turkmenistan', 'uzbekistan']) {
      const office = entities.find((e) => e.officeOf === c && e.roleType === 'president');
      expect(office?.id).toBe(`president-of-${c}`);
    }
  });
});

describe('claims.yaml', () => {
  it('anchors every claim on quotes found exactly once in the article', () => {
    const bad = claims.flatMap((c) => ([] as string[]).concat(c.quote).filter((q) => occurrences(text, q) !== 1).map((q) => `${c.id}: ${q}`));
    expect(bad).toEqual([]);
  });

  it('refers only to known entities, relation properties and qualifier properties', () => {
    const bad: string[] = [];
    const ref = (c: ClaimDef, v: unknown): void => {
      if (v && typeof v === 'object') {
        const g = v as { group: string; plus?: string[]; except?: string[] };
        for (const id of [g.group, ...(g.plus ?? []), ...(g.except ?? [])]) if (!entityIds.has(id)) bad.push(`${c.id}: ${id}`);
      } else if (!entityIds.has(String(v))) bad.push(`${c.id}: ${String(v)}`);
    };
    for (const c of claims) {
      if (!types(c.predicate).includes(CG + 'RelationProperty')) bad.push(`${c.id}: predicate ${c.predicate}`);
      ref(c, c.subject);
      if (!types(c.predicate).includes(OWL + 'DatatypeProperty')) ref(c, c.object);
      for (const [k, v] of Object.entries(c.qualifiers ?? {})) {
        const p = k === 'amounts' ? 'amount' : k;
        if (!types(p).includes(CG + 'QualifierProperty')) bad.push(`${c.id}: qualifier ${k}`);
        else if (k !== 'amounts' && types(p).includes(OWL + 'ObjectProperty')) for (const id of ([] as unknown[]).concat(v)) ref(c, id);
      }
    }
    expect(bad).toEqual([]);
  });

  it('splits the long Kyrgyzstan/Kazakhstan sentence into two claims with their own quotes', () => {
    const aid = claimById.get('japan-aid-kyrgyzstan')!;
    const nuclear = claimById.get('japan-help-kazakhstan-nuclear')!;
    expect(aid.quote).not.toEqual(nuclear.quote);
    expect(String(aid.quote)).not.toContain('Kazakhstan');
    expect(String(nuclear.quote)).not.toContain('Kyrgyzstan');
  });
});

describe('built graph (curated claims compiled by the build)', () => {
  let store: N3.Store;
  beforeAll(() => { store = buildGraph(loadProject(DATA)).store; });

  it('holds the direct triples of the stated positive claims', () => {
    expect(missingTriples(store, ttl`
      cgr:kazakhstan cg:memberOf cgr:sco . cgr:kyrgyzstan cg:memberOf cgr:sco . cgr:tajikistan cg:memberOf cgr:sco .
      cgr:uzbekistan cg:memberOf cgr:sco . cgr:russia cg:memberOf cgr:sco . cgr:sco cg:initiatedBy cgr:china .
      cgr:kazakhstan cg:consentedToJoin cgr:aiib . cgr:kyrgyzstan cg:consentedToJoin cgr:aiib .
      cgr:tajikistan cg:consentedToJoin cgr:aiib . cgr:uzbekistan cg:consentedToJoin cgr:aiib .
      cgr:aiib cg:ledBy cgr:china . cgr:adb cg:ledBy cgr:japan . cgr:obor cg:initiatedBy cgr:china .
      cgr:central-asia cg:partOf cgr:obor . cgr:shinzo-abe cg:holdsOffice cgr:prime-minister-of-japan .
      cgr:junichiro-koizumi cg:holdsOffice cgr:prime-minister-of-japan .
      cgr:junichiro-koizumi cg:visited cgr:kazakhstan , cgr:uzbekistan .
      cgr:shinzo-abe cg:visited cgr:kazakhstan , cgr:kyrgyzstan , cgr:tajikistan , cgr:turkmenistan , cgr:uzbekistan , cgr:central-asia .
      cgr:shinzo-abe cg:travelledWith cgr:japanese-business-delegation .
      cgr:japan cg:signedDealWith cgr:turkmenistan . cgr:japan cg:financialAssistanceTo cgr:uzbekistan .
      cgr:kazakhstan cg:largestEconomyIn cgr:central-asia .
      cgr:manas-international-airport cg:locatedIn cgr:kyrgyzstan .
      cgr:turkmenistan cg:naturalGasReservesRank "4"^^xsd:positiveInteger ; cg:follows cgr:non-alignment ;
        cg:tradesEnergyWith cgr:china .
      cgr:china-turkmenistan-gas-pipeline cg:operationalSince "2009"^^xsd:gYear .
      cgr:china cg:importsFrom cgr:turkmenistan . cgr:china cg:tradingPartnerOf cgr:kazakhstan .
      cgr:victory-day-parade-2015 cg:heldOn "2015-09-03"^^xsd:date ; cg:organisedBy cgr:china .
      cgr:president-of-kazakhstan cg:attended cgr:victory-day-parade-2015 .
      cgr:president-of-uzbekistan cg:attended cgr:victory-day-parade-2015 .
      cgr:sana-hashmi cg:affiliatedWith cgr:centre-for-air-power-studies .
      cgr:india cg:exploredProspectsIn cgr:africa .
    `)).toEqual([]);
  });

  it('keeps denials, expectations, possibilities, pledges and perceptions off the direct triples', () => {
    const direct = (s: string, p: string, o: string): number =>
      store.countQuads(`https://w3id.org/claimgraph/resource/${s}`, CG + p, `https://w3id.org/claimgraph/resource/${o}`, null);
    expect(direct('turkmenistan', 'memberOf', 'sco')).toBe(0);
    expect(direct('turkmenistan', 'consentedToJoin', 'aiib')).toBe(0);
    expect(direct('president-of-turkmenistan', 'attended', 'victory-day-parade-2015')).toBe(0);
    expect(direct('india', 'memberOf', 'sco')).toBe(0);
    expect(direct('japan', 'grantTo', 'tajikistan')).toBe(0);
    expect(direct('japan', 'grantTo', 'kyrgyzstan')).toBe(0);
    expect(direct('aiib', 'rivalOf', 'adb')).toBe(0);
    // "Japan strives to assist Kazakhstan": an effort, not help given (issue 16 audit)
    expect(direct('japan', 'helpTo', 'kazakhstan')).toBe(0);
    // "has not been active": denied before the article's date
    expect(direct('japan', 'activeIn', 'central-asia')).toBe(0);
    expect(missingTriples(store, ttl`
      cgc:turkmenistan.memberOf.sco.neg cg:polarity cg:Negative ; cg:derivation cg:GroupException .
      cgc:turkmenistan.consentedToJoin.aiib.neg cg:polarity cg:Negative ; cg:derivation cg:GroupException .
      cgc:president-of-turkmenistan.attended.victory-day-parade-2015.neg cg:polarity cg:Negative .
      cgc:aiib.rivalOf.adb.perceived cg:modality cg:Perceived .
    `)).toEqual([]);
  });

  it('hangs the qualifiers of the coverage list on the claims', () => {
    const claimsOf = (s: string, p: string, o: string): N3.Term[] => store.getSubjects(RDF_TYPE, CG + 'Claim', null).filter((c) =>
      store.countQuads(c, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#subject', `https://w3id.org/claimgraph/resource/${s}`, null) === 1 &&
      store.countQuads(c, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate', CG + p, null) === 1 &&
      store.countQuads(c, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#object', o.includes(':') ? N3.DataFactory.literal(o.split('|')[0], N3.DataFactory.namedNode(o.split('|')[1])) : N3.DataFactory.namedNode(`https://w3id.org/claimgraph/resource/${o}`), null) === 1);
    const values = (c: N3.Term, q: string): string[] => store.getObjects(c, CG + q, null).map((t) => t.value).sort();
    const amounts = (c: N3.Term): string[] => store.getObjects(c, CG + 'amount', null)
      .map((a) => `${store.getObjects(a, 'https://schema.org/currency', null)[0].value} ${store.getObjects(a, 'https://schema.org/value', null)[0].value}`).sort();

    const [india] = claimsOf('india', 'memberOf', 'sco');
    expect(values(india, 'modality')).toEqual([CG + 'Expected']);
    expect(values(india, 'byYear')).toEqual(['2016']);
    expect(values(india, 'membershipLevel')).toEqual(['full']);

    const [deal] = claimsOf('japan', 'signedDealWith', 'turkmenistan');
    expect(amounts(deal)).toEqual(['JPY 2170000000000', 'USD 18000000000']);
    // who signed is not stated: no acting person (issue 16 audit)
    expect(values(deal, 'actingPerson')).toEqual([]);

    const [uzb] = claimsOf('japan', 'financialAssistanceTo', 'uzbekistan');
    expect(amounts(uzb)).toEqual(['JPY 12700000000', 'USD 105000000']);
    expect(values(uzb, 'purpose')).toEqual(['https://w3id.org/claimgraph/resource/hospital-equipment', 'https://w3id.org/claimgraph/resource/power-facilities']);

    const [taj] = claimsOf('japan', 'grantTo', 'tajikistan');
    expect(values(taj, 'modality')).toEqual([CG + 'Possible']);
    expect(amounts(taj)).toEqual(['JPY 900000000', 'USD 7470000']);

    const [kyr] = claimsOf('japan', 'grantTo', 'kyrgyzstan');
    expect(values(kyr, 'modality')).toEqual([CG + 'Pledged']);
    expect(amounts(kyr)).toEqual(['JPY 13000000000', 'USD 107900000']);

    const firsts = claimsOf('shinzo-abe', 'visited', 'kyrgyzstan').filter((c) => values(c, 'firstInOffice').length);
    expect(firsts.map((c) => values(c, 'firstInOffice'))).toEqual([['https://w3id.org/claimgraph/resource/prime-minister-of-japan']]);
    const dated = claimsOf('shinzo-abe', 'visited', 'uzbekistan');
    // the trip's dates bound the country's visit, they do not date it (issue 16)
    expect(dated.map((c) => [values(c, 'startDate'), values(c, 'earliestDate'), values(c, 'latestDate')])).toEqual([[[], ['2015-10-22'], ['2015-10-28']]]);
    expect(claimsOf('junichiro-koizumi', 'visited', 'kazakhstan').map((c) => values(c, 'year'))).toEqual([['2006']]);

    const [gas] = claimsOf('china', 'importsFrom', 'turkmenistan');
    expect(values(gas, 'rank')).toEqual(['1']);
    expect(values(gas, 'commodity')).toEqual(['https://w3id.org/claimgraph/resource/natural-gas']);
  });

  it('cites the partOf sentence of each member in group expansions', () => {
    const c = 'https://w3id.org/claimgraph/claim/kazakhstan.memberOf.sco';
    const sentences = store.getObjects(c, 'http://www.w3.org/ns/prov#wasDerivedFrom', null).map((s) =>
      store.getObjects(s, 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf', null)[0].value);
    expect(sentences.some((s) => s.includes('All Central Asian Republics and Russia except Turkmenistan'))).toBe(true);
    expect(sentences.some((s) => s.includes('the other two countries, Kazakhstan and Uzbekistan'))).toBe(true);
  });
});
