// "X's Y" names Y only when the graph ties Y to X (src/check/owner-link.ts, round 33). The fixture:
// Rufus Firefly holds Freedonia's premiership and visited Sylvania; nothing ties him to Marsovia.
// Fails when the owner is dropped again ("Marsovia's Rufus Firefly visited Sylvania" supported).
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';
import { ownerTied } from '../../src/check/owner-link.js';
import { NS } from '../../src/check/context.js';

const { ctx, check } = checkFixture();
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('ownerTied', () => {
  it('ties a person to the state whose office he holds, not to another', () => {
    expect(ownerTied(ctx, NS.cgr + 'rufus', new Set([NS.cgr + 'freedonia']))).toBe(true);
    expect(ownerTied(ctx, NS.cgr + 'rufus', new Set([NS.cgr + 'marsovia']))).toBe(false);
  });
  it('ties them either way round ("Rufus Firefly\'s Freedonia"), and asks nothing of what is neither a person nor a place', () => {
    expect(ownerTied(ctx, NS.cgr + 'freedonia', new Set([NS.cgr + 'rufus']))).toBe(true);
    expect(ownerTied(ctx, NS.cgr + 'marsovia', new Set([NS.cgr + 'rufus']))).toBe(false);
    expect(ownerTied(ctx, NS.cgr + 'president-of-sylvania', new Set([NS.cgr + 'marsovia']))).toBe(true);
  });
  // round 33 (lead): a visit (lexicon cg:repeatableProperty) ties no one to the place visited:
  // "Sylvania's Rufus Firefly" was read as Firefly, who visited Sylvania
  it('is no tie through a visit', async () => {
    expect(ownerTied(ctx, NS.cgr + 'rufus', new Set([NS.cgr + 'sylvania']))).toBe(false);
    expect(await verdict("Sylvania's Rufus Firefly visited Sylvania.")).not.toBe('SUPPORTED');
  });
});

describe('"X\'s <person>" in a claim', () => {
  it('reads the person when the graph ties him to X, and not otherwise', async () => {
    expect(await verdict("Freedonia's Rufus Firefly visited Sylvania.")).toBe('SUPPORTED');
    expect(await verdict("Marsovia's Rufus Firefly visited Sylvania.")).not.toBe('SUPPORTED');
    expect(await verdict("Grand Fenwick's Rufus Firefly visited Sylvania.")).not.toBe('SUPPORTED');
  });
});

// round 34 (precision34): "Kyrgyzstan's <the Japanese prime minister> visited Tajikistan" was
// supported: the premier is the acting person of his state's grant to the country, and a claim's
// qualifier tied him to both its sides
describe('a person named in a qualifier', () => {
  const granted = checkFixture(fixtureClaim({ id: 'freedonia.grantTo.marsovia', s: 'cgr:freedonia', p: 'cg:grantTo', o: 'cgr:marsovia', more: 'cg:actingPerson cgr:rufus' }));
  it('is tied to the claim\'s subject he acts for, not to its recipient', async () => {
    expect(ownerTied(granted.ctx, NS.cgr + 'rufus', new Set([NS.cgr + 'marsovia']))).toBe(false);
    expect(ownerTied(granted.ctx, NS.cgr + 'marsovia', new Set([NS.cgr + 'rufus']))).toBe(false);
    expect(ownerTied(granted.ctx, NS.cgr + 'rufus', new Set([NS.cgr + 'freedonia']))).toBe(true);
    const v = (text: string): Promise<string> => granted.check(text).then((r) => r.verdict, () => 'UNREAD');
    expect(await v("Marsovia's Rufus Firefly visited Sylvania.")).not.toBe('SUPPORTED');
    expect(await v("Freedonia's Rufus Firefly visited Sylvania.")).toBe('SUPPORTED');
  });
});
