import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../src/claims/index.js';
import { segmentText } from '../../src/source/index.js';
import { suggestArticle, type ProposedClaim, type SuggestReport } from '../../src/suggest/index.js';
import { suggestProject } from '../helpers/suggest-fixture.js';

const ARTICLE = 'league-vote';

/** The fixture with league-vote's claims removed, proposed from every sentence. */
function fresh(): { dir: string; report: SuggestReport } {
  const dir = suggestProject();
  writeFileSync(join(dir, 'graph/articles', ARTICLE, 'claims.yaml'), `article: ${ARTICLE}\nclaims: []\n`);
  return { dir, report: suggestArticle(dir, ARTICLE, { dryRun: true }) };
}

function find(report: SuggestReport, quoteStart: string): ProposedClaim[] {
  return report.claims.filter((c) => c.quote.startsWith(quoteStart));
}

describe('suggest on a fixture article', () => {
  const { dir, report } = fresh();
  const text = readFileSync(join(dir, 'graph/articles', ARTICLE, 'article.txt'), 'utf8');

  it('reads a group statement with its exception', () => {
    expect(find(report, 'All Ruritanian countries except Sylvania')).toMatchObject([
      { subject: { group: 'ruritania', except: ['sylvania'] }, predicate: 'memberOf', object: 'league', polarity: 'positive', modality: 'stated' },
    ]);
  });
  it('reads an office held in each member of a group, with its exception', () => {
    expect(find(report, 'Presidents of all the Ruritanian countries')).toMatchObject([
      { subject: { group: 'ruritania', except: ['marsovia'], role: 'president' }, predicate: 'attended', object: 'founders-gala' },
    ]);
  });
  it('reads a negation', () => {
    expect(find(report, 'Grand Fenwick did not join')).toMatchObject([{ subject: 'grand-fenwick', predicate: 'memberOf', object: 'league', polarity: 'negative' }]);
  });
  it('reads modalities: set to, may, pledged', () => {
    expect(find(report, 'Grand Fenwick is set to become')).toMatchObject([{ modality: 'expected', qualifiers: { byYear: '2020' } }]);
    expect(find(report, 'Freedonia may also provide')).toMatchObject([{ subject: 'freedonia', predicate: 'grantTo', object: 'marsovia', modality: 'possible' }]);
    expect(find(report, 'Rufus Firefly pledged')).toMatchObject([{ subject: 'rufus-firefly', predicate: 'grantTo', object: 'sylvania', modality: 'pledged' }]);
  });
  it('reads an amount in two currencies', () => {
    const [grant] = find(report, 'Freedonia may also provide');
    expect(grant!.qualifiers.amounts).toEqual([{ value: '5000000', currency: 'USD' }, { value: '600000000', currency: 'JPY' }]);
  });
  it('reads dates and date ranges', () => {
    expect(find(report, 'Rufus Firefly visited Sylvania')).toMatchObject([{ object: 'sylvania', qualifiers: { date: '2014-03-03' } }]);
    expect(find(report, 'Rufus Firefly visited Marsovia')).toMatchObject([{ object: 'marsovia', qualifiers: { startDate: '2014-03-05', endDate: '2014-03-09' } }]);
  });
  it('reads a reader comment as the commenter\'s, and says so', () => {
    const [c] = find(report, 'Marsovia will join');
    expect(c).toMatchObject({ subject: 'marsovia', predicate: 'memberOf', object: 'acme-bank', modality: 'expected' });
    expect(c!.why).toContain('reader comment');
  });
  it('proposes nothing from a question or a condition', () => {
    const seg = segmentText(text);
    const unasserted = seg.sentences.filter((s) => /^(If|Did) /.test(s.text));
    expect(unasserted).toHaveLength(2);
    for (const c of report.claims) for (const s of unasserted) expect(s.text.includes(c.quote), c.quote).toBe(false);
  });
  it('proposes a name it cannot link as a new entity, never silently', () => {
    expect(report.entities).toMatchObject([{ id: 'atlantis', label: 'Atlantis', quote: 'Atlantis' }]);
    expect(find(report, 'Freedonia signed energy deals')).toMatchObject([{ object: 'atlantis', needs: ['atlantis'], qualifiers: { sector: 'energy' } }]);
    for (const c of report.claims) {
      for (const side of [c.subject, c.object]) {
        if (typeof side === 'string' && !/^\d/.test(side) && !(c.needs ?? []).includes(side)) {
          expect(readFileSync(join(dir, 'graph/entities.yaml'), 'utf8')).toContain(`id: ${side}`);
        }
      }
    }
  });
  it('quotes each proposal exactly, in one sentence, occurring once', () => {
    const seg = segmentText(text);
    expect(report.claims.length).toBeGreaterThan(8);
    for (const c of [...report.claims, ...report.entities]) {
      const a = anchorQuote(c.quote, text, seg, { file: 'x', line: 1, claim: c.id });
      expect(a.sentenceId).toBe(c.sentenceId);
    }
    // the same statement twice in one sentence: one proposal, its quote widened until unique
    const twice = report.claims.filter((c) => c.subject === 'freedonia' && c.predicate === 'memberOf');
    expect(twice).toHaveLength(1);
  });
  it('gives every proposal a confidence and the rule that produced it', () => {
    for (const c of report.claims) {
      expect(c.confidence).toBeGreaterThanOrEqual(0.5);
      expect(c.confidence).toBeLessThanOrEqual(1);
      expect(c.why).toMatch(/pattern|enumeration|group/);
    }
  });
});

