import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './cli.js';
import { tempDir } from './temp.js';

/**
 * A throw-away project for the serve tests: graph/claimgraph.ttl is the small invented graph of
 * tests/fixtures/serve/mini.ttl and queries/ holds two named queries over it.
 *
 * @example
 * const dir = serveFixtureProject();
 * const server = await startServer({ dir, port: 0 });
 */
export function serveFixtureProject(): string {
  const dir = tempDir('claimgraph-serve-');
  mkdirSync(join(dir, 'graph'));
  mkdirSync(join(dir, 'queries'));
  copyFileSync(join(projectRoot, 'tests/fixtures/serve/mini.ttl'), join(dir, 'graph/claimgraph.ttl'));
  writeFileSync(join(dir, 'queries/members.rq'), `# title: Members of a union
# description: Every entity stated to be a member of something,
#   with the label of the member.
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?member ?label ?org WHERE { ?member cg:memberOf ?org ; rdfs:label ?label . } ORDER BY ?member
`);
  writeFileSync(join(dir, 'queries/negative-claims.rq'), `# title: Negative claims
# param: polarity = cg:Negative which polarity to list
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?claim ?subject WHERE { VALUES ?polarity { cg:Negative } ?claim cg:polarity ?polarity ; rdf:subject ?subject . } ORDER BY ?claim
`);
  return dir;
}

const made: string[] = [];

/** Collects the server's log lines instead of printing them. */
export function logSink(): { lines: Record<string, unknown>[]; log: (e: Record<string, unknown>) => void } {
  const lines: Record<string, unknown>[] = [];
  return { lines, log: (e) => void lines.push(e) };
}

/** `GET <endpoint>?query=...` with optional extra parameters and headers. */
export function getQuery(endpoint: string, query: string, opts: { params?: Record<string, string>; headers?: Record<string, string>; signal?: AbortSignal } = {}): Promise<Response> {
  const u = new URL(endpoint);
  u.searchParams.set('query', query);
  for (const [k, v] of Object.entries(opts.params ?? {})) u.searchParams.append(k, v);
  return fetch(u, { headers: opts.headers ?? {}, ...(opts.signal ? { signal: opts.signal } : {}) });
}
