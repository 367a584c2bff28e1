/**
 * Leave-one-article-out evaluation: for each curated article, its claims are removed, `suggest`
 * proposes, and the proposals are compared with the curated claims. A proposal matches a curated
 * claim when subject, predicate, object, polarity and modality agree (inverse and symmetric
 * properties read both ways, group specs compared as specs); qualifiers are scored separately.
 * A proposal a curated claim entails through rdfs:subPropertyOf ("the Freedonia-based bank" read
 * as `locatedIn` where the curator wrote `headquarteredIn`, a sub-property) is right but not the
 * curated statement: it counts for precision (`entailed`), not for recall.
 */
import { NS } from '../check/context.js';
import { ClaimgraphError } from '../errors.js';
import { loadProject, type Project } from '../graph/index.js';
import type { ClaimDef } from '../claims/index.js';
import { statementOf } from './propose.js';
import { sideKey, statementKey } from './keys.js';
import { prepareSuggest, suggestForArticle, type SuggestSetup } from './suggest.js';
import type { ArticleEvaluation, ProposedClaim, SuggestOptions } from './types.js';

/** Most claims of other articles set aside because they cannot stand without the left-out one. */
const MAX_SET_ASIDE = 50;

/**
 * Scores `suggest` on each curated article of the project in `dir` with that article's claims
 * removed (other articles, entities and ontology as they are).
 *
 * @example
 * ```ts
 * for (const e of evaluateSuggestions('.')) console.log(e.article, e.precision, e.recall);
 * ```
 */
export function evaluateSuggestions(dir: string, opts: { articles?: string[] } & Pick<SuggestOptions, 'minConfidence' | 'reader'> = {}): ArticleEvaluation[] {
  const project = loadProject(dir);
  const ids = opts.articles ?? project.articles.filter((a) => a.claims?.claims.length).map((a) => a.id);
  return ids.map((id) => evaluateOne(project, id, opts));
}

function evaluateOne(project: Project, id: string, opts: Pick<SuggestOptions, 'minConfidence' | 'reader'>): ArticleEvaluation {
  const started = performance.now();
  const curated = project.articles.find((a) => a.id === id)?.claims?.claims ?? [];
  const setup = setupWithout(project, id);
  const report = suggestForArticle(setup, id, { all: true, ignoreRejected: true, ...opts });
  const key = (c: Parameters<typeof statementKey>[0]): string => statementKey(c, setup.axioms);
  const open = new Map<string, ClaimDef[]>();
  for (const c of curated) open.set(key(c), [...(open.get(key(c)) ?? []), c]);
  const unmatched: ArticleEvaluation['unmatched'] = [];
  let matched = 0;
  let agree = 0;
  let compared = 0;
  for (const p of report.claims) {
    const hit = open.get(key(p))?.shift();
    if (!hit) {
      unmatched.push({ id: p.id, statement: statementOf(p), confidence: p.confidence, quote: p.quote });
      continue;
    }
    matched++;
    const q = qualifierAgreement(p, hit);
    agree += q.agree;
    compared += q.compared;
  }
  const entailed = unmatched.filter((u) => {
    const p = report.claims.find((c) => c.id === u.id)!;
    const subs = setup.ctx.axioms.subProperties.get(NS.cg + p.predicate);
    return subs !== undefined && curated.some((c) => subs.has(NS.cg + c.predicate) && key({ ...c, predicate: p.predicate }) === key(p));
  });
  const missed = [...open.values()].flat().map((c) => ({ id: c.id, statement: statementOf(c) }));
  return {
    article: id, curated: curated.length, proposed: report.claims.length, matched, entailed: entailed.length,
    precision: report.claims.length ? (matched + entailed.length) / report.claims.length : null,
    recall: curated.length ? matched / curated.length : null,
    qualifiers: { agree, compared }, unmatched, missed, ms: performance.now() - started,
  };
}

/**
 * The project without `id`'s claims. A claim of another article that cannot stand without them
 * (a group whose members only the left-out article names) is set aside, as a curator adding
 * the articles in another order would not have written it yet.
 */
function setupWithout(project: Project, id: string): SuggestSetup {
  let articles = project.articles.map((a) => (a.id === id && a.claims ? { ...a, claims: { ...a.claims, claims: [] } } : a));
  for (let i = 0; ; i++) {
    try {
      return prepareSuggest({ ...project, articles }, undefined);
    } catch (err) {
      const claim = err instanceof ClaimgraphError ? err.location.claim : undefined;
      const file = err instanceof ClaimgraphError ? err.location.file : undefined;
      const owner = articles.find((a) => a.claims?.file === file && a.claims?.claims.some((c) => c.id === claim));
      if (!owner || i >= MAX_SET_ASIDE) throw err;
      articles = articles.map((a) => (a === owner ? { ...a, claims: { ...a.claims!, claims: a.claims!.claims.filter((c) => c.id !== claim) } } : a));
    }
  }
}

/** Qualifiers of a matched pair: how many of the union agree. */
function qualifierAgreement(p: ProposedClaim, c: ClaimDef): { agree: number; compared: number } {
  const norm = (k: string, v: unknown): string => {
    if (k === 'amounts' || k === 'amount') {
      const list = (Array.isArray(v) ? v : [v]) as Array<{ value: unknown; currency: unknown }>;
      return list.map((a) => `${String(a.currency)}:${String(a.value)}`).sort().join(',');
    }
    return (Array.isArray(v) ? v.map((x) => sideKey(x)) : [sideKey(v)]).sort().join(',');
  };
  const keys = new Set([...Object.keys(p.qualifiers), ...Object.keys(c.qualifiers)].map((k) => (k === 'amount' ? 'amounts' : k)));
  let agree = 0;
  for (const k of keys) {
    const a = (p.qualifiers as Record<string, unknown>)[k];
    const b = c.qualifiers[k] ?? (k === 'amounts' ? c.qualifiers.amount : undefined);
    if (a !== undefined && b !== undefined && norm(k, a) === norm(k, b)) agree++;
  }
  return { agree, compared: keys.size };
}

/**
 * The evaluation as a text table (and the proposals that matched nothing, for review).
 *
 * @example
 * ```ts
 * process.stdout.write(formatEvaluation(evaluateSuggestions('.')));
 * ```
 */
export function formatEvaluation(rows: ArticleEvaluation[], opts: { details?: boolean } = {}): string {
  const pct = (x: number | null): string => (x === null ? '-' : `${(x * 100).toFixed(1)}%`);
  const head = ['article', 'curated', 'proposed', 'matched', 'entailed', 'precision', 'recall', 'qualifiers agree', 'time'];
  const body = rows.map((r) => [r.article, String(r.curated), String(r.proposed), String(r.matched), String(r.entailed), pct(r.precision), pct(r.recall),
    r.qualifiers.compared ? `${r.qualifiers.agree}/${r.qualifiers.compared}` : '-', `${(r.ms / 1000).toFixed(2)} s`]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [line(head), ...body.map(line)];
  if (opts.details) {
    for (const r of rows) {
      if (r.unmatched.length) out.push('', `${r.article}: proposals matching no curated claim`, ...r.unmatched.map((u) => `  ${u.confidence.toFixed(2)}  ${u.statement}  "${u.quote}"`));
      if (r.missed.length) out.push('', `${r.article}: curated claims not proposed`, ...r.missed.map((m) => `  ${m.id}: ${m.statement}`));
    }
  }
  return out.join('\n') + '\n';
}