describe('suggest and curated claims', () => {
  it('skips sentences curated claims quote, unless --all, and never proposes a curated statement', () => {
    const dir = suggestProject();
    const skipping = suggestArticle(dir, ARTICLE, { dryRun: true });
    expect(skipping.sentences.skippedCurated).toBe(1);
    expect(skipping.claims.some((c) => c.quote.startsWith('Grand Fenwick did not join'))).toBe(false);
    const all = suggestArticle(dir, ARTICLE, { dryRun: true, all: true });
    expect(all.sentences.skippedCurated).toBe(0);
    expect(all.dropped.curated).toBeGreaterThanOrEqual(1);
    expect(all.claims.some((c) => c.subject === 'grand-fenwick' && c.polarity === 'negative')).toBe(false);
  });
  it('writes claims.suggested.yaml only when not a dry run, and says which reader it used', () => {
    const dir = suggestProject();
    const r = suggestArticle(dir, ARTICLE);
    expect(r.file).toBe(`graph/articles/${ARTICLE}/claims.suggested.yaml`);
    expect(readFileSync(join(dir, r.file!), 'utf8')).toContain('confidence:');
    expect(r.reader).toMatch(/check-parser/);
  });
  it('names a missing article', () => {
    expect(() => suggestArticle(suggestProject(), 'no-such-article', { dryRun: true })).toThrow(/no article "no-such-article"/);
  });
});

describe('what suggest reads', () => {
  it('proposes the same from the built graph (when fresh) as from the project built in memory', async () => {
    const { utimesSync } = await import('node:fs');
    const { buildToFile } = await import('../../src/graph/index.js');
    const dir = suggestProject();
    await buildToFile(dir);
    const fromBuilt = suggestArticle(dir, ARTICLE, { dryRun: true, all: true });
    // entities.yaml newer than the graph: the graph is stale, the project is built in memory
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'graph/entities.yaml'), later, later);
    const inMemory = suggestArticle(dir, ARTICLE, { dryRun: true, all: true });
    expect(fromBuilt.claims).toEqual(inMemory.claims);
    expect(fromBuilt.entities).toEqual(inMemory.entities);
    expect(inMemory.claims.length).toBeGreaterThan(5);
  });
});
