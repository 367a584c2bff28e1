// The cached compiled lexicon and ontology of a check context (src/check/context-cache.ts). Its
// premise: the parts it keeps are a function of the inputs in its key alone (the ontology folder's
// texts, the derived lexicon, the graph's axiom triples, the code), and survive the trip through
// the cache unchanged. Fails when a context from the cache differs from one built fresh (parts,
// lexicon answers, verdicts), when an input changes and the cache answers with the old parts,
// or when a damaged entry is used.
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import N3 from 'n3';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCheckContext, checkClaim, checkResultToJSON, type CheckContext } from '../../src/check/index.js';
import { lastLexiconSource } from '../../src/check/context-cache.js';
import { encodePlain } from '../../src/check/plain-codec.js';
import { useTempCacheDir } from '../helpers/cache-env.js';
import { checkFixtureStore } from '../helpers/check-fixture.js';
import { projectRoot } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const cacheDir = useTempCacheDir('cg-ctxcache-');
const entries = (): string[] => readdirSync(join(cacheDir(), 'contexts'));

/** A project folder with a copy of the package's ontology (claimgraph.ttl, lexicon.ttl, lexicon.derived.json). */
function project(): string {
  const dir = tempDir('cg-ctxcache-proj-');
  mkdirSync(join(dir, 'ontology'));
  for (const f of ['claimgraph.ttl', 'lexicon.ttl', 'lexicon.derived.json']) cpSync(join(projectRoot, 'ontology', f), join(dir, 'ontology', f));
  return dir;
}

/** Everything of a context the cache provides, encoded (shape, order and sharing), and the lexicon's answers by predicate. */
function snapshot(ctx: CheckContext): string {
  const { morph, axioms, relations, adjuncts, articleAdjuncts, markers, officePatterns, slotTypes, slotCurrency, derived, skippable, meaningWords, strengtheningWords, attribution, metadataPatterns } = ctx;
  const parts = JSON.stringify(encodePlain({ morph, axioms, relations, adjuncts, articleAdjuncts, markers, officePatterns, slotTypes, slotCurrency, derived, skippable, meaningWords, strengtheningWords, attribution, metadataPatterns }));
  const lexPreds = [...new Set(readFileSync(join(projectRoot, 'ontology', 'lexicon.ttl'), 'utf8').match(/\bcg:[A-Za-z]+/g) ?? [])].map((p) => `https://w3id.org/claimgraph/ontology#${p.slice(3)}`);
  const answers = lexPreds.map((p) => [p, ctx.lexicon.getQuads(null, p, null, null).map((q) => N3.termToId(q.subject) + ' ' + N3.termToId(q.object)), ctx.lexicon.getObjects(null, p, null).map((o) => N3.termToId(o))]);
  const labels = JSON.stringify([[...ctx.labelIndex].map(([k, v]) => [k, [...v]]), [...ctx.offices].map(([k, v]) => [k, [...v]])]);
  return canonicalBlankNodes(`${parts}\n${JSON.stringify(answers)}\n${labels}`);
}

/**
 * Blank nodes of the ontology (class expressions) are named by the n3 parser with a counter of
 * the process ("n3-52"): a context from the cache keeps the names of the process that built it.
 * Two snapshots are the same when they differ only by a one-to-one renaming of those names.
 */
function canonicalBlankNodes(text: string): string {
  const names = new Map<string, string>();
  return text.replace(/\bn3-\d+\b/g, (b) => {
    let n = names.get(b);
    if (!n) names.set(b, (n = `_b${names.size}`));
    return n;
  });
}

/** A context built with the cache off: the reference. */
function fresh(store: N3.Store, dir: string): CheckContext {
  process.env.CLAIMGRAPH_NO_CACHE = '1';
  try {
    return buildCheckContext(store, { dir });
  } finally {
    delete process.env.CLAIMGRAPH_NO_CACHE;
  }
}

