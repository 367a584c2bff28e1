import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import N3 from 'n3';
import { buildCheckContext, checkClaim, loadCheckContext, type CheckContext, type CheckResult } from '../../src/check/index.js';
import { loadGraphStore } from '../../src/graph/index.js';
import { projectRoot } from './cli.js';

/** Path of the fact checker's fixture graph (fictional states). */
export const CHECK_FIXTURE = join(projectRoot, 'tests/fixtures/check/graph.ttl');

/**
 * The fixture graph as a store, optionally with extra Turtle (same prefixes) added.
 *
 * @example
 * const store = checkFixtureStore();
 */
export function checkFixtureStore(extra = ''): N3.Store {
  const src = readFileSync(CHECK_FIXTURE, 'utf8');
  const store = new N3.Store(new N3.Parser().parse(src));
  if (extra) {
    const prefixes = src.split('\n').filter((l) => l.startsWith('@prefix')).join('\n');
    store.addQuads(new N3.Parser().parse(`${prefixes}\n${extra}`));
  }
  return store;
}

/** A graph, its check context, and `check(text)` checking a claim in that context. */
export interface Checker<S> {
  store: S;
  ctx: CheckContext;
  check: (text: string) => Promise<CheckResult>;
}

/**
 * A check context over the fixture graph (plus `extra` Turtle) with the repository's ontology and
 * lexicon, and `check` to check a claim against it.
 *
 * @example
 * const { check } = checkFixture();
 * (await check('Freedonia is a member of the League.')).verdict; // 'SUPPORTED'
 */
export function checkFixture(extra = ''): Checker<N3.Store> {
  const store = checkFixtureStore(extra);
  const ctx = buildCheckContext(store, { dir: projectRoot });
  return { store, ctx, check: (text) => checkClaim(store, text, { context: ctx }) };
}

/**
 * The same over a graph directory (the corpus fixture, or the committed graph).
 *
 * @example
 * const { check } = await checkGraphDir(corpusFixture);
 */
export async function checkGraphDir(dir: string): Promise<Checker<Awaited<ReturnType<typeof loadGraphStore>>>> {
  const store = await loadGraphStore(dir);
  const ctx = loadCheckContext(store, { dir });
  return { store, ctx, check: (text) => checkClaim(store, text, { context: ctx }) };
}
