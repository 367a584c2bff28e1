// A name after its title ("Freedonian Prime Minister Rufus Firefly visited Sylvania"): read as the
// title in apposition, two statements checked by the compound rule (src/check/titled-name.ts).
import { describe, expect, it } from 'vitest';
import { titledNameRewrite } from '../../src/check/titled-name.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { check, ctx } = checkFixture();

describe('a name after its title', () => {
  it('is said with the title in apposition, keeping every word', () => {
    expect(titledNameRewrite(ctx, 'Freedonian Prime Minister Rufus Firefly visited Sylvania.')).toBe('Rufus Firefly, Freedonian Prime Minister, visited Sylvania.');
    // no office before the person, or no person after the office: nothing to move
    expect(titledNameRewrite(ctx, 'Rufus Firefly visited Sylvania.')).toBeUndefined();
    expect(titledNameRewrite(ctx, 'The Freedonian Prime Minister visited Sylvania.')).toBeUndefined();
  });

  it('moves "<role> <person> of <country>" for a country the graph names no such office of (round 19)', () => {
    expect(titledNameRewrite(ctx, 'Prime Minister Rufus Firefly of Marsovia visited Sylvania.')).toBe('Rufus Firefly, Prime Minister of Marsovia, visited Sylvania.');
    // "of" followed by no country: nothing to move
    expect(titledNameRewrite(ctx, 'Prime Minister Rufus Firefly of the canal visited Sylvania.')).toBeUndefined();
  });

  it('reads a hyphenated role as its words ("vice-president" for "vice president"; round 22)', () => {
    expect(titledNameRewrite(ctx, "Marsovia's prime-minister Rufus Firefly visited Sylvania.")).toBe("Rufus Firefly, Marsovia's prime-minister, visited Sylvania.");
  });

  it('is checked as both statements: the office held and the act', async () => {
    const r = await check('Freedonian Prime Minister Rufus Firefly visited Sylvania.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.parts).toHaveLength(2);
    // a title the person does not hold is checked, not dropped
    expect((await check('Sylvanian President Rufus Firefly visited Sylvania.')).verdict).not.toBe('SUPPORTED');
  });
});

describe('a title is one noun phrase (round 31)', () => {
  it('never spans a comma between two list members', () => {
    // "President, Freedonian" named an office and "Prime Minister Rufus Firefly" a person: the
    // list was rewritten into "Rufus Firefly, President, Freedonian" and refuted as a wrong office
    const said = titledNameRewrite(ctx, 'Sylvania hosted Gloria Teasdale, Sylvanian President, Freedonian Prime Minister Rufus Firefly and Grand Fenwick.');
    expect(said).toBe('Sylvania hosted Gloria Teasdale, Sylvanian President, Rufus Firefly, Freedonian Prime Minister, and Grand Fenwick.');
    expect(said).not.toMatch(/President, Freedonian,/);
  });
});
