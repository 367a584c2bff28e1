/**
 * The HTML page at `/`: a query box, a run button, a results table and the named queries as
 * examples. Self-contained (no external scripts or styles) so it works offline and under a
 * strict network policy.
 */
import type { NamedQuery } from '../query/index.js';

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const DEFAULT_QUERY = `PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?claim ?subject ?predicate ?object WHERE {
  ?claim a cg:Claim ; rdf:subject ?subject ; rdf:predicate ?predicate ; rdf:object ?object .
} LIMIT 25`;

// The script is plain ES2017 so any current browser runs it; it talks to the endpoint with the
// same protocol as any other client (form-encoded POST, JSON results).
const SCRIPT = `
const $ = (id) => document.getElementById(id);
const examples = JSON.parse($('examples-data').textContent);
function show(term) {
  if (!term) return '';
  if (term.type === 'literal') return term.value + (term['xml:lang'] ? '@' + term['xml:lang'] : '');
  return term.type === 'bnode' ? '_:' + term.value : term.value;
}
function setStatus(text, isError) { const s = $('status'); s.textContent = text; s.className = isError ? 'error' : ''; }
async function run() {
  const query = $('query').value;
  const table = $('results'); table.innerHTML = ''; $('graph').textContent = '';
  setStatus('running…');
  const t0 = performance.now();
  try {
    const res = await fetch($('endpoint').value, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/sparql-results+json, text/turtle;q=0.9' },
      body: new URLSearchParams({ query }),
    });
    const ms = Math.round(performance.now() - t0);
    const type = res.headers.get('Content-Type') || '';
    const text = await res.text();
    if (!res.ok) { setStatus('HTTP ' + res.status + ': ' + text, true); return; }
    if (type.startsWith('text/turtle')) { $('graph').textContent = text; setStatus('graph result (' + ms + ' ms)'); return; }
    const data = JSON.parse(text);
    if ('boolean' in data) { setStatus('ASK: ' + data.boolean + ' (' + ms + ' ms)'); return; }
    const vars = data.head.vars;
    const head = table.createTHead().insertRow();
    for (const v of vars) { const th = document.createElement('th'); th.textContent = v; head.appendChild(th); }
    const body = table.createTBody();
    for (const b of data.results.bindings) {
      const tr = body.insertRow();
      for (const v of vars) tr.insertCell().textContent = show(b[v]);
    }
    setStatus(data.results.bindings.length + ' row(s) (' + ms + ' ms)');
  } catch (e) { setStatus('request failed: ' + e, true); }
}
$('run').addEventListener('click', run);
$('query').addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run(); });
$('example').addEventListener('change', (e) => {
  const q = examples.find((x) => x.name === e.target.value);
  if (q) { $('query').value = q.sparql; $('about').textContent = q.description; }
});
`;

/**
 * Renders the page for an endpoint path and the named queries.
 *
 * @example
 * ```ts
 * const html = renderPage('/sparql', [], 1200);
 * ```
 */
export function renderPage(endpointPath: string, queries: NamedQuery[], triples: number): string {
  const options = queries
    .map((q) => `<option value="${esc(q.name)}" title="${esc(q.description)}">${esc(q.name)}: ${esc(q.title)}</option>`)
    .join('\n        ');
  // JSON inside <script> must not be able to close the element
  const data = JSON.stringify(queries.map(({ name, title, description, sparql }) => ({ name, title, description, sparql }))).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>claimgraph SPARQL endpoint</title>
  <style>
    body { font-family: system-ui, sans-serif; margin: 1.5rem; max-width: 72rem; }
    textarea { width: 100%; font-family: ui-monospace, monospace; font-size: 0.9rem; }
    table { border-collapse: collapse; margin-top: 1rem; font-size: 0.85rem; }
    th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
    th { background: #f3f3f3; }
    #status.error { color: #b00020; white-space: pre-wrap; font-family: ui-monospace, monospace; }
    .bar { display: flex; gap: 0.75rem; align-items: center; margin: 0.5rem 0; flex-wrap: wrap; }
    code { background: #f3f3f3; padding: 0 0.2rem; }
  </style>
</head>
<body>
  <h1>claimgraph SPARQL endpoint</h1>
  <p>${triples} triples. SPARQL 1.1 Protocol at <code>${esc(endpointPath)}</code> (read-only);
    service description: <code>GET ${esc(endpointPath)}</code>; named queries: <a href="/queries">/queries</a>.</p>
  <div class="bar">
    <label for="example">Examples</label>
    <select id="example">
        <option value="">(choose a named query)</option>
        ${options}
    </select>
    <span id="about"></span>
  </div>
  <textarea id="query" rows="12" spellcheck="false" aria-label="SPARQL query">${esc(DEFAULT_QUERY)}</textarea>
  <input type="hidden" id="endpoint" value="${esc(endpointPath)}">
  <div class="bar">
    <button id="run" type="button">Run query</button>
    <span id="status" role="status"></span>
  </div>
  <table id="results"></table>
  <pre id="graph"></pre>
  <script type="application/json" id="examples-data">${data}</script>
  <script>${SCRIPT}</script>
</body>
</html>
`;
}
