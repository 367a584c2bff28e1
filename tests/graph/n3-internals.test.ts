import N3 from 'n3';
import type { Quad } from '@rdfjs/types';
import { describe, expect, it } from 'vitest';
import { PREFIXES } from '../../src/graph/vocab.js';
import { asTermEncoder, termEncoder, turtleHeader } from '../../src/graph/n3-internals.js';
import { ClaimgraphError } from '../../src/errors.js';

const { namedNode, literal, blankNode, quad } = N3.DataFactory;
const CG = PREFIXES.cg;
const XSD = PREFIXES.xsd;

// Every kind of term the corpus build encodes: prefixed and full IRIs, rdf:type, blank nodes,
// strings needing escapes, language tags, and the literal shorthands (integer, decimal, double,
// boolean) beside other datatypes.
const quads: Quad[] = [
  quad(namedNode(`${CG}freedonia`), namedNode(`${PREFIXES.rdf}type`), namedNode(`${CG}Country`)),
  quad(namedNode('http://example.org/a b'), namedNode(`${CG}memberOf`), namedNode('http://example.org/x#y')),
  quad(blankNode('b0'), namedNode(`${PREFIXES.rdfs}label`), literal('Rufus "T." Firefly\nline two\\', 'en')),
  quad(namedNode(`${CG}acme`), namedNode(`${CG}amount`), literal('5', namedNode(`${XSD}integer`))),
  quad(namedNode(`${CG}acme`), namedNode(`${CG}amount`), literal('+5', namedNode(`${XSD}integer`))),
  quad(namedNode(`${CG}acme`), namedNode(`${CG}share`), literal('26.06', namedNode(`${XSD}decimal`))),
  quad(namedNode(`${CG}acme`), namedNode(`${CG}share`), literal('1.0E3', namedNode(`${XSD}double`))),
  quad(namedNode(`${CG}acme`), namedNode(`${CG}open`), literal('true', namedNode(`${XSD}boolean`))),
  quad(namedNode(`${CG}acme`), namedNode(`${CG}date`), literal('2016-01-16', namedNode(`${XSD}date`))),
  quad(namedNode(`${CG}acme`), namedNode(`${CG}note`), literal('plain')),
];

function writerLine(q: Quad): string {
  let out = '';
  const w = new N3.Writer({ prefixes: { ...PREFIXES } });
  w.addQuad(q);
  w.end((_e, r: string) => { out = r; });
  return out.slice(turtleHeader().length).trimEnd();
}

describe('n3-internals: N3.Writer term encoders (the corpus build relies on them)', () => {
  it('encode each term as the writer itself writes it', () => {
    const e = termEncoder();
    for (const q of quads) {
      expect(`${e._encodeSubject(q.subject)} ${e._encodePredicate(q.predicate)} ${e._encodeObject(q.object)}.`).toBe(writerLine(q));
    }
  });

  it('the header is the prefix block the writer emits before the first statement', () => {
    const h = turtleHeader();
    expect(h.startsWith('@prefix ')).toBe(true);
    expect(h.endsWith('\n\n')).toBe(true);
    for (const [p, iri] of Object.entries(PREFIXES)) expect(h).toContain(`@prefix ${p}: <${iri}>.`);
  });

  it('a writer without the encoders is an INTERNAL error naming the method', () => {
    const fake = { _encodeSubject: () => '', _encodePredicate: () => '' };
    expect(() => asTermEncoder(fake)).toThrowError(ClaimgraphError);
    expect(() => asTermEncoder(fake)).toThrowError(/_encodeObject/);
  });
});
