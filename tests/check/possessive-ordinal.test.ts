// "the bank's first president" read as "the first president of the bank" (src/check/rewrites.ts
// possessiveOrdinal, reader `rewrites`): an ordinal between a possessor and an office's role word,
// checked end to end on the fixture.
import { describe, expect, it } from 'vitest';
import { checkFixture, officeHolder } from '../helpers/check-fixture.js';

const holder = officeHolder;
// Ann is the first President of Sylvania, Bob the second
const { check } = checkFixture(`
cgr:ann a cg:Person ; rdfs:label "Ann Other" .
cgr:bob a cg:Person ; rdfs:label "Bob Second" .
${holder('ann', 1)}${holder('bob', 2)}
cgc:ann.holds cg:officeObtainedBy "election" .`);
// (round 12: "was elected as" is read only from a source claim that says how, cg:officeObtainedBy)

describe("an ordinal office in the possessive ('Sylvania's first president')", () => {
  it('is read as the ordinal office of the possessor', async () => {
    for (const claim of ["Was Ann Other elected as Sylvania's first president?", "Ann Other was elected Sylvania's first president.", "Ann Other became the Sylvania's first president."]) {
      expect((await check(claim)).verdict, claim).toBe('SUPPORTED');
    }
    expect((await check("Bob Second was elected as Sylvania's first president.")).verdict).toBe('REFUTED');
  });

  it('reads a later place and a lower-case possessor too (round 20)', async () => {
    expect((await check("Ann Other became Sylvania's second president.")).verdict).toBe('REFUTED');
    expect((await check("Ann Other was chosen as Sylvania's third president.")).verdict).toBe('REFUTED');
    expect((await check("ann other became sylvania's first president")).verdict).toBe('SUPPORTED');
  });
});
