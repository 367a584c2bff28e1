// A possessive written without its apostrophe (src/check/bare-possessive.ts, round 15).
import { describe, expect, it } from 'vitest';
import { barePossessiveRewrite } from '../../src/check/bare-possessive.js';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture: Rufus Firefly visited Sylvania in 2001
const { ctx, check } = checkFixture();

describe('a name with an "s" glued to it before a noun', () => {
  it('is written as the name\'s possessive', () => {
    expect(barePossessiveRewrite(ctx, 'rufus fireflys tour took him to Sylvania.')).toBe("rufus firefly's tour took him to Sylvania.");
    expect(barePossessiveRewrite(ctx, 'Freedonias aid went to Sylvania.')).toBe("Freedonia's aid went to Sylvania.");
  });
  it('is left alone at the end of a claim, before a name, or when the name is unknown', () => {
    expect(barePossessiveRewrite(ctx, 'Sylvania rivals Freedonias.')).toBeUndefined();
    expect(barePossessiveRewrite(ctx, 'Rufus Firefly visits Sylvania.')).toBeUndefined();
    expect(barePossessiveRewrite(ctx, 'Zendas tour took him to Sylvania.')).toBeUndefined();
  });
  it('is left alone before a preposition or conjunction (no noun phrase follows)', () => {
    expect(barePossessiveRewrite(ctx, 'The gala honoured Freedonias in the capital.')).toBeUndefined();
    expect(barePossessiveRewrite(ctx, 'Sylvania praised Freedonias and Marsovia.')).toBeUndefined();
  });
  it('is checked as the possessive', async () => {
    const r = await check('rufus fireflys tour took him to Sylvania.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toMatch(/a possessive written without its apostrophe/);
    expect((await check('rufus fireflys trip took him to Marsovia.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

// round 33 (fix26a, users26): "Manas airport" (an alias of the airport) was rewritten "Mana's airport"
describe('a name ending in "s" that is a name with the noun after it', () => {
  const named = checkFixture(`
cgr:zendas-airport a cg:Airport ;
    rdfs:label "Zendas International Airport" ;
    skos:altLabel "Zendas", "Zendas airport" .
`);
  it('is no possessive; a bare possessive of another name still is', () => {
    expect(barePossessiveRewrite(named.ctx, 'Zendas airport is in Freedonia.')).toBeUndefined();
    expect(barePossessiveRewrite(named.ctx, 'Freedonias aid went to Sylvania.')).toBe("Freedonia's aid went to Sylvania.");
  });
});

describe('a role noun\'s plural (round 39, misses30c)', () => {
  it('is the holders, not the office\'s possessive', () => {
    // the office named as the graph's articles name theirs ("Freedonian prime minister")
    const { ctx } = checkFixture('cgr:pm-of-freedonia skos:altLabel "Freedonian prime minister" .');
    expect(barePossessiveRewrite(ctx, 'Freedonian prime ministers visited Grand Fenwick.')).toBeUndefined();
    expect(barePossessiveRewrite(ctx, 'Freedonian prime ministers visit took him to Grand Fenwick.')).toBeUndefined();
    expect(barePossessiveRewrite(ctx, 'Freedonias aid went to Sylvania.')).toBe("Freedonia's aid went to Sylvania.");
  });
});
