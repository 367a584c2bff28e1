// The lexicon answered from the cache (src/check/lexicon-view.ts) must answer every question a
// reader can ask exactly as the n3 Store it stands for: same quads and terms, in the same order
// (readers take the first match, and some keep their order). Its premise is how n3 orders the
// answers (a predicate's from its predicate index, a subject's from its subject index): this
// test fails if an n3 release orders them otherwise, or if the cached answers leave a case out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import N3 from 'n3';
import { describe, expect, it } from 'vitest';
import { CachedLexicon, lexiconAnswers } from '../../src/check/lexicon-view.js';
import { smallStore } from '../../src/graph/store.js';
import { projectRoot } from '../helpers/cli.js';

const ids = (terms: N3.Term[]): string[] => terms.map((t) => N3.termToId(t));
const quadIds = (qs: N3.Quad[]): string[] => qs.map((q) => [q.subject, q.predicate, q.object, q.graph].map((t) => N3.termToId(t)).join(' '));

// objects met in one order under the predicate and in another under a subject
const tricky = `@prefix ex: <http://x.test/> .
ex:b ex:p ex:o2 . ex:a ex:p ex:o1 . ex:a ex:p ex:o2 . ex:c ex:p "lit"@en, "2"^^<http://www.w3.org/2001/XMLSchema#integer> .
ex:a ex:q ex:o1 . ex:b ex:q _:x .
`;

function compare(store: N3.Store): void {
  const view = new CachedLexicon(JSON.parse(JSON.stringify(lexiconAnswers(store))), () => {
    throw new Error('the view asked for the real store');
  });
  const other = N3.DataFactory.namedNode('http://x.test/none');
  for (const p of [...store.getPredicates(null, null, null), other]) {
    // the predicate's own subjects and objects, and one it does not have
    const subjects = [null, other, ...store.getSubjects(p, null, null)];
    const objects = [other, ...store.getObjects(null, p, null)];
    for (const pp of [p, p.value]) {
      expect(ids(view.getObjects(null, pp, null))).toEqual(ids(store.getObjects(null, pp, null)));
      for (const s of subjects) {
        expect(quadIds(view.getQuads(s, pp, null, null)), `${s?.value} ${p.value}`).toEqual(quadIds(store.getQuads(s, pp, null, null)));
        if (s) expect(ids(view.getObjects(s, pp, null))).toEqual(ids(store.getObjects(s, pp, null)));
        // every object with no subject, and with a subject the objects it has and one it has not
        for (const o of s ? [other, ...store.getObjects(s, pp, null)] : objects) expect(quadIds(view.getQuads(s, pp, o, null))).toEqual(quadIds(store.getQuads(s, pp, o, null)));
      }
    }
  }
}

describe('CachedLexicon', () => {
  it('answers as the Store does, order included, where a subject orders objects otherwise than the predicate', () => {
    const store = smallStore();
    store.addQuads(new N3.Parser().parse(tricky));
    expect(lexiconAnswers(store)!['http://x.test/p']!.bySubject).toBeDefined();
    compare(store);
  });

  it('answers as the Store does on the package lexicon', () => {
    const store = smallStore();
    store.addQuads(new N3.Parser().parse(readFileSync(join(projectRoot, 'ontology', 'lexicon.ttl'), 'utf8')));
    compare(store);
  });

  it('hands other questions to the real Store, built once', () => {
    const store = smallStore();
    store.addQuads(new N3.Parser().parse(tricky));
    let builds = 0;
    const view = new CachedLexicon(lexiconAnswers(store)!, () => (builds++, store));
    expect(ids(view.getSubjects(null, 'http://x.test/o1', null))).toEqual(ids(store.getSubjects(null, 'http://x.test/o1', null)));
    expect(quadIds(view.getQuads('http://x.test/a', null, null, null))).toEqual(quadIds(store.getQuads('http://x.test/a', null, null, null)));
    expect(builds).toBe(1);
  });

  it('gives a new array each time (callers sort in place)', () => {
    const store = smallStore();
    store.addQuads(new N3.Parser().parse(tricky));
    const view = new CachedLexicon(lexiconAnswers(store)!, () => store);
    const first = view.getQuads(null, 'http://x.test/p', null, null);
    first.reverse();
    expect(quadIds(view.getQuads(null, 'http://x.test/p', null, null))).toEqual(quadIds(store.getQuads(null, 'http://x.test/p', null, null)));
  });

  it('keeps no answers for a store with named graphs', () => {
    const store = new N3.Store(new N3.Parser({ format: 'application/trig' }).parse('<http://x.test/g> { <http://x.test/a> <http://x.test/p> "x" . }'));
    expect(lexiconAnswers(store)).toBeUndefined();
  });
});
