/**
 * The corpus stage: `add`, the incremental streaming build, cross-article conflicts, and the
 * synthetic corpora of the benchmark.
 *
 * @example
 * ```ts
 * import { addArticle, generateCorpus } from 'claimgraph';
 * addArticle({ dir: '.', file: 'freedonia-votes.txt' });
 * generateCorpus({ dir: '/tmp/corpus', articles: 10, projectRoot: '.' });
 * ```
 */
export { generateCorpus } from './generate.js';
export { addArticle, articleIdFromTitle, claimsSkeleton, listArticleIds, ARTICLES_DIR } from './add.js';
export { findConflicts, readPropertyAxioms, loadPropertyAxioms, loadBuiltGraph } from './conflicts.js';
export { buildCorpus, CACHE_DIR } from './build.js';
export { builtGraphCurrent } from './current.js';
export { buildProgressBar } from './progress.js';
export type { ProgressReporter } from './progress.js';
export type { QuadSource } from './conflicts.js';
export type * from './types.js';
