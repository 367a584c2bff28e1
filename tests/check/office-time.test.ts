// Offices said with their time (src/check/office-time.ts, round 19): a former office, a deed done
// while holding an office, an office at a month or year; and src/check/as-office.ts refuting a deed
// by the office's first holder when the graph dates the doer's holding.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';
import { formerOfficeRewrite, officeInPeriodRewrite, whileInOfficeRewrite } from '../../src/check/office-time.js';

const { check } = checkFixture(`
${fixtureClaim({ id: 'rufus.holdsOffice.pm-of-freedonia.dated', s: 'cgr:rufus', p: 'cg:holdsOffice', o: 'cgr:pm-of-freedonia', sentence: 's009', more: 'cg:pointInTime "1990"^^xsd:gYear' })}
${fixtureClaim({ id: 'teasdale.visited.grand-fenwick.dated', s: 'cgr:teasdale', p: 'cg:visited', o: 'cgr:grand-fenwick', sentence: 's010', more: 'cg:firstInOffice cgr:pm-of-freedonia ; cg:year "2010"^^xsd:gYear' })}
`);
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('a former office', () => {
  it('says "used to be", "had previously been", "once served as" as "was formerly"', () => {
    expect(formerOfficeRewrite("Rufus Firefly used to be Freedonia's prime minister.")).toBe("Rufus Firefly was formerly Freedonia's prime minister");
    expect(formerOfficeRewrite("Rufus Firefly had previously been Freedonia's prime minister.")).toBe("Rufus Firefly was formerly Freedonia's prime minister");
    expect(formerOfficeRewrite('Rufus Firefly once served as prime minister of Freedonia.')).toBe('Rufus Firefly was formerly prime minister of Freedonia');
  });
  it('leaves a denial, a question and a verb after "used to be" alone', () => {
    expect(formerOfficeRewrite("Rufus Firefly never used to be Freedonia's prime minister.")).toBeUndefined();
    expect(formerOfficeRewrite('Sylvania used to be regarded as a backwater.')).toBeUndefined();
    expect(formerOfficeRewrite('Was Rufus Firefly once prime minister?')).toBeUndefined();
  });
});

describe('a deed done while holding an office', () => {
  it('says "when he was O" and "X, as O, V" as "<deed> as O"', () => {
    expect(whileInOfficeRewrite('Rufus Firefly visited Sylvania when he was prime minister.')).toBe('Rufus Firefly visited Sylvania as prime minister');
    expect(whileInOfficeRewrite('Rufus Firefly, as prime minister, visited Sylvania.')).toBe('Rufus Firefly visited Sylvania as prime minister');
    expect(whileInOfficeRewrite('Rufus Firefly visited Sylvania during his time as prime minister.')).toBe('Rufus Firefly visited Sylvania as prime minister');
  });
  it('reads no place or state after "when he was", and no "as of"', () => {
    expect(whileInOfficeRewrite('Rufus Firefly met Teasdale when he was in Sylvania.')).toBeUndefined();
    expect(whileInOfficeRewrite('Sylvania, as of 2011, was a member of the League.')).toBeUndefined();
    expect(whileInOfficeRewrite('Rufus Firefly did not visit Sylvania when he was prime minister.')).toBeUndefined();
  });
  it('refutes a deed as an office whose first holder to do it came after the years the graph gives the doer\'s holding', async () => {
    const r = await check('Rufus Firefly visited Grand Fenwick when he was prime minister.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('in 1990');
    expect(r.evidence.map((e) => e.claim)).toContain('https://w3id.org/claimgraph/claim/teasdale.visited.grand-fenwick.dated');
    expect(await verdict('Rufus Firefly, as prime minister, visited Grand Fenwick.')).toBe('REFUTED');
    // the first holder herself: no earlier holder refutes her
    expect(await verdict('Gloria Teasdale visited Grand Fenwick as prime minister.')).not.toBe('REFUTED');
  });
});

describe('an office at a month or a year', () => {
  it('says "X was O in <time>" and "In <time>, X was O" as "As of <time>, X was O"', () => {
    expect(officeInPeriodRewrite("Rufus Firefly was Sylvania's president in December 2015.")).toBe("As of December 2015, Rufus Firefly was Sylvania's president");
    expect(officeInPeriodRewrite("In 2015, Rufus Firefly was Sylvania's president.")).toBe("As of 2015, Rufus Firefly was Sylvania's president");
    expect(officeInPeriodRewrite('Rufus Firefly was in Sylvania in 2015.')).toBeUndefined();
    expect(officeInPeriodRewrite("Rufus Firefly was not Sylvania's president in 2015.")).toBeUndefined();
  });
});
