/**
 * The query view: the editor, the named queries as examples, a "with citations" switch, and the
 * results (table, boolean or graph) with downloads in the SPARQL result formats. Plain queries
 * go to the SPARQL endpoint (`/sparql`) like any client's; with citations they go to
 * `/api/cite`, which answers the same rows with each row's claims and sentences.
 */
import { ApiError, getJson, postQuery } from './api.js';
import { clear, h, main, status } from './dom.js';
import { createEditor, type QueryEditor } from './editor.js';
import { ResultTable } from './results.js';
import { setPrefixes } from './terms.js';
import type { CitedAnswer, Vocabulary } from '../serve/workbench/types.js';

const DEFAULT_QUERY = `PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?claim ?subject ?predicate ?object WHERE {
  ?claim a cg:Claim ; rdf:subject ?subject ; rdf:predicate ?predicate ; rdf:object ?object .
} LIMIT 25`;

const DOWNLOADS = [
  { label: 'JSON', accept: 'application/sparql-results+json', ext: 'json' },
  { label: 'CSV', accept: 'text/csv', ext: 'csv' },
  { label: 'TSV', accept: 'text/tab-separated-values', ext: 'tsv' },
] as const;

/** Starts the query view. */
export async function queryView(nonce: string | undefined): Promise<void> {
  const root = main();
  const vocab = await getJson<Vocabulary>('/api/vocabulary');
  setPrefixes(vocab.prefixes);
  const fromUrl = new URLSearchParams(location.search).get('query');
  const examples = h('select', { id: 'example', 'aria-label': 'Example queries' },
    h('option', { value: '' }, 'Examples: named queries…'),
    ...vocab.queries.map((q) => h('option', { value: q.name, title: q.description }, `${q.name}: ${q.title}`)));
  const about = h('p', { id: 'about', class: 'about' });
  const editorBox = h('div', { id: 'editor', class: 'editor' });
  const cite = h('input', { type: 'checkbox', id: 'with-citations' });
  const run = h('button', { type: 'button', id: 'run', class: 'primary' }, 'Run query');
  const state = h('div', { id: 'status', role: 'status', 'aria-live': 'polite' });
  const downloads = h('div', { class: 'downloads', id: 'downloads', hidden: true }, 'Download: ',
    ...DOWNLOADS.map((d) => h('button', { type: 'button', class: 'download', 'data-format': d.ext }, d.label)));
  const results = h('section', { id: 'results', 'aria-label': 'Results' });
  root.append(
    h('h1', {}, 'Query the claim graph'),
    h('div', { class: 'bar' }, examples, h('label', { class: 'switch' }, cite, ' with citations'), run, h('span', { id: 'editor-help', class: 'help' }, 'Ctrl+Enter runs · Ctrl+Space completes · Esc then Tab leaves the editor')),
    about, editorBox, state, downloads, results,
  );
  let editor: QueryEditor;
  let last: string | undefined;
  let controller: AbortController | undefined;

  async function execute(): Promise<void> {
    controller?.abort();
    controller = new AbortController();
    const query = editor.text();
    editor.markError(undefined);
    clear(results);
    clear(state);
    state.append(status('running…', 'busy'));
    downloads.hidden = true;
    const t0 = performance.now();
    try {
      if (cite.checked) {
        const res = await postQuery('/api/cite', query, 'application/json', controller.signal);
        const answer = (await res.json()) as CitedAnswer;
        const ms = Math.round(performance.now() - t0);
        new ResultTable(results, { vars: answer.head.vars, rows: answer.results.bindings, cited: answer });
        const cited = answer.citations.filter((c) => c.length > 0).length;
        setStatus(`${answer.results.bindings.length} row(s), ${cited} with citations (${ms} ms)${answer.truncated ? ' — only the first rows are shown with citations; add LIMIT/OFFSET for the others' : ''}`);
      } else {
        const res = await postQuery('/sparql', query, 'application/sparql-results+json, text/turtle;q=0.9', controller.signal);
        const type = res.headers.get('Content-Type') ?? '';
        const ms = Math.round(performance.now() - t0);
        if (type.startsWith('text/turtle')) {
          results.append(h('pre', { class: 'graph-result' }, await res.text()));
          setStatus(`graph result (${ms} ms)`);
        } else {
          const data = (await res.json()) as { boolean?: boolean; head: { vars: string[] }; results: { bindings: Array<Record<string, never>> } };
          if (typeof data.boolean === 'boolean') {
            results.append(h('p', { class: `boolean boolean-${data.boolean}` }, `ASK: ${data.boolean ? 'yes' : 'no'}`));
            setStatus(`ASK answered (${ms} ms)`);
          } else {
            new ResultTable(results, { vars: data.head.vars, rows: data.results.bindings });
            setStatus(`${data.results.bindings.length} row(s) (${ms} ms)`);
            downloads.hidden = false;
          }
        }
      }
      last = query;
      if (cite.checked) downloads.hidden = false;
    } catch (err) {
      if ((err as Error).name === 'AbortError') return;
      const e = err instanceof ApiError ? err : new ApiError(0, 'NETWORK', String(err));
      clear(state);
      state.append(status(`${e.code}: ${e.message}`, 'error'));
      editor.markError({ ...(e.line !== undefined ? { line: e.line, column: e.column } : {}), message: e.message });
    }
  }

  function setStatus(text: string): void {
    clear(state);
    state.append(status(text));
  }

  editor = createEditor(editorBox, fromUrl ?? DEFAULT_QUERY, vocab, () => void execute(), nonce);
  run.addEventListener('click', () => void execute());
  examples.addEventListener('change', () => {
    const q = vocab.queries.find((x) => x.name === examples.value);
    if (!q) return;
    editor.setText(q.sparql);
    about.textContent = q.description;
  });
  for (const b of downloads.querySelectorAll<HTMLButtonElement>('button.download')) {
    b.addEventListener('click', async () => {
      const d = DOWNLOADS.find((x) => x.ext === b.dataset.format)!;
      try {
        const res = await postQuery('/sparql', last ?? editor.text(), d.accept);
        const url = URL.createObjectURL(await res.blob());
        const a = h('a', { href: url, download: `results.${d.ext}` });
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      } catch (err) {
        clear(state);
        state.append(status(`download failed: ${(err as Error).message}`, 'error'));
      }
    });
  }
}
