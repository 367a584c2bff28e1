// Oxigraph's cold figure: a fresh process that loads the built Turtle, runs one query (and its
// citation lookup) and prints the rows as JSON, start to last byte. Usage: oxi-cold.js TTL RQ [cite]
import { readFileSync } from 'node:fs';
import oxigraph from 'oxigraph';
import { citeRowsOxigraph } from './oxicite.js';

const [ttl, rq, cite, onto] = process.argv.slice(2);
const store = new oxigraph.Store();
store.load(readFileSync(ttl), { format: 'text/turtle' });
const sparql = readFileSync(rq, 'utf8');
const rows = store.query(sparql);
const ontology = cite === 'cite' && onto ? oxigraph.parse(readFileSync(onto, 'utf8'), { format: 'text/turtle' }) : undefined;
const citations = cite === 'cite' && Array.isArray(rows) ? citeRowsOxigraph(store, sparql, rows, ontology) : null;
const row = (r, i) => ({ ...Object.fromEntries([...r].map(([k, v]) => [k, v.value])), ...(citations ? { citations: citations[i] } : {}) });
if (!Array.isArray(rows)) process.stdout.write(JSON.stringify(rows) + '\n');
else {
  // the same JSON written in pieces of ~1 MB: a 1M-triple answer with citations is larger than
  // the longest string JavaScript holds (~512 M characters), as claimgraph's own output is
  let piece = '[';
  rows.forEach((r, i) => {
    piece += (i ? ',' : '') + JSON.stringify(row(r, i));
    if (piece.length >= 2 ** 20) {
      process.stdout.write(piece);
      piece = '';
    }
  });
  process.stdout.write(piece + ']\n');
}
