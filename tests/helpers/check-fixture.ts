import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import N3 from 'n3';
import { buildCheckContext, type CheckContext } from '../../src/check/index.js';
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

/**
 * A check context over the fixture graph with the repository's ontology and lexicon.
 *
 * @example
 * const { store, ctx } = checkFixture();
 */
export function checkFixture(extra = ''): { store: N3.Store; ctx: CheckContext } {
  const store = checkFixtureStore(extra);
  return { store, ctx: buildCheckContext(store, { dir: projectRoot }) };
}
