/**
 * The suggest stage: proposed claims for an article, anchored to exact quotes and reviewable.
 *
 * `suggestArticle` reads every headline, body and comment sentence with the fact checker's
 * reader and writes `graph/articles/<id>/claims.suggested.yaml` (claims.yaml entries plus
 * `confidence` and `why`, and the names it could not link as new entities); `acceptSuggestions`
 * moves proposals into claims.yaml, `rejectSuggestions` records them so they are not proposed
 * again. Nothing proposed is in the graph until accepted.
 *
 * @example
 * ```ts
 * import { suggestArticle, acceptSuggestions } from 'claimgraph';
 * const report = suggestArticle('.', 'freedonia-votes');
 * acceptSuggestions('.', 'freedonia-votes', { above: 0.9 });
 * ```
 */
import { articleFile, removeReviewFile, SUGGESTED_FILE, suggestedText, writeReviewFile } from './files.js';
import { setupFor } from './setup.js';
import { suggestForArticle } from './suggest.js';
import type { SuggestOptions, SuggestReport } from './types.js';

export type * from './types.js';
export { DEFAULT_MIN_CONFIDENCE, prepareSuggest, setupOver, suggestForArticle, type SuggestSetup } from './suggest.js';
export { setupFor } from './setup.js';
export { acceptSuggestions, rejectSuggestions, pendingSuggestions, reviewStats, formatReviewStats, type AcceptSelection } from './review.js';
export { readSuggested, readRejected, SUGGESTED_FILE, REJECTED_FILE } from './files.js';
export { checkParserReader } from './reader-check.js';
export { defaultReader } from './reader.js';
export { statementKey } from './keys.js';
export { evaluateSuggestions, formatEvaluation } from './evaluate.js';

/**
 * Proposes claims for an article of the project in `dir` and writes them to
 * `graph/articles/<id>/claims.suggested.yaml` (replacing earlier pending proposals; when it proposes
 * nothing, no file is written and an earlier one is removed).
 *
 * @example
 * ```ts
 * const r = suggestArticle('.', 'freedonia-votes', { all: true });
 * console.log(`${r.claims.length} proposals in ${r.file}`);
 * ```
 */
export function suggestArticle(dir: string, article: string, opts: SuggestOptions & { dryRun?: boolean } = {}): SuggestReport {
  const report = suggestForArticle(setupFor(dir, article), article, opts);
  if (opts.dryRun) return report;
  const file = articleFile(article, SUGGESTED_FILE);
  // Nothing proposed: earlier pending proposals are replaced by none, and no empty review file
  // is left for `build` and `stats` to list as pending.
  if (!report.claims.length && !report.entities.length) {
    removeReviewFile(dir, file);
    return report;
  }
  writeReviewFile(dir, file, suggestedText(article, report.claims, report.entities));
  return { ...report, file };
}
