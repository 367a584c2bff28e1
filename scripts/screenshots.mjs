#!/usr/bin/env node
// Regenerates the README's screenshots of the workbench (docs/img/workbench-*.png): starts
// `claimgraph serve` on the project's graph, opens each view in Debian's headless Chromium and
// saves one picture per view. Nothing is hard-coded about the graph: the query is the named
// query given (default members-of), the article the first in date
// order, the entity the one with most claims, the claim the first REFUTED one of
// tests/check/cases/dev.jsonl (shown with whatever verdict the checker gives).
//
//   node scripts/screenshots.mjs [--dir .] [--query NAME] [--claim "TEXT"] [--out docs/img]
//
// Needs `npm run build` first (dist/ and dist/web/).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
{
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 19)) {
    const r = spawnSync(join(ROOT, 'node_modules', 'node', 'bin', 'node'), [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
    process.exit(r.status ?? 1);
  }
}
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const dir = resolve(arg('dir', ROOT));
const out = resolve(arg('out', join(ROOT, 'docs', 'img')));
const queryName = arg('query', 'members-of');
const claim = arg('claim', (() => {
  const file = join(ROOT, 'tests/check/cases/dev.jsonl');
  if (!existsSync(file)) return 'Turkmenistan is a member of the SCO.';
  const first = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).find((c) => c.label === 'REFUTED');
  return first?.claim ?? 'Turkmenistan is a member of the SCO.';
})());

const { startServer } = await import(join(ROOT, 'dist/serve/index.js'));
const { chromium } = await import('playwright-core');
mkdirSync(out, { recursive: true });
const server = await startServer({ dir, port: 0, workers: 1, log: () => {} });
const { chromiumLaunchOptions } = await import('./chromium.mjs');
const browser = await chromium.launch(chromiumLaunchOptions());
const base = server.url.replace(/\/$/, '');
const saved = [];
async function shot(path, name, act) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.goto(`${base}${path}`);
  await page.waitForSelector('body[data-ready]', { timeout: 120_000 });
  if (act) await act(page);
  await page.waitForTimeout(300);
  const file = join(out, `workbench-${name}.png`);
  await page.screenshot({ path: file });
  saved.push(file);
  await page.close();
}
try {
  // query with citations: the named query, first row unfolded
  await shot('/', 'query', async (page) => {
    await page.selectOption('#example', queryName);
    await page.check('#with-citations');
    await page.click('#run');
    await page.waitForSelector('#status .status-info, #status .status-error', { timeout: 120_000 });
    const unfold = await page.$('#results tbody tr button.unfold');
    if (unfold) {
      await unfold.click();
      await page.waitForSelector('tr.citations-row');
    }
  });
  const list = await (await fetch(`${base}/api/articles?limit=1`)).json();
  const article = list.articles[0];
  await shot(`/articles/${encodeURIComponent(article.id)}`, 'article', async (page) => {
    // select a negative span when there is one, else the first
    const mark = (await page.$('#article-text mark.pol-negative')) ?? (await page.$('#article-text mark.q'));
    if (mark) {
      await mark.scrollIntoViewIfNeeded();
      await mark.click();
    }
  });
  const q = 'PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> SELECT ?e (COUNT(?c) AS ?n) WHERE { { ?c rdf:subject ?e } UNION { ?c rdf:object ?e } FILTER(isIRI(?e)) } GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1';
  const busy = await (await fetch(`${server.endpoint}?query=${encodeURIComponent(q)}`, { headers: { Accept: 'application/sparql-results+json' } })).json();
  const entity = busy.results.bindings[0].e.value;
  const entityPath = (await fetch(`${base}/resource?iri=${encodeURIComponent(entity)}`, { redirect: 'manual' })).headers.get('location');
  await shot(entityPath, 'entity', (page) => page.waitForSelector('#neighbourhood[data-ready="true"]'));
  await shot(`/check?claim=${encodeURIComponent(claim.replace(/\s+/g, ' ').trim())}`, 'check');
  process.stdout.write(`${saved.map((f) => `wrote ${f}`).join('\n')}\n`);
} finally {
  await browser.close();
  await server.close();
}
