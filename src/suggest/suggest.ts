/**
 * `suggest`: every body, headline and comment sentence of an article through the fact checker's
 * reader, the readings turned into proposals, minus what is curated already, what a reviewer
 * rejected before and what is too uncertain.
 */
import type N3 from 'n3';
import { buildCheckContext, type CheckContext } from '../check/context.js';
import { localName, NS } from '../check/context.js';
import { ClaimgraphError } from '../errors.js';
import { buildGraph, compileArticle, type CompiledArticle, type Project } from '../graph/index.js';
import { findQuote, type Sentence } from '../source/index.js';
import { proposeSentence, type DraftClaim, type DraftEntity, type ProposeContext } from './propose.js';
import { actingFor } from './acting.js';
import { bylineReadings, datelineReadings } from './layout.js';
import { defaultReader } from './reader.js';
import { proposalId, statementKey, type StatementAxioms } from './keys.js';
import { readRejected } from './files.js';
import type { ProposedClaim, ProposedEntity, SentenceReader, SuggestOptions, SuggestReport } from './types.js';

/** Proposals under this confidence are not written unless asked for. */
export const DEFAULT_MIN_CONFIDENCE = 0.5;

/** Segment kinds whose sentences state something a claim can rest on (a byline, a dateline: their layout). */
const READ_KINDS = new Set(['headline', 'dateline', 'body', 'comment', 'byline']);

/** What suggest derives once from a project: the reader's context and the graph's vocabulary. */
export interface SuggestSetup {
  project: Project;
  ctx: CheckContext;
  reader: SentenceReader;
  axioms: StatementAxioms;
  /** The articles as the in-memory build compiled them (segmentation, anchored claims). */
  compiled: Map<string, CompiledArticle>;
}

/**
 * Builds the project's graph in memory (so entities added since the last `build` count) and the
 * reader's context over it.
 *
 * @example
 * ```ts
 * const setup = prepareSuggest(loadProject('.'));
 * ```
 */
export function prepareSuggest(project: Project, reader?: (ctx: CheckContext) => SentenceReader): SuggestSetup {
  const { store, articles } = buildGraph(project);
  return setupOver(project, store, new Map(articles.map((a) => [a.id, a])), reader);
}

/**
 * The setup over a graph store already built (the project's `graph/claimgraph.ttl` when it is
 * fresh): `project` then needs only the article to propose for.
 *
 * @example
 * ```ts
 * const setup = setupOver(project, store, new Map());
 * ```
 */
export function setupOver(project: Project, store: N3.Store, compiled: Map<string, CompiledArticle>, reader?: (ctx: CheckContext) => SentenceReader): SuggestSetup {
  const ctx = buildCheckContext(store, { dir: project.dir });
  const inverse = new Map<string, string>();
  for (const [p, qs] of ctx.axioms.inverse) for (const q of qs) inverse.set(localName(p), localName(q));
  const symmetric = new Set([...ctx.axioms.symmetric].map(localName));
  return { project, ctx, reader: (reader ?? defaultReader)(ctx), axioms: { inverse, symmetric }, compiled };
}

/**
 * Proposals for one article of a prepared project (nothing is written).
 *
 * @example
 * ```ts
 * const report = suggestForArticle(prepareSuggest(loadProject('.')), 'freedonia-votes');
 * report.claims.length;
 * ```
 */
