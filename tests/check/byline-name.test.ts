// A credited name with more words after it (src/check/byline-name.ts, round 34): "written by
// <the byline's author> of <somewhere>" names the credited author with an unchecked description, so
// it is neither confirmed nor refuted; another name, or a second name joined by "and", still refutes.
import { describe, expect, it } from 'vitest';
import { namedWithMore } from '../../src/check/byline-name.js';
import { checkFixture, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';

describe('namedWithMore', () => {
  it('finds the credited name a span opens with, when words other than a second name follow', () => {
    expect(namedWithMore('Freda Fenwick of the League Institute', ['Freda Fenwick'])).toBe('Freda Fenwick');
    expect(namedWithMore('Freda Fenwick Associate Fellow', ['Freda Fenwick'])).toBe('Freda Fenwick');
    expect(namedWithMore('Freda Fenwick and Otis Bell', ['Freda Fenwick'])).toBeUndefined();
    expect(namedWithMore('Freda Fenwick', ['Freda Fenwick'])).toBeUndefined();
    expect(namedWithMore('Otis Bell of the League', ['Freda Fenwick'])).toBeUndefined();
  });
});

describe('the byline and credit line, named with a description after them', () => {
  // the fixture article credited to Ann Author (byline, s003) and edited by the Metro Desk
  const { check } = checkFixture(`
cgr:ann-author a cg:Person ; rdfs:label "Ann Author" .
cgr:metro-desk a cg:Organisation ; rdfs:label "Metro Desk" ; skos:altLabel "the Metro Desk" .
cga:fixture-article schema:author cgr:ann-author ; schema:editor cgr:metro-desk .
<${FIXTURE_ARTICLE}/statement/editor> a rdf:Statement ; rdf:subject <${FIXTURE_ARTICLE}> ; rdf:predicate schema:editor ;
    rdf:object cgr:metro-desk ; prov:wasDerivedFrom <${FIXTURE_ARTICLE}/sentence/s003> .
`);
  const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');
  it('neither supports nor refutes the credited author or editor with words after the name', async () => {
    expect(await verdict('The Fixture article was written by Ann Author of the Acme Institute.')).toBe('NOT_ENOUGH_INFO');
    expect(await verdict('The Fixture article was written by Ann Author, an Associate Fellow.')).toBe('NOT_ENOUGH_INFO');
    expect(await verdict('The Fixture article was edited by the Metro Desk of the Acme Institute.')).toBe('NOT_ENOUGH_INFO');
  });
  it('still refutes another name, with or without words after it', async () => {
    expect(await verdict('The Fixture article was written by Rufus Firefly of the Acme Institute.')).toBe('REFUTED');
    expect(await verdict('The Fixture article was written by Rufus Firefly.')).toBe('REFUTED');
    expect(await verdict('The Fixture article was written by Ann Author.')).toBe('SUPPORTED');
  });
});

describe('an initial that is also the article (round 35)', () => {
  // the fixture article credited to Sonia Author: "A. Author" was read as "a Author", the article
  // dropped, and supported as Sonia Author
  const { check } = checkFixture(`
cgr:sonia-author a cg:Person ; rdfs:label "Sonia Author" ; skos:altLabel "Author" .
cga:fixture-article schema:author cgr:sonia-author .
`);
  const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');
  it('reads "A." before a capitalised name as an initial, checked against the first name', async () => {
    expect(await verdict('The Fixture article was written by A. Author.')).not.toBe('SUPPORTED');
    expect(await verdict('The Fixture article was written by B. Author.')).not.toBe('SUPPORTED');
    expect(await verdict('The Fixture article was written by S. Author.')).toBe('SUPPORTED');
    expect(await verdict('The Fixture article was written by Sonia Author.')).toBe('SUPPORTED');
  });
});

// round 36 (users29's F14): the credited author's other name (an altLabel: the surname alone) with
// a description after it ("Hashmi, a PhD") names the author as "Ann Author, a PhD" does
describe('the credited author named by another of its names, with words after it', () => {
  const { check } = checkFixture(`
cgr:ann-author a cg:Person ; rdfs:label "Ann Author" ; skos:altLabel "Author" .
cga:fixture-article schema:author cgr:ann-author .
`);
  const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');
  it('is neither supported nor refuted; another name, or a second author, still refutes', async () => {
    expect(await verdict('The Fixture article was written by Author, a PhD.')).toBe('NOT_ENOUGH_INFO');
    expect(await verdict('The Fixture article was written by Author (PhD).')).toBe('NOT_ENOUGH_INFO');
    expect(await verdict('The Fixture article was written by Author.')).toBe('SUPPORTED');
    expect(await verdict('The Fixture article was written by Author and Otis Bell.')).toBe('REFUTED');
    expect(await verdict('The Fixture article was written by Otis Bell, a PhD.')).toBe('REFUTED');
  });
});
