// Counts over a described group (round 26): fractions and "all but N" (src/check/bounded-counts.ts),
// a group said by its owner and kind (src/check/described-groups.ts), a fronted partitive and "the
// only one that ..." (src/check/count-shapes.ts).
import { describe, expect, it } from 'vitest';
import { frontedPartitive, onlyNamedStatements, onlyOneStatements } from '../../src/check/count-shapes.js';
import { describedGroup } from '../../src/check/described-groups.js';
import { dropIgnorable, tokenize } from '../../src/check/text.js';
import { checkFixture, IDA_AT_GALA } from '../helpers/check-fixture.js';

// the fixture: Ruritania has two members, Freedonia (in the League) and Sylvania (not)
const { check, ctx } = checkFixture();
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');
// round 39: Ida Oldham, President of Freedonia, attended the gala; the President of Sylvania did not (the fixture)
const idaFixture = checkFixture(`
${IDA_AT_GALA}
`);

describe('a fraction or "all but N" of a group', () => {
  it('reads a fraction as the exact share of the group\'s size', async () => {
    const r = await check('Half of the Ruritanian states belong to the League.');
    expect(r.interpretation.subject).toMatchObject({ kind: 'count', n: 1, only: true });
    expect(await verdict('One-half of the Ruritanian states belong to the League.')).toBe(r.verdict);
    expect(await verdict('1/2 of the Ruritanian states belong to the League.')).toBe(r.verdict);
  });
  it('reads a percentage of a group as its share, never as a count of members', async () => {
    const half = await verdict('Half of the Ruritanian states belong to the League.');
    expect(await verdict('50% of the Ruritanian states belong to the League.')).toBe(half);
    expect(await verdict('50 percent of the Ruritanian states belong to the League.')).toBe(half);
    // "fewer than 3% of" is not "fewer than three of" (supported: one member is fewer than three)
    expect(await verdict('Fewer than 3% of the Ruritanian states belong to the League.')).not.toBe('SUPPORTED');
    expect(await verdict('1% of the Ruritanian states belong to the League.')).not.toBe('SUPPORTED');
  });
  it('reads "all but N of" as the size less N, exactly', async () => {
    const r = await check('All but one of the Ruritanian states belong to the League.');
    expect(r.interpretation.subject).toMatchObject({ kind: 'count', n: 1, only: true });
    expect(await verdict('All but two of the Ruritanian states belong to the League.')).toBe('REFUTED');
  });
  it('reads no fraction the group\'s size does not divide, and no rank', async () => {
    expect(await verdict('A third of the Ruritanian states belong to the League.')).toBe('UNREAD');
    expect(await verdict('The third Ruritanian state belongs to the League.')).toBe('UNREAD');
  });
  it('reads "most" straight before a group, not "the most"', async () => {
    expect(await verdict('Most Ruritanian states belong to the League.')).toBe('REFUTED');
    expect(await verdict('The most Ruritanian states belong to the League.')).toBe('UNREAD');
  });
});

describe('a group said by its owner and kind', () => {
  const group = (text: string): string | undefined => describedGroup(ctx, dropIgnorable(tokenize(text, ctx.morph), ctx.morph))?.label;
  it('reads "<owner>\'s [N] <kind>s" and "<kind>s of <owner>" as the owner\'s group', async () => {
    expect(group("Ruritania's countries")).toBe('Ruritania');
    expect(group("Ruritania's two countries")).toBe('Ruritania');
    expect(group('the two countries of Ruritania')).toBe('Ruritania');
    expect(await verdict("One of Ruritania's countries belongs to the League.")).toBe(await verdict('One of the Ruritanian states belongs to the League.'));
    expect(await verdict("One of Ruritania's countries belongs to the League.")).not.toBe('UNREAD');
  });
  it('reads no group when the number said is not the group\'s size, or the kind not its members\'', () => {
    expect(group("Ruritania's three countries")).toBeUndefined();
    expect(group("Ruritania's pipelines")).toBeUndefined();
  });
});

describe('frontedPartitive', () => {
  it('says the partitive after the count', () => {
    expect(frontedPartitive('Of the two Ruritanian states, only one is outside the League.')).toBe('Only one of the two Ruritanian states is outside the League');
    expect(frontedPartitive("Of Ruritania's states, all but one belong to the League.")).toBe("All but one of Ruritania's states belong to the League");
  });
  it('is no partitive without a count, or with "of" after it', () => {
    expect(frontedPartitive('Of the two Ruritanian states, Freedonia is in the League.')).toBeUndefined();
    expect(frontedPartitive('Of the two Ruritanian states, one of them is in the League.')).toBeUndefined();
    expect(frontedPartitive('Of course Freedonia is in the League.')).toBeUndefined();
  });
  it('is checked as the count', async () => {
    expect(await verdict('Of the two Ruritanian states, two belong to the League.')).toBe('REFUTED');
  });
});

