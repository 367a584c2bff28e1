import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateSuggestions, formatEvaluation } from '../../src/suggest/index.js';
import { SUGGEST_FIXTURE, suggestProject } from '../helpers/suggest-fixture.js';

const ARTICLE = 'league-vote';

/** The fixture with league-vote fully curated (tests/fixtures/suggest/league-vote-curated.yaml). */
function curatedProject(): string {
  const dir = suggestProject();
  copyFileSync(join(SUGGEST_FIXTURE, 'league-vote-curated.yaml'), join(dir, 'graph/articles', ARTICLE, 'claims.yaml'));
  return dir;
}

describe('leave-one-article-out evaluation', () => {
  const dir = curatedProject();
  const [row] = evaluateSuggestions(dir, { articles: [ARTICLE] });

  it('scores proposals against the curated claims: precision, recall, what matched nothing, what was missed', () => {
    expect(row!.curated).toBe(11);
    expect(row!.matched).toBe(row!.proposed - row!.unmatched.length);
    expect(row!.precision).toBeCloseTo(row!.matched / row!.proposed);
    expect(row!.recall).toBeCloseTo(row!.matched / row!.curated);
    expect(row!.missed).toHaveLength(row!.curated - row!.matched);
    // the curator's mistake is never matched
    expect(row!.missed.map((m) => m.id)).toContain('firefly-holds-office');
  });
  it('matches a statement written with the inverse property, and group specs as specs', () => {
    const missed = row!.missed.map((m) => m.id);
    expect(missed).not.toContain('league-lacks-fenwick');
    expect(missed).not.toContain('league-members');
    expect(missed).not.toContain('gala-guests');
  });
  it('scores qualifiers apart: a wrong end date is a disagreement, not a miss', () => {
    expect(row!.missed.map((m) => m.id)).not.toContain('firefly-in-marsovia');
    expect(row!.qualifiers.compared).toBeGreaterThan(row!.qualifiers.agree);
  });
  // a curator may write a narrower property than the reader proposes ("based in" as
  // headquarteredIn below locatedIn): the proposal is right, so it is no loss of precision
  it('counts a proposal a curated claim entails (rdfs:subPropertyOf) for precision, not for recall', () => {
    const narrower = suggestProject();
    const yaml = readFileSync(join(SUGGEST_FIXTURE, 'league-vote-curated.yaml'), 'utf8')
      .replace(/(id: freedonia-member\n(?:.*\n){2}    predicate: )memberOf/, '$1foundingMemberOf');
    expect(yaml).toContain('foundingMemberOf');
    writeFileSync(join(narrower, 'graph/articles', ARTICLE, 'claims.yaml'), yaml);
    const [r] = evaluateSuggestions(narrower, { articles: [ARTICLE] });
    expect(r!.entailed).toBe(1);
    expect(r!.matched).toBe(row!.matched - 1);
    expect(r!.precision).toBeCloseTo(row!.precision!);
    expect(r!.recall).toBeCloseTo((row!.matched - 1) / r!.curated);
    expect(r!.unmatched.map((u) => u.statement).join('\n')).toContain('freedonia memberOf league');
  });
  it('writes nothing into the project', () => {
    expect(existsSync(join(dir, 'graph/articles', ARTICLE, 'claims.suggested.yaml'))).toBe(false);
  });
  it('prints a table with the figures', () => {
    const text = formatEvaluation([row!], { details: true });
    expect(text).toMatch(/league-vote +11 +\d+ +\d+ +\d+ +\d+\.\d% +\d+\.\d%/);
    expect(text).toContain('curated claims not proposed');
  });
  it('sets aside, for the article left out, the claims of others that cannot stand without it', () => {
    // league-vote's group claims need the members ruritania-basics curates
    const [basics] = evaluateSuggestions(dir, { articles: ['ruritania-basics'] });
    expect(basics!.curated).toBe(3);
    expect(readFileSync(join(dir, 'graph/articles', ARTICLE, 'claims.yaml'), 'utf8')).toContain('league-members');
  });
});
