// A part of a decade (src/check/year-notation.ts, round 19): a core that supports, a wider window that refutes.
import { describe, expect, it } from 'vitest';
import { decadeOf } from '../../src/check/year-notation.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

const { check } = checkFixture(fixtureClaim({ id: 'gala.heldOn.2005-05-03', s: 'cgr:gala', p: 'cg:heldOn', o: '"2005-05-03"^^xsd:date', asserted: true }));

describe('a part of a decade', () => {
  it('reads early, mid and late as a core and a wider window', () => {
    expect(decadeOf('The canal opened in the mid-1990s.')).toMatchObject({ from: 1994, to: 1996, after: 'The canal opened after 1993.', before: 'The canal opened before 1997.', wide: { from: 1992, to: 1998 } });
    expect(decadeOf("The canal opened in the late '80s.")).toMatchObject({ from: 1987, to: 1989, wide: { from: 1985, to: 1989 } });
    expect(decadeOf('The canal opened in the early 2000s.')).toMatchObject({ from: 2000, to: 2003, wide: { from: 2000, to: 2005 } });
    expect(decadeOf('The canal opened in the 1990s.')?.wide).toBeUndefined();
  });
  it('supports inside the core, refutes outside the window, and leaves the fuzzy border undecided', async () => {
    const r = await check('The Founders Gala was held in the mid-2000s.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('read as the years 2004 to 2006 (refuted only outside 2002 to 2008)');
    expect((await check('The Founders Gala was held in the late 1990s.')).verdict).toBe('REFUTED');
    expect((await check('The Founders Gala was held in the late 2000s.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('The Founders Gala was held in the early 2000s.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

// round 33: "by the end of" a year or a decade is a deadline, "by" its last year
describe('a deadline at the end of a year or a decade (round 33)', () => {
  it('is said as "by" the year', async () => {
    const { yearNotationRewrite } = await import('../../src/check/year-notation.js');
    expect(yearNotationRewrite('The canal was operational by the end of 2009.')).toBe('The canal was operational by 2009.');
    expect(yearNotationRewrite('The canal was operational by the end of the 2000s.')).toBe('The canal was operational by 2009.');
    // near miss: "at the end of" is a time, not a deadline
    expect(yearNotationRewrite('The canal opened at the end of 2009.')).toBe('The canal opened in late 2009.');
  });
  it('supports a day before the deadline and refutes one after it', async () => {
    expect((await check('The Founders Gala was held by the end of the 2000s.')).verdict).toBe('SUPPORTED');
    expect((await check('The Founders Gala was held by the end of 2004.')).verdict).toBe('REFUTED');
  });
});
