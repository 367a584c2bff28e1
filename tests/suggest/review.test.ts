import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ClaimgraphError } from '../../src/errors.js';
import { buildGraph, loadProject } from '../../src/graph/index.js';
import { validateProject } from '../../src/validate/index.js';
import { buildToFile } from '../../src/graph/index.js';
import {
  acceptSuggestions, readRejected, readSuggested, rejectSuggestions, reviewStats, suggestArticle,
} from '../../src/suggest/index.js';
import { suggestProject } from '../helpers/suggest-fixture.js';

const ARTICLE = 'league-vote';
const claimsFile = (dir: string): string => join(dir, 'graph/articles', ARTICLE, 'claims.yaml');
const read = (path: string): string => readFileSync(path, 'utf8');

function proposed(): { dir: string; ids: string[] } {
  const dir = suggestProject();
  const r = suggestArticle(dir, ARTICLE);
  return { dir, ids: r.claims.map((c) => c.id) };
}

describe('accepting proposals', () => {
  it('moves them into claims.yaml after the curated entries, keeping every byte before, and the graph builds and validates', async () => {
    const { dir } = proposed();
    const before = read(claimsFile(dir));
    const pending = readSuggested(dir, ARTICLE);
    const group = pending.claims.find((c) => typeof c.subject === 'object')!;
    const dated = pending.claims.find((c) => c.qualifiers.startDate)!;
    const r = acceptSuggestions(dir, ARTICLE, { ids: [group.id, dated.id] });
    expect(r.accepted).toEqual([group.id, dated.id]);
    const after = read(claimsFile(dir));
    const tail = before.indexOf('# ---- the rest is to do');
    expect(after.startsWith(before.slice(0, tail))).toBe(true);
    expect(after).toContain('# ---- the rest is to do');
    const entries = parse(after).claims as Array<Record<string, unknown>>;
    expect(entries.map((c) => c.id)).toEqual(['fenwick-not-in-league', group.id, dated.id]);
    // claims.yaml entries: no review fields
    expect(entries[1]).not.toHaveProperty('confidence');
    expect(entries[1]).not.toHaveProperty('why');
    expect(readSuggested(dir, ARTICLE).claims.map((c) => c.id)).not.toContain(group.id);
    const built = buildGraph(loadProject(dir));
    expect(built.groups.map((g) => g.claimId)).toContain(`${ARTICLE}#${group.id}`);
    await buildToFile(dir);
    const report = await validateProject(dir);
    expect(report.conforms).toBe(true);
  });
  it('accepts every claim at or above a confidence, with the new entities it needs when as confident', () => {
    const { dir } = proposed();
    const pending = readSuggested(dir, ARTICLE);
    const r = acceptSuggestions(dir, ARTICLE, { above: 0.8 });
    const expected = pending.claims.filter((c) => c.confidence >= 0.8 && !c.needs).map((c) => c.id);
    expect(r.accepted.sort()).toEqual(expected.sort());
    expect(r.accepted.length).toBeGreaterThan(0);
    expect(readSuggested(dir, ARTICLE).claims.every((c) => c.confidence < 0.8 || c.needs)).toBe(true);
    expect(() => buildGraph(loadProject(dir))).not.toThrow();
  });
  it('refuses a claim whose new entity is not accepted with it, and adds both when it is', () => {
    const { dir } = proposed();
    const deal = readSuggested(dir, ARTICLE).claims.find((c) => c.needs?.includes('atlantis'))!;
    expect(() => acceptSuggestions(dir, ARTICLE, { ids: [deal.id] })).toThrow(/accept it too \(--accept atlantis/);
    const entitiesBefore = read(join(dir, 'graph/entities.yaml'));
    acceptSuggestions(dir, ARTICLE, { ids: ['atlantis', deal.id] });
    const entities = read(join(dir, 'graph/entities.yaml'));
    expect(entities.startsWith(entitiesBefore.trimEnd())).toBe(true);
    expect(parse(entities).entities.at(-1)).toEqual({ id: 'atlantis', type: 'Agent', label: 'Atlantis' });
    expect(() => buildGraph(loadProject(dir))).not.toThrow();
  });
  it('undoes an acceptance that would break the build, and names the problem', () => {
    const { dir } = proposed();
    const path = join(dir, 'graph/articles', ARTICLE, 'claims.suggested.yaml');
    const pending = readSuggested(dir, ARTICLE);
    const victim = pending.claims.find((c) => !c.needs)!;
    // a reviewer's edit that points at an entity nobody declared
    writeFileSync(path, read(path).replace(`    object: ${victim.object as string}\n`, '    object: nowhere-land\n'));
    const claimsBefore = read(claimsFile(dir));
    const suggestedBefore = read(path);
    let err: unknown;
    try {
      acceptSuggestions(dir, ARTICLE, { ids: [victim.id] });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ClaimgraphError);
    expect((err as ClaimgraphError).code).toBe('UNKNOWN_ENTITY');
    expect((err as Error).message).toMatch(/nothing accepted.*nowhere-land/);
    expect(read(claimsFile(dir))).toBe(claimsBefore);
    expect(read(path)).toBe(suggestedBefore);
  });
  it('names an id that is not pending', () => {
    const { dir } = proposed();
    expect(() => acceptSuggestions(dir, ARTICLE, { ids: ['no-such-proposal'] })).toThrow(/no pending proposal "no-such-proposal"/);
  });
});

describe('rejecting proposals', () => {
  it('records the rejection, and the same proposal is not made again', () => {
    const { dir } = proposed();
    const pending = readSuggested(dir, ARTICLE);
    const victim = pending.claims.find((c) => c.predicate === 'visited')!;
    rejectSuggestions(dir, ARTICLE, [victim.id]);
    expect(readRejected(dir, ARTICLE)).toMatchObject([{ kind: 'claim', id: victim.id, quote: victim.quote, predicate: 'visited' }]);
    const again = suggestArticle(dir, ARTICLE);
    expect(again.dropped.rejected).toBe(1);
    expect(again.claims.some((c) => c.quote === victim.quote && c.predicate === 'visited')).toBe(false);
    // the rest is proposed as before
    expect(again.claims.length).toBe(pending.claims.length - 1);
  });
  it('rejecting a new entity takes the claims that need it along, for good', () => {
    const { dir } = proposed();
    const r = rejectSuggestions(dir, ARTICLE, ['atlantis']);
    expect(r.rejected).toContain('atlantis');
    expect(r.rejected.some((id) => id !== 'atlantis')).toBe(true);
    const again = suggestArticle(dir, ARTICLE);
    expect(again.entities).toEqual([]);
    expect(again.claims.some((c) => c.needs?.includes('atlantis'))).toBe(false);
  });
});

describe('review counts', () => {
  it('counts, per article, sentences curated, proposed, rejected and uncited', () => {
    const { dir } = proposed();
    const pending = readSuggested(dir, ARTICLE);
    rejectSuggestions(dir, ARTICLE, [pending.claims[0]!.id]);
    const row = reviewStats(dir).find((r) => r.article === ARTICLE)!;
    expect(row.curated).toBe(1);
    expect(row.rejected).toBe(1);
    expect(row.pendingClaims).toBe(pending.claims.length - 1);
    expect(row.proposed).toBeGreaterThan(5);
    expect(row.uncited).toBe(row.sentences - 1 /* headline */ - 2 /* byline lines */ - row.curated);
  });
});
