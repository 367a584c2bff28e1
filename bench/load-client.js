#!/usr/bin/env node
// One load run, in its own process so the load generator does not share a thread with what it
// measures: autocannon (npm) sends GET <endpoint>?query=... for each query in turn over N
// connections for D seconds, and prints one JSON line (requests/s, latency percentiles, errors).
//
//   node bench/load-client.js '{"endpoint":"http://127.0.0.1:7878/sparql","queries":["ASK {}"],"connections":10,"seconds":10}'
import autocannon from 'autocannon';

const spec = JSON.parse(process.argv[2]);
const url = new URL(spec.endpoint);
const requests = spec.queries.map((q) => {
  const u = new URL(url);
  u.searchParams.set('query', q);
  for (const [k, v] of Object.entries(spec.params ?? {})) u.searchParams.append(k, v);
  return { method: 'GET', path: `${u.pathname}${u.search}`, headers: { accept: 'application/sparql-results+json' } };
});
// each connection starts at another query: were they all to start with the slowest one, a slow
// store would answer nothing else for a while
let next = 0;
const result = await autocannon({
  url: url.origin,
  connections: spec.connections,
  duration: spec.seconds,
  requests,
  setupClient: (client) => {
    const k = next++ % requests.length;
    client.setRequests([...requests.slice(k), ...requests.slice(0, k)]);
  },
  // a request that takes longer than this counts as a timeout (an answer, for our purposes)
  timeout: spec.timeoutS ?? 30,
});
process.stdout.write(`${JSON.stringify({
  requestsPerS: result.requests.average,
  total: result.requests.total,
  p50: result.latency.p50,
  p90: result.latency.p90,
  p99: result.latency.p99,
  max: result.latency.max,
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
  statusCodes: result.statusCodeStats,
})}\n`);
