// Oxigraph's side of the fresh-process `check` figure: a process that loads the built Turtle and
// answers what the check of one supported claim needs from the graph (the claim nodes stating
// the triple with their polarity, modality and cited sentences), start to last byte. It does less
// than `claimgraph check` (no reading of the sentence): a lower bound of a Turtle-loading checker.
// Usage: oxi-check.js TTL SUBJECT_IRI PREDICATE_IRI OBJECT_IRI
import { readFileSync } from 'node:fs';
import oxigraph from 'oxigraph';

const [ttl, s, p, o] = process.argv.slice(2);
const store = new oxigraph.Store();
store.load(readFileSync(ttl), { format: 'text/turtle' });
const rows = store.query(`PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
SELECT ?claim ?polarity ?modality ?sentence ?text WHERE {
  ?claim a cg:Claim ; rdf:subject <${s}> ; rdf:predicate <${p}> ; rdf:object <${o}> ;
    cg:polarity ?polarity ; cg:modality ?modality ; prov:wasDerivedFrom ?sentence .
  ?sentence nif:anchorOf ?text .
}`);
process.stdout.write(JSON.stringify(rows.map((r) => Object.fromEntries([...r].map(([k, v]) => [k, v.value])))) + '\n');
