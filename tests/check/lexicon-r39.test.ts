// Round 39 (branch misses31b): lexicon entries only (ontology/lexicon.ttl), users31's subproperty and
// synonym misses: "owns part of" a body (cg:shareholderOf), a body's "participant" (cg:memberOf),
// money "put up" in assistance "for" a state, aid "withheld from" a state (a denial), a region's
// "economy" (cg:partOf), a lender's loan named before the noun ("an Acme Bank loan"). Fails without
// the entries (the claims were unread). Fixture graph, fictional entities.
import { describe, expect, it } from 'vitest';
import { freedoniaAid } from '../helpers/aid-claims.js';
import { checkFixture, fixtureClaim, SHAREHOLDER_RANKS } from '../helpers/check-fixture.js';

// the fixture (Freedonia a member of the League, Sylvania denied one) plus: Freedonia and Sylvania
// the League's two largest shareholders; Freedonia gave Grand Fenwick US$ 4 million in financial assistance
const { check } = checkFixture(`${SHAREHOLDER_RANKS}\n${freedoniaAid('financialAssistanceTo', 'grand-fenwick', 4_000_000)}`);
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('"owns part of" a body', () => {
  it('is holding shares in it', async () => {
    expect(await verdict('Sylvania owns part of the League.')).toBe('SUPPORTED');
    expect(await verdict('Freedonia owns a share of the League.')).toBe('SUPPORTED');
  });
});

describe('a body\'s "participant"', () => {
  it('is its member, a denied membership refuting it', async () => {
    expect(await verdict('Freedonia is a League participant.')).toBe('SUPPORTED');
    expect(await verdict('Freedonia is a participant in the League.')).toBe('SUPPORTED');
    expect(await verdict('Sylvania is an active participant in the League.')).toBe('REFUTED');
  });
});

describe('assistance "put up for" and aid "withheld from" a state', () => {
  it('reads money put up as assistance given, the amount deciding', async () => {
    expect(await verdict('Freedonia put up US$ 4 million in financial assistance for Grand Fenwick.')).toBe('SUPPORTED');
    expect(await verdict('Freedonia put up US$ 9 million in financial assistance for Grand Fenwick.')).toBe('REFUTED');
  });
  it('reads aid withheld as aid denied, refuted by the aid given', async () => {
    expect(await verdict('Freedonia withheld aid from Grand Fenwick.')).toBe('REFUTED');
    expect(await verdict('Freedonia withheld financial assistance from Grand Fenwick.')).toBe('REFUTED');
  });
});

describe('a state named as a region\'s "economy"', () => {
  // the fixture: Freedonia and Sylvania lie in Ruritania (users31 domain-sanity-03)
  it('is a state of the region; a ranked one is not read so', async () => {
    expect(await verdict('Sylvania is a Ruritanian economy.')).toBe('SUPPORTED');
    expect(await verdict('Freedonia is an economy in Ruritania.')).toBe('SUPPORTED');
    expect(await verdict('Sylvania is the largest Ruritanian economy.')).toBe('REFUTED');
  });
});

describe('a loan named by its lender before the noun', () => {
  // the fixture plus: the Acme Development Bank approved a loan to Sylvania (users31 questions-11)
  const loans = checkFixture(fixtureClaim({ id: 'acme.approvedLoanTo.sylvania', s: 'cgr:acme-bank', p: 'cg:approvedLoanTo', o: 'cgr:sylvania', asserted: true }));
  it('is read as "a loan from" the lender, in a question too', async () => {
    expect((await loans.check('Has Sylvania received an Acme Bank loan?')).verdict).toBe('SUPPORTED');
    expect((await loans.check('Sylvania got an Acme Bank loan.')).verdict).toBe('SUPPORTED');
  });
});
