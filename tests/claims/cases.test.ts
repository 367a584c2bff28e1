/**
 * Manifest-driven claim cases: one folder per case under tests/claims/cases/<name>/ with
 * claims.yaml (+ optional article.txt; default: the mini fixture's article) and either
 * expected.json (resolved claims) or expected-error.json (code, line, claim, message part).
 * Ontology and entities come from tests/fixtures/mini. Set UPDATE_CASES=1 to (re)write a missing
 * expected.json from the current output (review it before committing).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClaimgraphError } from '../../src/errors.js';
import { checkEntities, compileClaims, expandGroups, loadEntities, loadOntology, parseClaimsFile } from '../../src/claims/index.js';
import { segmentText } from '../../src/source/index.js';
import { projectRoot } from '../helpers/cli.js';

const casesDir = join(projectRoot, 'tests/claims/cases');
const mini = join(projectRoot, 'tests/fixtures/mini');
const ontology = loadOntology(join(mini, 'ontology/claimgraph.ttl'));
const entities = loadEntities(join(mini, 'graph/entities.yaml'));
const facts = checkEntities(entities, ontology);
const defaultText = readFileSync(join(mini, 'graph/articles/freedonia-guild-2011/article.txt'), 'utf8');

function run(name: string): unknown {
  const dir = join(casesDir, name);
  const text = existsSync(join(dir, 'article.txt')) ? readFileSync(join(dir, 'article.txt'), 'utf8') : defaultText;
  const cf = parseClaimsFile(readFileSync(join(dir, 'claims.yaml'), 'utf8'), `cases/${name}/claims.yaml`);
  const segmentation = segmentText(text);
  const compiled = compileClaims(cf, { ontology, entities, text, segmentation });
  const { claims, groups } = expandGroups(compiled, entities, facts);
  return {
    claims: claims.map((c) => ({
      key: c.key, claimId: c.claimId, polarity: c.polarity, modality: c.modality, derivation: c.derivation,
      ...(c.expandedFrom ? { expandedFrom: c.expandedFrom } : {}),
      sentences: c.sentences.map((s) => s.sentenceId),
      quotes: c.quotes.map((q) => `${q.begin}-${q.end}`),
      speaker: c.speaker.kind === 'comment' ? `comment/${c.speaker.number}` : 'article',
    })),
    groups: groups.map((g) => ({ key: g.key, expandedInto: g.expandedInto })),
  };
}

const names = readdirSync(casesDir).filter((n) => existsSync(join(casesDir, n, 'claims.yaml'))).sort();

describe('claim cases', () => {
  it('has cases', () => expect(names.length).toBeGreaterThan(10));

  for (const name of names) {
    const dir = join(casesDir, name);
    if (existsSync(join(dir, 'expected-error.json'))) {
      it(`${name}: fails with the expected error`, () => {
        const exp = JSON.parse(readFileSync(join(dir, 'expected-error.json'), 'utf8')) as { code: string; line?: number; claim?: string; message: string };
        let err: unknown;
        try { run(name); } catch (e) { err = e; }
        expect(err).toBeInstanceOf(ClaimgraphError);
        const ce = err as ClaimgraphError;
        expect(ce.code).toBe(exp.code);
        expect(ce.location.file).toBe(`cases/${name}/claims.yaml`);
        if (exp.line !== undefined) expect(ce.location.line).toBe(exp.line);
        if (exp.claim !== undefined) expect(ce.location.claim).toBe(exp.claim);
        expect(ce.message).toContain(exp.message);
        // the message names where: file:line and the claim
        expect(ce.message).toContain(`cases/${name}/claims.yaml:${ce.location.line}`);
      });
    } else {
      it(`${name}: resolves as expected`, () => {
        const file = join(dir, 'expected.json');
        const actual = run(name);
        if (!existsSync(file) && process.env.UPDATE_CASES) writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
        expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
      });
    }
  }
});
