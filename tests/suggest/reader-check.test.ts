import { describe, expect, it } from 'vitest';
import { checkParserReader } from '../../src/suggest/reader-check.js';
import { defaultReader } from '../../src/suggest/reader.js';
import { headAfterModifier, sharedSubjects, transparentRelatives } from '../../src/suggest/np.js';
import { dropIgnorable, tokenize } from '../../src/check/text.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx } = checkFixture();
const at = { article: 'a', sentenceId: 's001', kind: 'body' };
const SENTENCES = [
  'In 2001, Rufus Firefly visited Sylvania, and Freedonia signed energy deals worth US$ 5 million with Sylvania on May 3, 2014.',
  'Freedonia may also provide US$ 7.47 million (¥ 900 million) in grants to Grand Fenwick, which is not a member of the League.',
  'Sylvania, which is a member of the League, did not join the Acme Bank in 2009.',
];

describe('the check reader over a sentence', () => {
  it('reads several statements in one sentence, each with the words it rests on', () => {
    const r = checkParserReader(ctx).read(SENTENCES[0]!, at);
    const visit = r.find((x) => x.predicate === 'visited')!;
    expect(visit).toMatchObject({ subject: { kind: 'entity', id: 'rufus' }, object: { kind: 'entity', id: 'sylvania' } });
    const deal = r.find((x) => x.predicate === 'signedDealWith')!;
    expect(deal.qualifiers).toMatchObject({ amounts: { amounts: [{ value: '5000000', currency: 'USD' }] }, sector: { id: 'energy' } });
    expect(SENTENCES[0]!.slice(deal.begin, deal.end)).toMatch(/^Freedonia signed energy deals worth US\$ 5 million with Sylvania/);
  });
  it('keeps a negation in its own clause', () => {
    const r = checkParserReader(ctx).read(SENTENCES[1]!, at);
    expect(r.find((x) => x.predicate === 'grantTo')).toMatchObject({ polarity: 'positive', modality: 'possible' });
  });
  it('gives the same readings whether adjunct matches are shared between stretches or not', () => {
    // premise of the shared adjunct cache in reader-check.ts: matches found on a longer stretch
    // from the same start hold for the shorter ones
    for (const s of SENTENCES) {
      const shared = checkParserReader(ctx).read(s, at);
      const fresh = checkParserReader(ctx, { shareAdjuncts: false }).read(s, at);
      expect(shared).toEqual(fresh);
    }
  });
  it('reads a relative clause as a statement about the name before it (default reader)', () => {
    const r = defaultReader(ctx).read(SENTENCES[2]!, at);
    expect(r.find((x) => x.predicate === 'memberOf' && x.polarity === 'positive')).toMatchObject({ subject: { id: 'sylvania' }, object: { id: 'league' } });
    expect(r.find((x) => x.polarity === 'negative')).toMatchObject({ subject: { id: 'sylvania' }, predicate: 'memberOf', object: { id: 'acme-bank' } });
  });
});

describe('noun-phrase constructions', () => {
  const words = (t: string) => dropIgnorable(tokenize(t, ctx.morph), ctx.morph);
  const names = (span: readonly { norm: string }[]): string[] => {
    const key = span.map((w) => w.norm).join(' ');
    return ctx.labelIndex.has(key) ? [key] : [];
  };
  it('finds the head after a name used as a compound modifier', () => {
    const w = words('the Freedonia-led Acme Bank');
    expect(headAfterModifier(w, 0, w.length, names)).toBe(3);
    const plain = words('the Acme Bank');
    expect(headAfterModifier(plain, 0, plain.length, names)).toBeUndefined();
  });
  it('makes a relative pronoun after a comma transparent, and only there', () => {
    const t = 'Sylvania, which is a member, said which one.';
    expect(transparentRelatives(t, words(t)).map((w) => w.raw)).toEqual(['Sylvania', 'member', 'said', 'which', 'one']);
  });
  it('gives the second verb phrase of a relative clause the name before the clause as subject', () => {
    const t = 'The canal pipeline, which began operating in 2009 and crosses Sylvania and Marsovia.';
    expect(sharedSubjects(t, words(t), new Set(['cross'])).map((v) => v.map((w) => w.raw).join(' '))).toEqual(['canal pipeline crosses Sylvania and Marsovia']);
    // not after the clause's closing comma, nor before a word that is no pattern's verb
    const u = 'The canal pipeline, which began operating in 2009, and crosses Sylvania.';
    expect(sharedSubjects(u, words(u), new Set(['cross']))).toEqual([]);
    expect(sharedSubjects(t, words(t), new Set(['join']))).toEqual([]);
    const r = defaultReader(ctx).read(t, at).find((x) => x.predicate === 'crosses');
    expect(r).toMatchObject({ subject: { id: 'canal' }, object: { kind: 'entities', ids: ['sylvania', 'marsovia'] } });
  });
  it('gives the second verb of "S will V1 ... and V2 ..." the subject and the auxiliary, never a negation', () => {
    const verbs = new Set(['will', 'run', 'cross', 'join', 'sign']);
    const t = 'The canal pipeline will run 300 kilometres and cross Sylvania.';
    expect(sharedSubjects(t, words(t), verbs).map((v) => v.map((w) => w.raw).join(' '))).toEqual(['canal pipeline will cross Sylvania']);
    const n = 'Freedonia did not join the League and signed a deal with Sylvania.';
    expect(sharedSubjects(n, words(n), verbs)).toEqual([]);
    const c = 'Freedonia joined the League, and signed a deal with Sylvania.';
    expect(sharedSubjects(c, words(c), verbs)).toEqual([]);
    const r = defaultReader(ctx).read(t, at).find((x) => x.predicate === 'crosses');
    expect(r).toMatchObject({ subject: { id: 'canal' }, object: { id: 'sylvania' }, modality: 'expected' });
  });
});

describe('what the reader is not sure of', () => {
  const read = (s: string) => defaultReader(ctx).read(s, at);
  it('reads "strives to assist" as a possibility, not help given', () => {
    const r = read('Freedonia strives to assist Sylvania.').filter((x) => x.predicate === 'helpTo');
    expect(r.length).toBeGreaterThan(0);
    for (const x of r) expect(x).toMatchObject({ subject: { id: 'freedonia' }, object: { id: 'sylvania' }, modality: 'possible' });
  });
  it('reads an event near a place as held near it (the narrower domain), not as two places close together', () => {
    const r = read('Rufus Firefly spoke at the Founders Gala near Sylvania.');
    expect(r.find((x) => x.predicate === 'heldNear')).toMatchObject({ subject: { id: 'gala' }, object: { id: 'sylvania' } });
    expect(r.find((x) => x.predicate === 'geographicallyCloseTo')).toBeUndefined();
  });
  it('is less sure of a common noun as the object when "in"/"of" the pattern does not take follows it', () => {
    const plain = read('The economy of Freedonia relies on energy.').find((x) => x.predicate === 'economyReliesOn');
    const modified = read('The economy of Freedonia relies on energy in the field of transit.').find((x) => x.predicate === 'economyReliesOn' && x.object.kind === 'entity' && x.object.id === 'energy');
    expect(plain!.confidence).toBeGreaterThanOrEqual(0.75);
    expect(modified!.confidence).toBeLessThan(0.5);
    expect(modified!.why).toContain('a modified noun');
  });
});
