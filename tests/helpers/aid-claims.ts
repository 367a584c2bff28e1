/**
 * Turtle: a claim that Freedonia gave `to` an amount in US dollars under `property` (a relation of
 * assistance), in `modality` (stated by default), derived from the fixture article's s007.
 *
 * @example
 * const { check } = checkFixture(freedoniaAid('financialAssistanceTo', 'sylvania', 4_000_000));
 */
export const freedoniaAid = (property: string, to: string, usd: number, modality = 'stated'): string => `
cgc:freedonia.${property}.${to}.${modality} a cg:Claim ; rdf:subject cgr:freedonia ; rdf:predicate cg:${property} ; rdf:object cgr:${to} ;
    cg:polarity cg:Positive ; cg:modality cg:${modality[0]!.toUpperCase()}${modality.slice(1)} ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s007> ;
    cg:amount <https://w3id.org/claimgraph/claim/freedonia.${property}.${to}.${modality}/amount/USD> .
<https://w3id.org/claimgraph/claim/freedonia.${property}.${to}.${modality}/amount/USD> a schema:MonetaryAmount ;
    schema:value "${usd}"^^xsd:decimal ; schema:currency "USD" .`;
