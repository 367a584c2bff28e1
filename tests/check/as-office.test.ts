// A deed done "as" an office (src/check/as-office.ts): the deed, then the office at the deed's time.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';
import { asOfficeParts } from '../../src/check/as-office.js';

const { check } = checkFixture();

describe('a deed done as an office', () => {
  it('splits the deed from the office, and reads no "as" that names no office', () => {
    expect(asOfficeParts("Rufus Firefly visited Sylvania as Freedonia's prime minister.")).toEqual({ deed: 'Rufus Firefly visited Sylvania', office: "Freedonia's prime minister" });
    expect(asOfficeParts('As Prime Minister of Freedonia, Rufus Firefly visited Sylvania.')).toEqual({ deed: 'Rufus Firefly visited Sylvania', office: 'Prime Minister of Freedonia' });
    expect(asOfficeParts('Sylvania joined the League as a founding member.')).toBeUndefined();
    expect(asOfficeParts('As of May 3, 2011, Sylvania was a member of the League.')).toBeUndefined();
    expect(asOfficeParts("Rufus Firefly did not visit Sylvania as Freedonia's prime minister.")).toBeUndefined();
  });
  it('supports the deed with the office the graph gives its doer then; another office is not decided', async () => {
    for (const [c, v] of [
      ["Rufus Firefly visited Sylvania as Freedonia's prime minister.", 'SUPPORTED'],
      ['As Prime Minister of Freedonia, Gloria Teasdale visited Sylvania.', 'SUPPORTED'],
      ["Rufus Firefly visited Sylvania as Sylvania's president.", 'NOT_ENOUGH_INFO'],
    ] as const) expect((await check(c)).verdict, c).toBe(v);
  });
});
