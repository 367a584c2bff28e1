// An election said with its electorate as the subject (src/check/electorate-vote.ts, round 39,
// misses30c; users29's "The <bank>'s membership voted X in as its first president").
import { describe, expect, it } from 'vitest';
import { electorateVoteRewrite } from '../../src/check/electorate-vote.js';
import { checkFixture } from '../helpers/check-fixture.js';

// Gloria Teasdale was elected the Acme Bank's first president
const { ctx, check } = checkFixture(`
cgr:president-of-acme a cg:Office ; rdfs:label "President of the Acme Development Bank" ;
    cg:officeOf cgr:acme-bank ; cg:roleType "president" .
cgc:teasdale.holdsOffice.president-of-acme a cg:Claim ; rdf:subject cgr:teasdale ; rdf:predicate cg:holdsOffice ; rdf:object cgr:president-of-acme ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; cg:officeOrdinal 1 ; cg:officeObtainedBy "election" ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s005> .
`);
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('the electorate as the subject', () => {
  it('says the elected one\'s passive, with the owner as the role\'s possessor', () => {
    expect(electorateVoteRewrite(ctx, "The Acme Bank's members voted Gloria Teasdale in as its first president.")).toBe("Gloria Teasdale was voted in as the Acme Bank's first president");
    expect(electorateVoteRewrite(ctx, "Acme Bank's shareholders voted in Rufus Firefly as the bank's first president.")).toBe("Rufus Firefly was voted in as Acme Bank's first president");
    expect(electorateVoteRewrite(ctx, "The Acme Bank's membership elected Gloria Teasdale as their first president.")).toBe("Gloria Teasdale was voted in as the Acme Bank's first president");
    // another owner's role, a class noun the owner is not of, a subject that is no electorate: not read
    expect(electorateVoteRewrite(ctx, "The Acme Bank's members voted Gloria Teasdale in as the League's first president.")).toBeUndefined();
    expect(electorateVoteRewrite(ctx, "The Acme Bank's members voted Gloria Teasdale in as the pipeline's first president.")).toBeUndefined();
    expect(electorateVoteRewrite(ctx, 'Freedonia voted Gloria Teasdale in as its first president.')).toBeUndefined();
  });

  it('is decided as the passive is', async () => {
    expect(await verdict("The Acme Bank's members voted Gloria Teasdale in as its first president.")).toBe('SUPPORTED');
    expect(await verdict("The Acme Bank's shareholders voted in Rufus Firefly as the bank's first president.")).toBe('REFUTED');
  });
});
