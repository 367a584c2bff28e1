// A clause said as an expectation, dated by the time its source expects it (src/check/clause-date.ts,
// round 35): "Freedonia is expected to sign ..." is dated by an expected claim's time, marked as
// planned; the same deed said as done is not dated by the expectation.
import { describe, expect, it } from 'vitest';
import { clauseDay } from '../../src/check/clause-date.js';
import { checkFixture, checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { ctx } = checkFixture(`
cgc:freedonia.signedMemorandumOfObligations.league a cg:Claim ; rdf:subject cgr:freedonia ; rdf:predicate cg:signedMemorandumOfObligations ; rdf:object cgr:league ;
    cg:pointInTime "2016-06"^^xsd:gYearMonth ; cg:polarity cg:Positive ; cg:modality cg:Expected ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s015> .
`);

describe('clauseDay of an expectation', () => {
  it('is the expected time, marked planned', () => {
    const d = clauseDay(ctx, 'Freedonia is expected to sign its memorandum of obligations with the League');
    expect(d?.day).toBe('2016-06');
    expect(d?.planned).toBe(true);
  });
  it('is no day of the deed said as done', () => {
    expect(clauseDay(ctx, 'Freedonia signed its memorandum of obligations with the League')).toBeUndefined();
  });
});

describe('a span to an expected deed, end to end (corpus fixture; unread before round 35)', async () => {
  const { check } = await checkGraphDir(corpusFixture);
  const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');
  it('is decided by the expected month, and says it is only planned', async () => {
    const r = await check('India is expected to sign its SCO memorandum less than a year after the AIIB opened.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('only as planned');
    expect(await verdict('India is expected to sign its SCO memorandum more than a year after the AIIB opened.')).toBe('REFUTED');
  });
});
