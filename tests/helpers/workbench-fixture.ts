import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import type { Browser, Page } from 'playwright-core';
import { buildToFile } from '../../src/graph/index.js';
import { generateCorpus } from '../../src/corpus/index.js';
import { projectRoot } from './cli.js';
import { miniDir } from './pipeline-fixture.js';

const overlay = join(projectRoot, 'tests/fixtures/workbench');

/**
 * The workbench's fixture project in a fresh temp dir: the mini project plus the overlay of
 * tests/fixtures/workbench (a second article, its author, two named queries), built.
 *
 * @example
 * const { dir, remove } = await workbenchProject();
 */
export async function workbenchProject(): Promise<{ dir: string; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-workbench-'));
  cpSync(join(miniDir, 'ontology'), join(dir, 'ontology'), { recursive: true });
  cpSync(join(miniDir, 'graph'), join(dir, 'graph'), { recursive: true });
  cpSync(join(overlay, 'articles'), join(dir, 'graph/articles'), { recursive: true });
  appendFileSync(join(dir, 'graph/entities.yaml'), readFileSync(join(overlay, 'entities.yaml'), 'utf8'));
  mkdirSync(join(dir, 'queries'));
  cpSync(join(overlay, 'queries'), join(dir, 'queries'), { recursive: true });
  await buildToFile(dir);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A project with busy entities, for paging: the bench's corpus generator (seeded, so the same
 * every run) with 12 articles over a world of 6 countries, built; its busiest entity has some
 * sixty claims, groups of more than a page, and more neighbours than the drawing keeps.
 *
 * @example
 * const { dir, remove } = await busyProject();
 */
export async function busyProject(): Promise<{ dir: string; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-busy-'));
  generateCorpus({ dir, articles: 12, worldSize: 6, seed: 'workbench-paging', projectRoot });
  await buildToFile(dir);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Headless Debian Chromium, with the flags this machine's closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

/** Where the tests write their screenshots (gitignored; kept after the run, on purpose). */
export const SCREENSHOT_DIR = join(projectRoot, 'test-results/screenshots');

/**
 * A page that records script errors and CSP violations, for an `expect(problems).toEqual([])`.
 *
 * @example
 * const { page, problems } = await watchedPage(browser);
 */
export async function watchedPage(browser: Browser): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith('http://127.0.0.1') && !u.startsWith('data:') && !u.startsWith('blob:')) problems.push(`off-origin request: ${u}`);
  });
  return { page, problems };
}

/** Saves a screenshot of a view under {@link SCREENSHOT_DIR}. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: false });
}