const claims = ['Freedonia is a member of the League.', 'Freedonia is not a member of the League.', 'Sylvania joined the League in 2015.', 'The League has no members.'];
const verdicts = async (store: N3.Store, ctx: CheckContext): Promise<string[]> =>
  Promise.all(claims.map((c) => checkClaim(store, c, { context: ctx }).then((r) => JSON.stringify(checkResultToJSON(r)), (e: Error) => e.message)));

afterEach(() => {
  delete process.env.CLAIMGRAPH_NO_CACHE;
});

describe('the check context cache', () => {
  it('a second build comes from the cache and equals a fresh build, down to the verdicts', async () => {
    const dir = project();
    const store = checkFixtureStore();
    const ref = fresh(store, dir);
    expect(lastLexiconSource).toBe('built-uncached');
    buildCheckContext(store, { dir });
    expect(lastLexiconSource).toBe('built');
    expect(entries()).toHaveLength(1);
    const cached = buildCheckContext(store, { dir });
    expect(lastLexiconSource).toBe('cache');
    expect(snapshot(cached)).toBe(snapshot(ref));
    expect(await verdicts(store, cached)).toEqual(await verdicts(store, ref));
  });

  it('a change to any input is a miss: the parts are built again from the new inputs', () => {
    const dir = project();
    const store = checkFixtureStore();
    buildCheckContext(store, { dir });
    const edits: Array<[string, () => N3.Store]> = [
      ['lexicon.ttl', () => (appendFileSync(join(dir, 'ontology', 'lexicon.ttl'), '\ncg:memberOf cg:lexicalPattern "{s} is a paid-up member of {o}" .\n'), store)],
      ['claimgraph.ttl', () => (appendFileSync(join(dir, 'ontology', 'claimgraph.ttl'), '\n<https://w3id.org/claimgraph/ontology#memberOf> <http://www.w3.org/2000/01/rdf-schema#comment> "edited" .\n'), store)],
      ['lexicon.derived.json', () => (writeFileSync(join(dir, 'ontology', 'lexicon.derived.json'), '{}'), store)],
      ['the graph\'s axioms', () => checkFixtureStore('cg:paidUpMemberOf rdfs:subPropertyOf cg:memberOf .')],
    ];
    let n = 1;
    for (const [what, edit] of edits) {
      const edited = edit();
      const ctx = buildCheckContext(edited, { dir });
      expect(lastLexiconSource, what).toBe('built');
      expect(entries(), what).toHaveLength(++n);
      expect(snapshot(ctx), what).toBe(snapshot(fresh(edited, dir)));
      buildCheckContext(edited, { dir });
      expect(lastLexiconSource, what).toBe('cache');
    }
    expect(buildCheckContext(store, { dir }).relations.some((r) => r.pattern.source === '{s} is a paid-up member of {o}')).toBe(true);
  });

  it('keeps no object without a prototype (the serialization would give it back with Object\'s)', () => {
    expect(() => encodePlain({ a: Object.create(null) }, { nullPrototype: false })).toThrow(/without a prototype/);
    expect(() => encodePlain({ a: Object.create(null) })).not.toThrow();
  });

  it('a damaged entry is refused and written again', () => {
    const dir = project();
    const store = checkFixtureStore();
    const ref = snapshot(fresh(store, dir));
    buildCheckContext(store, { dir });
    const file = join(cacheDir(), 'contexts', entries()[0]!);
    const bytes = readFileSync(file);
    const entry = deserialize(bytes);
    // cut short, not a serialization at all, another key, an older format, parts without a field
    for (const bad of [bytes.subarray(0, bytes.length >> 1), Buffer.from('{"format": 1, "key": "x"'), serialize({ ...entry, key: 'other' }), serialize({ ...entry, format: 1 }),
      serialize({ ...entry, parts: { ...entry.parts, patternFiling: undefined } }), serialize({ ...entry, parts: { ...entry.parts, relations: {} } })]) {
      writeFileSync(file, bad);
      const ctx = buildCheckContext(store, { dir });
      expect(lastLexiconSource).toBe('built');
      expect(snapshot(ctx)).toBe(ref);
      // written again: the next build reads it
      buildCheckContext(store, { dir });
      expect(lastLexiconSource).toBe('cache');
    }
  });
});