export function suggestForArticle(setup: SuggestSetup, articleId: string, opts: SuggestOptions = {}): SuggestReport {
  const { project, ctx, axioms } = setup;
  const reader = opts.reader ?? setup.reader;
  const article = project.articles.find((a) => a.id === articleId);
  if (!article) {
    throw new ClaimgraphError('SOURCE_NOT_FOUND', `no article ${JSON.stringify(articleId)} in graph/articles (known: ${project.articles.map((a) => a.id).join(', ') || 'none'})`);
  }
  const compiled = setup.compiled.get(articleId) ?? compileArticle(project, article);
  const sentences = compiled.segmentation.sentences;
  const text = article.text;
  const curatedKeys = new Set((article.claims?.claims ?? []).map((d) => statementKey(d, axioms)));
  const covered = new Set(compiled.claims.flatMap((c) => c.quotes.map((q) => q.sentenceId)));
  const sentenceOf = (quote: string): Sentence | undefined => {
    const hit = findQuote(text, quote);
    return hit.length === 1 ? sentences.find((s) => s.begin <= hit[0]!.begin && hit[0]!.end <= s.end) : undefined;
  };
  const rejected = opts.ignoreRejected ? [] : readRejected(project.dir, articleId);
  const rejectedClaims = new Set(rejected.filter((r) => r.kind === 'claim' && r.predicate).map((r) => `${sentenceOf(r.quote)?.id ?? '?'} ${statementKey({ subject: r.subject, predicate: r.predicate!, object: r.object, polarity: r.polarity, modality: r.modality }, axioms)}`));
  const rejectedLabels = new Set(rejected.filter((r) => r.kind === 'entity').map((r) => (r.label ?? '').toLowerCase()));
  const pctx = proposeContext(project, ctx, text);
  const minConfidence = opts.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const dropped = { curated: 0, rejected: 0, lowConfidence: 0 };
  let read = 0;
  let skipped = 0;
  const best = new Map<string, DraftClaim & { at: number }>();
  const later: DraftClaim[] = [];
  const drafts: DraftClaim[] = [];
  const consider = (d: DraftClaim): void => {
    const key = statementKey(d, axioms);
    if (curatedKeys.has(key)) {
      dropped.curated++;
      return;
    }
    if (rejectedClaims.has(`${d.sentenceId} ${key}`) || d.newEntities.some((e) => rejectedLabels.has(e.label.toLowerCase()))) {
      dropped.rejected++;
      return;
    }
    if (d.confidence < minConfidence) {
      dropped.lowConfidence++;
      return;
    }
    const at = findQuote(text, d.quote)[0]?.begin ?? 0;
    // the same statement with other qualifiers (a visit's dates, another its purpose) is another
    // claim, as curators write them; without qualifiers it is the statement once
    const qualified = Object.keys(d.qualifiers).length ? `${key} ${JSON.stringify(Object.entries(d.qualifiers).sort((a, b) => (a[0] < b[0] ? -1 : 1)))}` : key;
    const prev = best.get(qualified);
    if (!prev || d.confidence > prev.confidence) best.set(qualified, { ...d, at });
  };
  for (const s of sentences) {
    if (!READ_KINDS.has(s.kind)) continue;
    if (covered.has(s.id) && !opts.all) {
      skipped++;
      continue;
    }
    read++;
    const sctx = { article: articleId, sentenceId: s.id, kind: s.kind, ...(article.meta.datePublished ? { published: article.meta.datePublished } : {}) };
    const readings = s.kind === 'byline' ? bylineReadings(s.text, project.entities.get(article.meta.author)?.label ?? '', reader, sctx)
      : s.kind === 'dateline' ? datelineReadings(s.text, reader, sctx)
        : reader.read(s.text, sctx);
    drafts.push(...proposeSentence(pctx, s, readings));
  }
  // a person's acts for the agent they act for need the whole article's offices (src/suggest/acting.ts)
  for (const d of actingFor(ctx, drafts)) {
    if (d.modalityFromSubject) later.push(d);
    else consider(d);
  }
  for (const d of later) {
    const settled = modalityFromSubject(d, [...best.values()], article.claims?.claims ?? []);
    if (settled) consider(settled);
  }
  const kept = [...best.values()].map(({ modalityFromSubject: _m, ...d }) => d).sort((a, b) => a.at - b.at || a.quote.length - b.quote.length || (statementKey(a, axioms) < statementKey(b, axioms) ? -1 : 1));
  const taken = new Set(article.claims?.claims.map((c) => c.id) ?? []);
  const claims: ProposedClaim[] = kept.map(({ newEntities: _n, at: _a, ...d }) => ({ id: proposalId(d, taken), ...d }));
  const entities = uniqueEntities(kept.flatMap((d) => d.newEntities), project);
  return {
    article: articleId,
    sentences: { read, skippedCurated: skipped, total: sentences.filter((s) => READ_KINDS.has(s.kind)).length },
    claims, entities, dropped, reader: reader.name,
  };
}

/**
 * A proposal whose words say nothing of modality (a name that states a route) with the modality
 * the article's other statements about its subject have (proposals, and the curated claims the
 * article already has): one modality among them, or "stated" when there are none; nothing when
 * they disagree.
 */
function modalityFromSubject(d: DraftClaim, others: DraftClaim[], curated: ReadonlyArray<{ subject: unknown; modality?: string }>): DraftClaim | undefined {
  const same = [...others.filter((o) => o.subject === d.subject && !o.modalityFromSubject), ...curated.filter((c) => c.subject === d.subject)];
  const modalities = new Set(same.map((o) => o.modality ?? 'stated'));
  if (modalities.size > 1) return undefined;
  const modality = (modalities.size ? [...modalities][0]! : 'stated') as DraftClaim['modality'];
  const why = same.length ? `; modality ${modality}, as the article's ${same.length} other statement(s) about ${String(d.subject)} have it` : '; no other statement about it in the article: stated';
  return { ...d, modality, why: d.why + why };
}

function uniqueEntities(list: DraftEntity[], project: Project): ProposedEntity[] {
  const out = new Map<string, ProposedEntity>();
  for (const e of list) {
    if (project.entities.has(e.id) || out.has(e.id)) continue;
    out.set(e.id, e);
  }
  return [...out.values()];
}

function proposeContext(project: Project, ctx: CheckContext, text: string): ProposeContext {
  const cls = (iri: string | undefined): string | undefined => (iri?.startsWith(NS.cg) ? iri.slice(NS.cg.length) : undefined);
  const prop = (p: string): string => ctx.axioms.properties.get(p) ?? '';
  return {
    ontology: project.ontology,
    entities: project.entities,
    text,
    domainOf: (p) => cls(ctx.axioms.domain.get(prop(p))),
    rangeOf: (p) => cls(ctx.axioms.range.get(prop(p))),
  };
}
