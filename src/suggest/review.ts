/**
 * Review of proposals: accepting moves them into claims.yaml (and new entities into
 * entities.yaml) after the last entry, every existing byte kept; rejecting records them so they
 * are not proposed again. An acceptance that would break the build is not made.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClaimgraphError } from '../errors.js';
import { buildGraph, compileArticle, ENTITIES_FILE, loadProject, writeFileAtomic } from '../graph/index.js';
import { findQuote, type Sentence } from '../source/index.js';
import {
  articleFile, claimEntry, entityEntry, readRejected, readSuggested, rejectedText, REJECTED_FILE, SUGGESTED_FILE,
  suggestedText, writeReviewFile,
} from './files.js';
import { appendToList } from './yaml-edit.js';
import type { ArticleReviewStats, ProposedClaim, ProposedEntity, RejectedProposal, ReviewResult } from './types.js';

/** What to accept: proposal ids (claims or entities), or every claim at or above a confidence. */
export interface AcceptSelection {
  ids?: string[];
  above?: number;
}

/**
 * Moves proposals of `claims.suggested.yaml` into claims.yaml (and their new entities into
 * graph/entities.yaml), keeping the curated files' comments and order; then checks that the
 * project still builds, and undoes the move when it does not.
 *
 * @example
 * ```ts
 * acceptSuggestions('.', 'freedonia-votes', { ids: ['freedonia-member-of-league'] });
 * acceptSuggestions('.', 'freedonia-votes', { above: 0.9 });
 * ```
 */
