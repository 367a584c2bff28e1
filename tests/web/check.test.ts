import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startServer } from '../../src/serve/index.js';
import type { ServerHandle } from '../../src/serve/index.js';
import { logSink } from '../helpers/serve-fixture.js';
import { launchBrowser, screenshot, watchedPage, workbenchProject } from '../helpers/workbench-fixture.js';

let server: ServerHandle;
let browser: Browser;
let project: { dir: string; remove: () => void };

beforeAll(async () => {
  project = await workbenchProject();
  server = await startServer({ dir: project.dir, port: 0, log: logSink().log, workers: 1 });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  project?.remove();
});

/** Types a claim into the check form with the keyboard only and submits it with Enter. */
async function checkByKeyboard(page: Page, claim: string): Promise<void> {
  await page.goto(new URL('/check', server.url).href);
  await page.waitForSelector('body[data-ready="true"]');
  // the empty form has the focus; otherwise Tab reaches it
  for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.id === 'claim')); i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('claim');
  await page.keyboard.type(claim);
  await Promise.all([page.waitForURL(/\/check\?claim=/), page.keyboard.press('Enter')]);
  await page.waitForSelector('body[data-ready="true"]');
}

async function claimReview(page: Page): Promise<{ '@type': string; claimReviewed: string; reviewRating: { alternateName: string } }> {
  return JSON.parse((await page.textContent('script[type="application/ld+json"]'))!);
}

test('SUPPORTED: the verdict, the reading, and each piece of evidence highlighted in its paragraph', async () => {
  const { page, problems } = await watchedPage(browser);
  const claim = 'Sylvania is not a member of the Council.';
  await checkByKeyboard(page, claim);
  // a stable address per claim
  expect(page.url()).toBe(new URL(`/check?claim=${encodeURIComponent(claim)}`, server.url).href);
  expect(await page.getAttribute('#permalink', 'href')).toBe(`/check?claim=${encodeURIComponent(claim)}`);
  expect(await page.textContent('.verdict-code')).toBe('SUPPORTED');
  expect(await page.textContent('#interpretation')).toContain('not (Sylvania, member of, The Council)');
  const items = page.locator('#evidence article.evidence-item');
  expect(await items.count()).toBe(2);
  expect(await items.evaluateAll((es) => es.map((e) => e.getAttribute('data-stance')))).toEqual(['supports', 'supports']);
  expect(await page.locator('#evidence mark.quote').allTextContents()).toEqual(['Sylvania is not a member of the Council', 'Sylvania is not a member of the Council']);
  // in its paragraph: the sentences around it are shown too
  expect(await items.first().locator('blockquote.in-context').textContent()).toBe(
    'All Northern States and Osterlich except Grand Fenwick are members of the Guild. Freedonia may also provide US$ 5 million (¥ 600 million) in grants to Sylvania. Sylvania is not a member of the Council.');
  expect(await items.first().locator('.source-head').textContent()).toMatch(/Freedonia Joins the Guild – Report · 2011-03-06 · author: Jane Doe/);
  const review = await claimReview(page);
  expect([review['@type'], review.claimReviewed, review.reviewRating.alternateName]).toEqual(['ClaimReview', claim, 'SUPPORTED']);
  await screenshot(page, 'check');
  expect(problems).toEqual([]);
  await page.close();
});

test('REFUTED: the refuting evidence with its negative claim', async () => {
  const { page, problems } = await watchedPage(browser);
  await checkByKeyboard(page, 'Sylvania is a member of the Council.');
  expect(await page.textContent('.verdict-code')).toBe('REFUTED');
  const first = page.locator('#evidence article.evidence-item').first();
  expect(await first.getAttribute('data-stance')).toBe('refutes');
  expect(await first.locator('.badge-negative').textContent()).toBe('NOT');
  expect(await first.locator('mark.quote').textContent()).toBe('Sylvania is not a member of the Council');
  expect((await claimReview(page)).reviewRating.alternateName).toBe('REFUTED');
  await screenshot(page, 'check-refuted');
  expect(problems).toEqual([]);
  await page.close();
});

test('NOT_ENOUGH_INFO: said so, with no evidence passed off as support', async () => {
  const { page, problems } = await watchedPage(browser);
  await checkByKeyboard(page, 'Osterlich is a member of the Council.');
  expect(await page.textContent('.verdict-code')).toBe('NOT_ENOUGH_INFO');
  expect(await page.locator('#evidence [data-stance="supports"], #evidence [data-stance="refutes"]').count()).toBe(0);
  expect((await claimReview(page)).reviewRating.alternateName).toBe('NOT_ENOUGH_INFO');
  expect(problems).toEqual([]);
  await page.close();
});

test('a claim the checker cannot read is an error on the page, not a verdict', async () => {
  const { page } = await watchedPage(browser);
  await page.goto(new URL(`/check?claim=${encodeURIComponent('Purple ideas sleep furiously.')}`, server.url).href);
  await page.waitForSelector('body[data-ready="true"]');
  expect(await page.textContent('.status-error')).toMatch(/^CHECK_UNINTERPRETABLE: /);
  expect(await page.locator('.verdict').count()).toBe(0);
  await page.close();
});
