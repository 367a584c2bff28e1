import { describe, expect, it } from 'vitest';
import { findEnumerations, readGroupSpan, type GroupEnv, type Word } from '../../src/suggest/groups.js';
import { dropIgnorable, keyOf, nameKey, tokenize, type Morphology } from '../../src/check/text.js';

// a world of its own: the group ruritania (freedonia, sylvania, marsovia), a president of each
const morph: Morphology = { lemmas: new Map([['countries', 'country']]), ignorable: new Set(['the', 'a', 'all', 'are', 'were', 'is', 'these', 'some']) };
const labels: Record<string, string[]> = {
  freedonia: ['Freedonia', "Freedonia's"], sylvania: ['Sylvania', "Sylvania's"], marsovia: ['Marsovia', "Marsovia's"],
  'grand-fenwick': ['Grand Fenwick'], ruritania: ['Ruritania', 'Ruritanian', 'Ruritanian region'], europe: ['Europe'],
  'president-of-sylvania': ["Sylvania's President"], 'president-of-marsovia': ["Marsovia's President"],
};
const index = new Map<string, string>();
for (const [id, ls] of Object.entries(labels)) for (const l of ls) index.set(nameKey(l, morph), id);
const members = ['freedonia', 'marsovia', 'sylvania'];

function setup(text: string, extra: Partial<GroupEnv> = {}): { env: GroupEnv; words: Word[] } {
  const env: GroupEnv = {
    text,
    names: (span) => (index.get(keyOf(span as never)) ? [index.get(keyOf(span as never))!] : []),
    isGroup: (id) => id === 'ruritania',
    members: (g) => (g === 'ruritania' ? members : []),
    role: (span) => (keyOf(span as never) === 'president' ? 'president' : undefined),
    office: (id) => (id.startsWith('president-of-') ? { state: id.slice('president-of-'.length), role: 'president' } : undefined),
    hasLabel: (id, words) => (labels[id] ?? []).some((l) => l.toLowerCase() === words.toLowerCase().replace(/^the /, '')),
    ...extra,
  };
  return { env, words: dropIgnorable(tokenize(text, morph), morph) };
}

/** Reads the phrase that is the whole text, as a slot value. */
function read(text: string, extra: Partial<GroupEnv> = {}) {
  const { env, words } = setup(text, extra);
  return readGroupSpan(env, words, 0, words.length);
}

describe('group phrases', () => {
  it('reads a universal plural ("all", "the", "these", a count of all members)', () => {
    for (const t of ['All Ruritanian countries', 'the Ruritanian countries', 'these Ruritanian countries', 'the three Ruritanian countries', 'the countries of Ruritania']) {
      const { env, words } = setup(`In 2001 ${t}`);
      const start = words.findIndex((w) => /^(Ruritanian|three|countries)$/.test(w.raw));
      expect(readGroupSpan(env, words, start, words.length), t).toMatchObject({ kind: 'group', spec: { group: 'ruritania', plus: [], except: [] } });
    }
  });
  it('reads exceptions and additions', () => {
    expect(read('Ruritania minus Sylvania')).toMatchObject({ kind: 'group', spec: { group: 'ruritania', except: ['sylvania'], plus: [] } });
    expect(read('All Ruritanian countries and Grand Fenwick except Sylvania and Marsovia'))
      .toMatchObject({ kind: 'group', spec: { group: 'ruritania', plus: ['grand-fenwick'], except: ['marsovia', 'sylvania'] } });
  });
  it('reads an office held in each member, with the exception named by its office', () => {
    expect(read("Presidents of all the Ruritanian countries except Sylvania's President"))
      .toMatchObject({ kind: 'group', spec: { group: 'ruritania', except: ['sylvania'], role: 'president' } });
  });
  it('does not read as the whole group what is not about all of it', () => {
    expect(read('Ruritanian countries')).toMatchObject({ kind: 'none' }); // a bare plural
    expect(read('countries from Ruritania')).toMatchObject({ kind: 'none' });
    expect(read('two Ruritanian countries')).toMatchObject({ kind: 'none' }); // a count short of the group
    expect(read('the Ruritanian country')).toMatchObject({ kind: 'none' }); // one member
    expect(read('Ruritania except Grand Fenwick')).toMatchObject({ kind: 'none' }); // not a member
  });
  it('reads a counted group phrase after "<plural noun> of" as the group, not as "countries of G"', () => {
    const { env, words } = setup('Sylvania is one of the largest trading partners of the three Ruritanian countries');
    const partners = words.findIndex((w) => w.raw === 'partners');
    const three = words.findIndex((w) => w.raw === 'three');
    // "partners of the three Ruritanian countries" is no bare plural vetoing the object inside it
    expect(readGroupSpan(env, words, partners, words.length)).toBeUndefined();
    expect(readGroupSpan(env, words, three, words.length)).toMatchObject({ kind: 'group', spec: { group: 'ruritania' } });
  });
  it('leaves the group\'s own name and plain coordinations to the reader', () => {
    expect(read('Ruritania')).toBeUndefined();
    expect(read('the Ruritanian region')).toBeUndefined();
    expect(read('Ruritania and Europe')).toBeUndefined();
  });
  it('needs known members', () => {
    expect(read('All Ruritanian countries', { members: () => [] })).toMatchObject({ kind: 'none' });
  });
});

describe('enumerations', () => {
  it('finds the members a sentence names, counted', () => {
    const { env, words } = setup('He visited two of the three Ruritanian countries, Sylvania and Marsovia, in 2001.');
    const [e] = findEnumerations(env, words);
    expect(e).toMatchObject({ group: 'ruritania', ids: ['sylvania', 'marsovia'] });
    expect(env.text.slice(e!.begin, e!.end)).toBe('two of the three Ruritanian countries, Sylvania and Marsovia');
  });
  it('continues the group mentioned last ("the other N countries")', () => {
    const { env, words } = setup('The other one countries, Freedonia and Grand Fenwick, were not visited.', { lastGroup: 'ruritania' });
    expect(findEnumerations(env, words)).toEqual([]); // the count must match the list
    const ok = setup('He left the other two countries, Freedonia and Sylvania was next.', { lastGroup: 'ruritania' });
    expect(findEnumerations(ok.env, ok.words)).toMatchObject([{ group: 'ruritania', ids: ['freedonia', 'sylvania'] }]);
  });
  it('reads an enumeration as the members it names when it fills a slot', () => {
    expect(read('two of the three Ruritanian countries, Sylvania and Marsovia')).toMatchObject({ kind: 'members', ids: ['sylvania', 'marsovia'], group: 'ruritania' });
  });
  it('ignores a list that is not separated by commas or "and"', () => {
    const { env, words } = setup('the other two countries, Freedonia Sylvania', { lastGroup: 'ruritania' });
    expect(findEnumerations(env, words)).toEqual([]);
  });
});
