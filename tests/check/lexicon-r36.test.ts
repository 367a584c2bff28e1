// Round 36 (branch notes36): a lexicon entry only (ontology/lexicon.ttl): a country's main airport
// said as its "chief / main / principal international gateway". Fails without the entry (the
// claims were unread). Fixture graph, fictional entities.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

// the fixture plus: Tarsk Field, an airport, the main international airport of Sylvania
const { check } = checkFixture(`
cgr:tarsk-field a cg:Airport ; rdfs:label "Tarsk Field" .
${fixtureClaim({ id: 'tarsk-field.mainAirportOf', s: 'cgr:tarsk-field', p: 'cg:mainAirportOf', o: 'cgr:sylvania', asserted: true })}`);
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('"the chief international gateway of X"', () => {
  it('is read as X\'s main airport, both ways', async () => {
    expect(await verdict('Tarsk Field is the chief international gateway of Sylvania.')).toBe('SUPPORTED');
    expect(await verdict("Tarsk Field is Sylvania's main international gateway.")).toBe('SUPPORTED');
    expect(await verdict('Tarsk Field is the chief international gateway of Freedonia.')).toBe('REFUTED');
  });
});
