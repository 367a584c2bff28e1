import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import oxigraph from 'oxigraph';

/** A throw-away SPARQL 1.1 Protocol endpoint backed by Oxigraph (an engine independent of Comunica). */
export interface TestEndpoint {
  url: string;
  /** Queries received, for asserting what was sent. */
  received: string[];
  close(): Promise<void>;
}

/**
 * Serves a Turtle file over the SPARQL 1.1 Protocol (GET ?query=, POST sparql-query or form),
 * loaded into the named graph `graph` (or the default graph when absent).
 *
 * @example
 * const ep = await startTestEndpoint('graph/claimgraph.ttl', 'urn:test:g');
 * await ep.close();
 */
export async function startTestEndpoint(turtleFile: string, graph?: string): Promise<TestEndpoint> {
  const store = new oxigraph.Store();
  store.load(readFileSync(turtleFile, 'utf8'), {
    format: 'text/turtle',
    to_graph_name: graph ? oxigraph.namedNode(graph) : oxigraph.defaultGraph(),
  });
  const received: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        const url = new URL(req.url ?? '/', 'http://localhost');
        let query = url.searchParams.get('query') ?? '';
        if (req.method === 'POST') {
          const body = Buffer.concat(chunks).toString('utf8');
          const type = req.headers['content-type'] ?? '';
          query = type.startsWith('application/sparql-query') ? body : (new URLSearchParams(body).get('query') ?? '');
        }
        if (!query) {
          res.writeHead(400, { 'content-type': 'text/plain' }).end('missing query');
          return;
        }
        received.push(query);
        const isGraph = /^\s*(PREFIX[^\n]*\n\s*|BASE[^\n]*\n\s*)*(CONSTRUCT|DESCRIBE)\b/i.test(query.replace(/^\s*#.*$/gm, ''));
        const out = store.query(query, { results_format: isGraph ? 'application/n-triples' : 'application/sparql-results+json' }) as string;
        res.writeHead(200, { 'content-type': isGraph ? 'application/n-triples' : 'application/sparql-results+json' }).end(out);
      } catch (err) {
        res.writeHead(400, { 'content-type': 'text/plain' }).end(String((err as Error).message));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/sparql`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
