// "a X-led bank" (round 12, branch idioms): read as "a bank led by X", the graph's one bank so
// described (src/check/described-thing.ts), never as the office "head of X" ("heads X-led": the
// role word in -s before a name is a verb; src/check/resolver.ts). Fixture graph, fictional entities.
import { describe, expect, it } from 'vitest';
import { readDescribedThing } from '../../src/check/described-thing.js';
import { matchOffices, resolveMention } from '../../src/check/resolver.js';
import { tokenize } from '../../src/check/text.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

// the fixture (the Acme Development Bank is led by Freedonia) plus: Rufus Firefly heads it
const { ctx, check } = checkFixture(fixtureClaim({ id: 'rufus.leads.acme-bank', s: 'cgr:rufus', p: 'cg:leads', o: 'cgr:acme-bank', asserted: true }));

describe('a name and a participle before the noun', () => {
  it('are the participle clause after it', () => {
    const d = readDescribedThing(ctx, 'Rufus Firefly heads a Freedonia-led bank.');
    expect(d?.phrase).toBe('a bank led by Freedonia');
    expect(d?.definite).toBe(false);
  });
  it('name the graph\'s one bank so described: a support decides', async () => {
    const out = await check('Rufus Firefly heads a Freedonia-led bank.');
    expect(out.verdict).toBe('SUPPORTED');
    expect(out.interpretation.object).toMatchObject({ label: 'Acme Development Bank' });
    expect(out.interpretation.notes?.join(' ')).toMatch(/"a bank led by Freedonia" read as Acme Development Bank/);
  });
  it('decide nothing against an indefinite phrase (the graph need not know every such bank)', async () => {
    expect((await check('Gloria Teasdale heads a Freedonia-led bank.').catch(() => undefined))?.verdict ?? 'NOT_ENOUGH_INFO').toBe('NOT_ENOUGH_INFO');
  });
});

describe('a role word in -s before a name', () => {
  it('names no office ("heads Freedonia" is no head of Freedonia); the title forms still do', () => {
    const offices = (s: string) => matchOffices(ctx, tokenize(s, ctx.morph), (span) => resolveMention(ctx, span));
    expect(offices('heads Freedonia')).toEqual([]);
    expect(offices('head of Freedonia').length).toBeGreaterThan(0);
    expect(offices('Freedonia\'s head').length).toBeGreaterThan(0);
  });
});

describe('"chief" and "boss" as the head of an organisation or state (lexicon cg:roleAlias)', () => {
  it('name the president\'s office', () => {
    const named = (s: string) => resolveMention(ctx, tokenize(s, ctx.morph)).map((e) => e.iri);
    const president = named('President of Sylvania');
    expect(president).toHaveLength(1);
    expect(named('Sylvania\'s chief')).toEqual(president);
    expect(named('boss of Sylvania')).toEqual(president);
  });
});
