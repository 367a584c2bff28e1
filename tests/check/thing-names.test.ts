// "its" in a second clause may be the owner inside a possessive name of the first (round 23,
// src/check/clause-links.ts thingNamesIn): "Rufus spoke at the League's opening gala and Teasdale
// became its first president" -- "its" is the League, not the gala.
import { describe, expect, it } from 'vitest';
import { thingNamesIn } from '../../src/check/clause-links.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx } = checkFixture(`
cgr:league-gala a cg:Event ; rdfs:label "League opening gala" ; skos:altLabel "League's opening gala" .
`);

describe('the things a clause names', () => {
  it('include the owner inside a possessive name', () => {
    const names = thingNamesIn(ctx, "Rufus spoke at the League's opening gala");
    expect(names).toContain("League's opening gala");
    expect(names).toContain('League');
  });
  it('leave out a person owner', () => {
    expect(thingNamesIn(ctx, "Rufus praised Teasdale's speech").some((n) => /Teasdale/.test(n))).toBe(false);
  });
});
