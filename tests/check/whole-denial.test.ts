// The denial of a statement about a whole group named by its members (src/check/whole-denial.ts,
// round 38, fix30c; fix30's left): "X did not visit the five republics" was read as "X visited none
// of them", refuted by one visit, though it may deny only that X visited all of them.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

// Rufus Firefly visited Sylvania (the base fixture) and not Freedonia; Ida Oldham visited both
// Ruritanian states, Zed Quill neither
const { check } = checkFixture([
  'cgr:the-region cg:memberCount "2"^^xsd:nonNegativeInteger .',
  'cgr:ida-oldham a cg:Person ; rdfs:label "Ida Oldham" .',
  'cgr:zed-quill a cg:Person ; rdfs:label "Zed Quill" .',
  fixtureClaim({ id: 'rufus.visited.freedonia.neg', s: 'cgr:rufus', p: 'cg:visited', o: 'cgr:freedonia', polarity: 'Negative' }),
  fixtureClaim({ id: 'ida.visited.freedonia', s: 'cgr:ida-oldham', p: 'cg:visited', o: 'cgr:freedonia' }),
  fixtureClaim({ id: 'ida.visited.sylvania', s: 'cgr:ida-oldham', p: 'cg:visited', o: 'cgr:sylvania' }),
  fixtureClaim({ id: 'zed.visited.freedonia.neg', s: 'cgr:zed-quill', p: 'cg:visited', o: 'cgr:freedonia', polarity: 'Negative' }),
  fixtureClaim({ id: 'zed.visited.sylvania.neg', s: 'cgr:zed-quill', p: 'cg:visited', o: 'cgr:sylvania', polarity: 'Negative' }),
].join('\n'));
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('a denied visit to the whole of a group named by its members', () => {
  it('is undecided when some member was visited and another not ("not all" or "none")', async () => {
    for (const claim of ['Rufus Firefly did not visit the two Ruritanian states.', 'Rufus Firefly did not visit every Ruritanian state.', 'Rufus Firefly did not visit the Ruritanian states.']) {
      expect(await verdict(claim), claim).toBe('NOT_ENOUGH_INFO');
    }
  });

  it('is refuted when every member was visited, supported when none was', async () => {
    expect(await verdict('Ida Oldham did not visit the two Ruritanian states.')).toBe('REFUTED');
    expect(await verdict('Zed Quill did not visit the two Ruritanian states.')).toBe('SUPPORTED');
  });

  it('leaves the region named by itself a visit to some member, denied by none', async () => {
    expect(await verdict('Rufus Firefly did not visit Ruritania.')).toBe('REFUTED');
  });
});

// round 38 (users30's F2, p30-1-0234): "X was not the first PM to visit <region>" was read as "not
// the first to visit each member", refuted by the member X was the first to visit
describe('a denied rank over a region named by itself', () => {
  // Zenda: Grand Fenwick (which Gloria Teasdale was the first Freedonian PM to visit) and Sylvania
  // (which Rufus Firefly visited before her)
  const ranked = checkFixture([
    'cgr:zenda a cg:Region, cg:CountryGroup ; rdfs:label "Zenda" .',
    fixtureClaim({ id: 'fenwick.partOf.zenda', s: 'cgr:grand-fenwick', p: 'cg:partOf', o: 'cgr:zenda', asserted: true }),
    fixtureClaim({ id: 'sylvania.partOf.zenda', s: 'cgr:sylvania', p: 'cg:partOf', o: 'cgr:zenda', asserted: true }),
  ].join('\n'));
  it('is not refuted by the one member the holder was the first to visit', async () => {
    expect(await ranked.check('Gloria Teasdale was not the first Prime Minister of Freedonia to visit Zenda.').then((r) => r.verdict, () => 'UNREAD')).not.toBe('REFUTED');
    expect(await ranked.check('Gloria Teasdale was not the first Prime Minister of Freedonia to visit Grand Fenwick.').then((r) => r.verdict, () => 'UNREAD')).toBe('REFUTED');
  });
});
