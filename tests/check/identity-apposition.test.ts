// A closing apposition renaming the object (src/check/identity-apposition.ts, round 26, words26),
// and the round's prepositional idioms of leading and belonging (ontology/lexicon.ttl cg:idiom).
// Fixture graph, fictional entities: Freedonia leads the Acme Development Bank and is a member of
// the League; Rufus Firefly heads the bank.
import { describe, expect, it } from 'vitest';
import { closingApposition } from '../../src/check/identity-apposition.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

const { check } = checkFixture(fixtureClaim({ id: 'rufus.leads.acme-bank', s: 'cgr:rufus', p: 'cg:leads', o: 'cgr:acme-bank', asserted: true }));

describe('closingApposition', () => {
  it('cuts the closing name off its clause', () => {
    expect(closingApposition('Rufus Firefly heads the Freedonia-led bank, the Acme Development Bank.'))
      .toEqual({ clause: 'Rufus Firefly heads the Freedonia-led bank', name: 'the Acme Development Bank' });
  });
  it('takes no clause or conjunction for a name', () => {
    expect(closingApposition('Rufus Firefly heads the bank, and Freedonia leads it')).toBeUndefined();
    expect(closingApposition('Rufus Firefly heads the bank, which Freedonia leads')).toBeUndefined();
    expect(closingApposition('Rufus Firefly heads the bank')).toBeUndefined();
  });
});

describe('a closing apposition, end to end', () => {
  it('renaming the object: the clause decides', async () => {
    const r = await check('Rufus Firefly heads the Freedonia-led bank, the Acme Development Bank');
    expect(r.verdict, r.explanation).toBe('SUPPORTED');
    expect(r.explanation).toContain('closing apposition');
  });
  it('naming another thing: never read as a renaming', async () => {
    const r = await check('Rufus Firefly heads the Freedonia-led bank, the League').catch(() => undefined);
    expect(r?.explanation ?? '').not.toContain('closing apposition');
  });
});

describe('prepositional idioms of leading and belonging (lexicon cg:idiom, round 26)', () => {
  it('sitting (standing, being) at the helm or the head of a body is leading it', async () => {
    for (const s of ['Rufus Firefly sits at the helm of the Acme Development Bank', 'Rufus Firefly is at the head of the Acme Development Bank',
      'Rufus Firefly stands at the head of the Acme Development Bank']) {
      const r = await check(s);
      expect(r.verdict, `${s}: ${r.explanation}`).toBe('SUPPORTED');
    }
  });
  it('being (a) party to a body is being its member', async () => {
    for (const s of ['Freedonia is party to the League', 'Freedonia is a party to the League']) {
      const r = await check(s);
      expect(r.verdict, `${s}: ${r.explanation}`).toBe('SUPPORTED');
    }
  });
});
