// "as his guests" after a deed (src/check/as-office.ts, round 36): a noun of the one the act is
// done to (lexicon cg:patientNoun "guest|host") is no office of the doer; the deed read with the
// noun's verb decides, another deed is not decided.
import { describe, expect, it } from 'vitest';
import { patientVerbs } from '../../src/check/noun-frames.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

const { ctx, check } = checkFixture(`
cgr:zenda a cg:City ; rdfs:label "Zenda" .
${fixtureClaim({ id: 'rufus.hostOf.gala', s: 'cgr:rufus', p: 'cg:hostOf', o: 'cgr:gala', sentence: 's002', asserted: true })}
${fixtureClaim({ id: 'teasdale.attended.gala', s: 'cgr:teasdale', p: 'cg:attended', o: 'cgr:gala', sentence: 's002', asserted: true })}
`);

describe('"as his guests"', () => {
  it('is a noun of the undergoer, singular or plural', () => {
    expect(patientVerbs(ctx, 'guests')).toContain('host');
    expect(patientVerbs(ctx, 'prime minister')).toEqual([]);
  });
  it('is no office: the hosting deed decides', async () => {
    const r = await check('Rufus Firefly hosted Gloria Teasdale as his guest.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).not.toContain('held that office');
  });
});
