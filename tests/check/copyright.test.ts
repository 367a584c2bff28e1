// An article's copyright line (src/check/copyright.ts, round 15): one holder and one year.
import { describe, expect, it } from 'vitest';
import { checkCopyright } from '../../src/check/copyright.js';
import { checkFixture } from '../helpers/check-fixture.js';

const ART = 'https://w3id.org/claimgraph/article/quay-notes';
const { ctx } = checkFixture(`
cga:quay-notes a schema:NewsArticle ; schema:headline "Quay Notes on Sylvania" .
<${ART}/segment/09> a cg:Segment ; cg:segmentKind cg:Boilerplate ; schema:isPartOf cga:quay-notes .
<${ART}/sentence/s014> a nif:Sentence ; nif:anchorOf "(c) 2011 Harbour Bureau. All rights reserved." ; cg:inSegment <${ART}/segment/09> .
`);
const verdict = (text: string): string | undefined => checkCopyright(ctx, text)?.evaluation.verdict;

describe("an article's copyright line", () => {
  it('supports its holder and year, said in several ways', () => {
    expect(verdict("The Sylvania story's copyright belongs to the Harbour Bureau.")).toBe('SUPPORTED');
    expect(verdict('The Harbour Bureau holds the copyright to the Sylvania story.')).toBe('SUPPORTED');
    expect(verdict('The Sylvania piece is copyright 2011 Harbour Bureau.')).toBe('SUPPORTED');
    expect(verdict('The copyright of the Sylvania article is held by the Harbour Bureau.')).toBe('SUPPORTED');
  });

  it('refutes another holder or year, and leaves a part of the name undecided', () => {
    expect(verdict("The Sylvania story's copyright is held by the Metro Desk.")).toBe('REFUTED');
    expect(verdict('The Sylvania piece is copyright 2012.')).toBe('REFUTED');
    expect(verdict('The Sylvania piece is copyright 2012 Harbour Bureau.')).toBe('REFUTED');
    expect(verdict("The Sylvania story's copyright belongs to the Bureau.")).toBe('NOT_ENOUGH_INFO');
  });

  it('reads no claim without a copyright or an article', () => {
    expect(verdict('The Sylvania story belongs to the Harbour Bureau.')).toBeUndefined();
    expect(verdict("Sylvania's copyright belongs to the Harbour Bureau.")).toBeUndefined();
  });
});

describe('a copyright the page carries, and its line read out (round 33)', () => {
  it('reads "carries a 2011 H copyright", "bears a copyright of H" and "the copyright line of X reads ..."', () => {
    expect(verdict('The Sylvania story carries a 2011 Harbour Bureau copyright.')).toBe('SUPPORTED');
    expect(verdict('The Sylvania piece bears a 2011 copyright of the Harbour Bureau.')).toBe('SUPPORTED');
    expect(verdict('The copyright line of the Sylvania story reads 2011 Harbour Bureau.')).toBe('SUPPORTED');
  });

  it('refutes another year or holder, and reads no denial (near misses)', () => {
    expect(verdict('The Sylvania story carries a 2012 Harbour Bureau copyright.')).toBe('REFUTED');
    expect(verdict('The Sylvania story carries a 2011 Metro Desk copyright.')).toBe('REFUTED');
    expect(verdict('The copyright line of the Sylvania story says 2012.')).toBe('REFUTED');
    expect(verdict('The Sylvania story carries no Harbour Bureau copyright.')).toBeUndefined();
    expect(verdict('The Sylvania story never had a 2011 copyright.')).toBeUndefined();
  });
});
