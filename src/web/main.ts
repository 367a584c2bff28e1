/**
 * The workbench's script: opens the view the server named in the page (`data-view`), and wires
 * the entity search of the header (suggestions from `/api/search`).
 */
import './style.css';
import { getJson, prefetch } from './api.js';
import { clear, h, main, pageData, painted, status } from './dom.js';
import { viewFetches } from './entity-api.js';
import type { SearchResult } from '../serve/workbench/types.js';

function nonce(): string | undefined {
  return document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content || undefined;
}

function wireSearch(): void {
  const input = document.getElementById('entity-search') as HTMLInputElement | null;
  const list = document.getElementById('entity-search-list');
  if (!input || !list) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = input.value.trim();
      if (q.length < 2) return;
      controller?.abort();
      controller = new AbortController();
      try {
        const r = await getJson<SearchResult>(`/api/search?q=${encodeURIComponent(q)}&limit=10`, controller.signal);
        clear(list);
        for (const e of r.entities) list.append(h('option', { value: e.label }, `${e.curie} · ${e.claims} claims`));
      } catch { /* a newer keystroke won */ }
    }, 150);
  });
}

async function start(): Promise<void> {
  const { view, id } = pageData<{ view: string; id?: string }>();
  wireSearch();
  // the answers the view will ask for, asked while its code loads (the same URLs the views use;
  // the page's head named them as preloads, so the browser has had them on the way since it
  // parsed the page, and these fetches take those answers)
  prefetch(viewFetches(view, id));
  // work a view leaves for after it is on the screen
  let rest: (() => void) | undefined;
  try {
    // each view is its own chunk: the article and check pages load neither the editor nor cytoscape
    if (view === 'query') await (await import('./query.js')).queryView(nonce());
    else if (view === 'articles') await (await import('./article.js')).articlesView();
    else if (view === 'article') await (await import('./article.js')).articleView();
    else if (view === 'entity') rest = await (await import('./entity.js')).entityView();
    else if (view === 'check') await (await import('./check.js')).checkView();
    // ready = drawn on the screen; the mark is what bench/workbench.js reads (navigation start to ready)
    await painted();
    performance.mark('workbench:ready');
    document.body.dataset.ready = 'true';
    rest?.();
  } catch (err) {
    const root = main();
    clear(root);
    root.append(status(`${(err as { code?: string }).code ?? 'ERROR'}: ${(err as Error).message}`, 'error'));
    document.body.dataset.ready = 'error';
  }
}

void start();