describe('onlyOneStatements', () => {
  it('says the one and the count of the group', () => {
    expect(onlyOneStatements('Sylvania is the sole Ruritanian state that is not a League member.'))
      .toEqual(['Sylvania is not a League member', 'Only one of the Ruritanian states is not a League member']);
    expect(onlyOneStatements('Sylvania is not the only Ruritanian state that left the League.')).toBeUndefined();
  });
  it('refutes the claim when the one does not do it', async () => {
    const r = await check('Freedonia is the lone Ruritanian state that has no seat in the League.');
    expect(['REFUTED', 'UNREAD', 'NOT_ENOUGH_INFO']).toContain(r.verdict);
  });
});

describe('round 38 (misses30): the exception after the group, and "a total of N"', async () => {
  const { countSaidOtherwise } = await import('../../src/check/count-shapes.js');
  it('says "Every G but N ..." as "All but N of the Gs ..." and drops "a total of"', () => {
    expect(countSaidOtherwise('Every Ruritanian state but one belongs to the League.')).toBe('All but one of the Ruritanian states belongs to the League');
    expect(countSaidOtherwise('All the Ruritanian states except one are in the League.')).toBe('All but one of the Ruritanian states are in the League');
    expect(countSaidOtherwise('Freedonia visited a total of two Ruritanian states.')).toBe('Freedonia visited two Ruritanian states');
    // a name after "but" is another reader's; "a total of" before an amount that is no count word stays
    expect(countSaidOtherwise('Every Ruritanian state but Sylvania belongs to the League.')).toBeUndefined();
    expect(countSaidOtherwise('Freedonia gave a total of US$ 4 million.')).toBeUndefined();
  });
  it('decides as the count said otherwise does', async () => {
    expect(await verdict('Every Ruritanian state but one belongs to the League.')).toBe(await verdict('All but one of the Ruritanian states belong to the League.'));
    expect(await verdict('Every Ruritanian state but one belongs to the League.')).toBe('SUPPORTED');
    expect(await verdict('Every Ruritanian state but two belongs to the League.')).toBe('REFUTED');
  });
  // round 39 (misses30c): "each", "all of the", "apart from"; a group's offices ("presidents")
  it('reads "each / all of the ... except / apart from N" and the offices of a group', async () => {
    expect(countSaidOtherwise('Each Ruritanian state except one belongs to the League.')).toBe('All but one of the Ruritanian states belongs to the League');
    expect(countSaidOtherwise('All of the Ruritanian states but one are in the League.')).toBe('All but one of the Ruritanian states are in the League');
    expect(countSaidOtherwise('Every Ruritanian state apart from one belongs to the League.')).toBe('All but one of the Ruritanian states belongs to the League');
    const withIda = (text: string): Promise<string> => idaFixture.check(text).then((r) => r.verdict, () => 'UNREAD');
    expect(await withIda('Every Ruritanian president but one attended the Founders Gala.')).toBe('SUPPORTED');
    expect(await withIda('Each Ruritanian president apart from one missed the Founders Gala.')).toBe('SUPPORTED');
    expect(await withIda('All of the Ruritanian presidents except two attended the Founders Gala.')).toBe('REFUTED');
  });
});

// round 38 (misses28): "Of the G, only X V", "Only X among the G V"
describe('onlyNamedStatements', () => {
  it('says the one named and the count of the group', () => {
    expect(onlyNamedStatements('Of the two Ruritanian states, only Sylvania is not a League member.'))
      .toEqual(['Sylvania is not a League member', 'Only one of the two Ruritanian states is not a League member']);
    expect(onlyNamedStatements('Only Freedonia among the Ruritanian states belongs to the League.'))
      .toEqual(['Freedonia belongs to the League', 'Only one of the Ruritanian states belongs to the League']);
    // a count is the fronted partitive's, a possessive no name
    expect(onlyNamedStatements('Of the two Ruritanian states, only one is outside the League.')).toBeUndefined();
    expect(onlyNamedStatements("Of the two Ruritanian states, only Sylvania's president skipped the Gala.")).toBeUndefined();
  });
  it('decides by both statements', async () => {
    expect(await verdict('Of the two Ruritanian states, only Freedonia belongs to the League.')).toBe('SUPPORTED');
    expect(await verdict('Only Sylvania among the Ruritanian states belongs to the League.')).toBe('REFUTED');
  });
});
