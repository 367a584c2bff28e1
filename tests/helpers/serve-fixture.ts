import { readFileSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser, Store } from 'n3';
import { projectRoot } from './cli.js';

/** The serve tests' small graph (tests/fixtures/serve/mini.ttl) as a Store. */
export function serveFixtureStore(): Store {
  const store = new Store();
  store.addQuads(new Parser().parse(readFileSync(join(projectRoot, 'tests/fixtures/serve/mini.ttl'), 'utf8')));
  return store;
}

/** A directory of named queries for the fixture graph. */
export function serveFixtureQueries(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-serve-q-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'members.rq'), `# title: Members of a union
# description: Every entity stated to be a member of something,
#   with the label of the member.
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?member ?label ?org WHERE { ?member cg:memberOf ?org ; rdfs:label ?label . } ORDER BY ?member
`);
  writeFileSync(join(dir, 'negative-claims.rq'), `# title: Negative claims
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?claim ?subject WHERE { ?claim cg:polarity cg:Negative ; rdf:subject ?subject . } ORDER BY ?claim
`);
  return dir;
}

/** Collects the server's log lines instead of printing them. */
export function logSink(): { lines: Record<string, unknown>[]; log: (e: Record<string, unknown>) => void } {
  const lines: Record<string, unknown>[] = [];
  return { lines, log: (e) => void lines.push(e) };
}
