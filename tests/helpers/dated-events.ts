// Three dated events of the check fixture, each with its claim and sentence, for the tests of
// readers that date a clause or an event (time-clause, clause-date, event-state): the League
// recognised neutrality on 1995-12-12, the Founders Gala was held on 2015-12-13, the Acme
// Development Bank opened on 2016-01-03. Turtle, to add to checkFixture's graph.
export const DATED_EVENTS = `cgc:neutrality.recognisedBy.league a cg:Claim ; rdf:subject cgr:neutrality ; rdf:predicate cg:recognisedBy ; rdf:object cgr:league ;
    cg:date "1995-12-12"^^xsd:date ; cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s006> .
cgr:neutrality cg:recognisedBy cgr:league .
cgc:gala.heldOn a cg:Claim ; rdf:subject cgr:gala ; rdf:predicate cg:heldOn ; rdf:object "2015-12-13"^^xsd:date ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s015> .
cgr:gala cg:heldOn "2015-12-13"^^xsd:date .
cgc:acme.openedOn a cg:Claim ; rdf:subject cgr:acme-bank ; rdf:predicate cg:openedOn ; rdf:object "2016-01-03"^^xsd:date ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s005> .
cgr:acme-bank cg:openedOn "2016-01-03"^^xsd:date .`;

/**
 * Turtle: {@link DATED_EVENTS} with the fixture article dated 2015-01-01 (and two of its claims
 * said in it) and a later article of 2016-02-01 that says nothing of them, so the clauses' days fall
 * between sources: the fixture of the clause readers' tests (time-clause, run-on).
 */
export const DATED_CLAUSES = `
cga:fixture-article schema:datePublished "2015-01-01"^^xsd:date .
<https://w3id.org/claimgraph/article/later-article> schema:datePublished "2016-02-01"^^xsd:date .
cgc:acme-bank.ledBy.freedonia cg:statedIn cga:fixture-article .
cgc:sylvania.memberOf.league.neg cg:statedIn cga:fixture-article .
${DATED_EVENTS}
`;