export function acceptSuggestions(dir: string, article: string, sel: AcceptSelection): ReviewResult {
  const pending = readSuggested(dir, article);
  const suggestedDisplay = articleFile(article, SUGGESTED_FILE);
  const byId = new Map<string, ProposedClaim | ProposedEntity>([...pending.claims, ...pending.entities].map((p) => [p.id, p]));
  const claims = new Set<ProposedClaim>();
  const entities = new Set<ProposedEntity>();
  const known = knownEntityIds(dir);
  for (const id of sel.ids ?? []) {
    const p = byId.get(id);
    if (!p) throw unknownId(id, pending.claims.length + pending.entities.length, suggestedDisplay);
    if ('predicate' in p) claims.add(p);
    else entities.add(p);
  }
  if (sel.above !== undefined) {
    for (const c of pending.claims) {
      if (c.confidence < sel.above) continue;
      const needed = (c.needs ?? []).filter((n) => !known.has(n)).map((n) => pending.entities.find((e) => e.id === n));
      if (needed.some((e) => !e || e.confidence < sel.above!)) continue;
      claims.add(c);
      for (const e of needed) entities.add(e!);
    }
  }
  const accepting = new Set([...entities].map((e) => e.id));
  for (const c of claims) {
    const missing = (c.needs ?? []).filter((n) => !known.has(n) && !accepting.has(n));
    if (missing.length) {
      throw new ClaimgraphError('USAGE', `claim ${c.id} uses the new entit${missing.length > 1 ? 'ies' : 'y'} ${missing.join(', ')}: accept ${missing.length > 1 ? 'them' : 'it'} too (--accept ${[...missing, c.id].join(' ')})`, { file: suggestedDisplay, claim: c.id });
    }
  }
  if (!claims.size && !entities.size) return { article, accepted: [], acceptedEntities: [], rejected: [], pending: pending.claims.length + pending.entities.length };
  const claimsDisplay = articleFile(article, 'claims.yaml');
  const files = new Map<string, string | undefined>();
  const read = (display: string): string | undefined => {
    if (!files.has(display)) files.set(display, existsSync(join(dir, display)) ? readFileSync(join(dir, display), 'utf8') : undefined);
    return files.get(display);
  };
  const writes = new Map<string, string>();
  if (claims.size) {
    const src = read(claimsDisplay) ?? `article: ${article}\nclaims: []\n`;
    const taken = new Set([...src.matchAll(/^\s*-\s*id:\s*["']?([a-z0-9-]+)/gm)].map((m) => m[1]!));
    const entries = [...claims].map((c) => {
      let id = c.id;
      for (let k = 2; taken.has(id); k++) id = `${c.id}-${k}`;
      taken.add(id);
      return claimEntry({ ...c, id }, { review: false });
    });
    writes.set(claimsDisplay, appendToList(src, 'claims', entries, claimsDisplay, { quoted: ['quote'] }));
  }
  if (entities.size) {
    const src = read(ENTITIES_FILE) ?? 'entities: []\n';
    writes.set(ENTITIES_FILE, appendToList(src, 'entities', [...entities].map((e) => entityEntry(e, { review: false })), ENTITIES_FILE));
  }
  const remaining = {
    claims: pending.claims.filter((c) => !claims.has(c)),
    entities: pending.entities.filter((e) => !entities.has(e)),
  };
  read(suggestedDisplay);
  writes.set(suggestedDisplay, suggestedText(article, remaining.claims, remaining.entities));
  applyChecked(dir, files, writes);
  return {
    article, accepted: [...claims].map((c) => c.id), acceptedEntities: [...entities].map((e) => e.id), rejected: [],
    pending: remaining.claims.length + remaining.entities.length,
  };
}

/**
 * Records proposals as rejected (`claims.rejected.yaml`) and removes them from the pending ones;
 * rejecting a new entity also rejects the claims that use it.
 *
 * @example
 * ```ts
 * rejectSuggestions('.', 'freedonia-votes', ['sylvania-in-league']);
 * ```
 */
export function rejectSuggestions(dir: string, article: string, ids: string[]): ReviewResult {
  const pending = readSuggested(dir, article);
  const suggestedDisplay = articleFile(article, SUGGESTED_FILE);
  const claims = new Set<ProposedClaim>();
  const entities = new Set<ProposedEntity>();
  for (const id of ids) {
    const c = pending.claims.find((x) => x.id === id);
    const e = pending.entities.find((x) => x.id === id);
    if (!c && !e) throw unknownId(id, pending.claims.length + pending.entities.length, suggestedDisplay);
    if (c) claims.add(c);
    if (e) entities.add(e);
  }
  for (const c of pending.claims) if ((c.needs ?? []).some((n) => [...entities].some((e) => e.id === n))) claims.add(c);
  const records: RejectedProposal[] = [
    ...[...claims].map((c) => ({
      kind: 'claim' as const, id: c.id, quote: c.quote, subject: c.subject, predicate: c.predicate, object: c.object, polarity: c.polarity, modality: c.modality,
    })),
    ...[...entities].map((e) => ({ kind: 'entity' as const, id: e.id, quote: e.quote, label: e.label })),
  ];
  const rejectedDisplay = articleFile(article, REJECTED_FILE);
  const writes = new Map<string, string>([
    [rejectedDisplay, rejectedText(article, [...readRejected(dir, article), ...records])],
    [suggestedDisplay, suggestedText(article, pending.claims.filter((c) => !claims.has(c)), pending.entities.filter((e) => !entities.has(e)))],
  ]);
  for (const [display, text] of writes) writeReviewFile(dir, display, text);
  return {
    article, accepted: [], acceptedEntities: [], rejected: records.map((r) => r.id),
    pending: pending.claims.length - claims.size + pending.entities.length - entities.size,
  };
}

/** Writes `writes`; when the project then fails to build (and built before), puts `before` back and throws. */
function applyChecked(dir: string, before: Map<string, string | undefined>, writes: Map<string, string>): void {
  const put = (m: Map<string, string | undefined>): void => {
    for (const [display, text] of m) if (text !== undefined) writeFileAtomic(join(dir, display), text);
  };
  put(writes);
  const failure = buildError(dir);
  if (!failure) return;
  put(before);
  // a project that did not build before the change is not this change's doing
  if (buildError(dir)) {
    put(writes);
    return;
  }
  const e = failure instanceof ClaimgraphError ? failure : undefined;
  throw new ClaimgraphError(e?.code ?? 'INTERNAL', `nothing accepted: the graph would not build with these claims: ${(failure as Error).message}`, e?.location ?? {}, { cause: failure });
}

function buildError(dir: string): unknown {
  try {
    buildGraph(loadProject(dir));
    return undefined;
  } catch (err) {
    return err;
  }
}

function knownEntityIds(dir: string): Set<string> {
  const path = join(dir, ENTITIES_FILE);
  if (!existsSync(path)) return new Set();
  return new Set([...readFileSync(path, 'utf8').matchAll(/^\s*-?\s*id:\s*["']?([a-z0-9-]+)["']?\s*$/gm)].map((m) => m[1]!));
}

function unknownId(id: string, count: number, file: string): ClaimgraphError {
  return new ClaimgraphError('USAGE', count ? `no pending proposal ${JSON.stringify(id)} in ${file}` : `no pending proposals in ${file} (run \`claimgraph suggest\` first)`, { file });
}

/**
 * Articles with pending proposals (for `build`'s warning).
 *
 * @example
 * ```ts
 * pendingSuggestions('.'); // [{ article: 'freedonia-votes', file: 'graph/articles/freedonia-votes/claims.suggested.yaml', claims: 4, entities: 1 }]
 * ```
 */
export function pendingSuggestions(dir: string, articles: string[]): Array<{ article: string; file: string; claims: number; entities: number; error?: string }> {
  const out = [];
  for (const article of articles) {
    const file = articleFile(article, SUGGESTED_FILE);
    if (!existsSync(join(dir, file))) continue;
    try {
      const p = readSuggested(dir, article);
      if (p.claims.length || p.entities.length) out.push({ article, file, claims: p.claims.length, entities: p.entities.length });
    } catch (err) {
      // a review file that does not read is not the build's business, but it is said
      out.push({ article, file, claims: 0, entities: 0, error: (err as Error).message });
    }
  }
  return out;
}

/** Segment kinds whose sentences a claim can quote. */
const QUOTABLE = new Set(['headline', 'body', 'byline', 'comment']);

/**
 * Per article: sentences curated, proposed, rejected, uncited.
 *
 * @example
 * ```ts
 * reviewStats('.')[0]; // { article, sentences: 48, curated: 40, proposed: 3, rejected: 1, uncited: 6, ... }
 * ```
 */
export function reviewStats(dir: string): ArticleReviewStats[] {
  const project = loadProject(dir);
  return project.articles.map((a) => {
    const compiled = compileArticle(project, a);
    const sentences = compiled.segmentation.sentences.filter((s) => QUOTABLE.has(s.kind));
    const sentenceOf = (quote: string): Sentence | undefined => {
      const hit = findQuote(a.text, quote);
      return hit.length === 1 ? sentences.find((s) => s.begin <= hit[0]!.begin && hit[0]!.end <= s.end) : undefined;
    };
    const ids = (quotes: string[]): Set<string> => new Set(quotes.map((q) => sentenceOf(q)?.id).filter((x): x is string => !!x));
    const curated = new Set(compiled.claims.flatMap((c) => c.quotes.map((q) => q.sentenceId)));
    const pending = readSuggested(dir, a.id);
    const proposed = ids([...pending.claims, ...pending.entities].map((p) => p.quote));
    const rejected = ids(readRejected(dir, a.id).map((r) => r.quote));
    return {
      article: a.id,
      sentences: sentences.length,
      curated: sentences.filter((s) => curated.has(s.id)).length,
      proposed: proposed.size,
      rejected: rejected.size,
      uncited: sentences.filter((s) => (s.kind === 'body' || s.kind === 'comment') && !curated.has(s.id)).length,
      pendingClaims: pending.claims.length,
      pendingEntities: pending.entities.length,
    };
  });
}

/**
 * Plain-text table of {@link reviewStats}.
 *
 * @example
 * ```ts
 * process.stdout.write(formatReviewStats(reviewStats('.')));
 * ```
 */
export function formatReviewStats(rows: ArticleReviewStats[]): string {
  const head = ['article', 'sentences', 'curated', 'proposed', 'rejected', 'uncited'];
  const body = rows.map((r) => [r.article, String(r.sentences), String(r.curated), `${r.proposed}${r.pendingClaims || r.pendingEntities ? ` (${r.pendingClaims} claims, ${r.pendingEntities} entities pending)` : ''}`, String(r.rejected), String(r.uncited)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return ['review, per article (sentences a claim can quote):', line(head), ...body.map(line)].join('\n') + '\n';
}
