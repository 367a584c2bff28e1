/**
 * The HTML of the workbench's pages: one small shell per view that loads the bundled script and
 * style from the same origin (`/assets/`), with the data the page starts from embedded as JSON
 * (and, on a check's page, the ClaimReview as JSON-LD for search engines). The script does the
 * rest through the JSON APIs.
 */
import { randomBytes } from 'node:crypto';

/** The views a page can open. */
export type ViewName = 'query' | 'articles' | 'article' | 'entity' | 'check';

const TITLES: Record<ViewName, string> = {
  query: 'Query',
  articles: 'Articles',
  article: 'Article',
  entity: 'Entity',
  check: 'Check a claim',
};

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** JSON inside a `<script>` element must not be able to close it or open a comment. */
function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/**
 * The Content-Security-Policy of every page: scripts only from this origin; styles from this
 * origin plus the `<style>` elements the editor injects, which carry the page's nonce; data and
 * images from this origin; no frames, no plugins, no form posts elsewhere.
 *
 * @example
 * ```ts
 * contentSecurityPolicy('abc'); // "default-src 'none'; script-src 'self'; ..."
 * ```
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** A page: its HTML and the headers it must be sent with. */
export interface Page {
  html: string;
  headers: Record<string, string>;
}

/**
 * Renders the shell of a view.
 *
 * @example
 * ```ts
 * const page = renderView('entity', { id: 'freedonia' }, { preload: viewPreloads('entity') });
 * page.headers['Content-Security-Policy'];
 * ```
 */
export function renderView(view: ViewName, data: Record<string, unknown>, opts: { title?: string; jsonLd?: unknown; preload?: string[]; fetches?: string[] } = {}): Page {
  const nonce = randomBytes(16).toString('base64');
  const title = `${opts.title ? `${opts.title} · ` : ''}${TITLES[view]} · claimgraph workbench`;
  const jsonLd = opts.jsonLd ? `\n  <script type="application/ld+json">${scriptJson(opts.jsonLd)}</script>` : '';
  // the view's chunks (see assets.ts viewPreloads), fetched beside app.js
  const preload = (opts.preload ?? []).map((name) => `\n  <link rel="modulepreload" href="/assets/${esc(name)}">`).join('');
  // the view's first API answers (view-urls.ts viewFetches), asked for while the page is parsed;
  // `crossorigin` makes them cors-mode requests with same-origin credentials, as the page's fetch() is
  const fetches = (opts.fetches ?? []).map((url) => `\n  <link rel="preload" href="${esc(url)}" as="fetch" crossorigin>`).join('');
  const nav = (['query', 'articles', 'check'] as const)
    .map((v) => `<a href="${v === 'query' ? '/' : `/${v}`}"${v === view || (v === 'articles' && view === 'article') ? ' aria-current="page"' : ''}>${TITLES[v]}</a>`)
    .join('\n      ');
  const html = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="csp-nonce" content="${nonce}">${fetches}
  <link rel="icon" href="data:,">
  <title>${esc(title)}</title>
  <link rel="stylesheet" href="/assets/app.css">${jsonLd}
  <script type="application/json" id="page-data">${scriptJson({ view, ...data })}</script>
  <script type="module" src="/assets/app.js"></script>${preload}
</head>
<body data-view="${view}">
  <header class="top">
    <a class="brand" href="/">claimgraph</a>
    <nav aria-label="Views">
      ${nav}
    </nav>
    <form class="search" action="/search" method="get" role="search">
      <label for="entity-search" class="visually-hidden">Find an entity</label>
      <input id="entity-search" name="q" type="search" placeholder="Find an entity…" autocomplete="off" list="entity-search-list">
      <datalist id="entity-search-list"></datalist>
    </form>
  </header>
  <main id="main" tabindex="-1">
    <noscript><p>The workbench needs JavaScript; the JSON APIs under <a href="/api/">/api/</a> work without it.</p></noscript>
  </main>
</body>
</html>
`;
  return {
    html,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': contentSecurityPolicy(nonce),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
    },
  };
}
