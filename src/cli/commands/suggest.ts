/**
 * `claimgraph suggest`: proposed claims for an article, and their review (accept, reject), and
 * the leave-one-article-out evaluation of the proposals against curated articles.
 */
import type { Command } from 'commander';
import { ClaimgraphError } from '../../errors.js';
import {
  acceptSuggestions, DEFAULT_MIN_CONFIDENCE, evaluateSuggestions, formatEvaluation, rejectSuggestions, suggestArticle,
  type ReviewResult, type SuggestReport,
} from '../../suggest/index.js';
import { statementOf } from '../../suggest/propose.js';
import { projectDir } from '../index.js';
import type { CliIO } from '../types.js';

interface SuggestOpts {
  all?: boolean;
  minConfidence?: number;
  accept?: string[];
  allAbove?: number;
  reject?: string[];
  dryRun?: boolean;
  evaluate?: boolean;
  format: string;
}

function confidence(name: string): (v: string) => number {
  return (v: string) => {
    const n = Number(v);
    if (!/^\s*\d*\.?\d+\s*$/.test(v) || !(n >= 0 && n <= 1)) throw new ClaimgraphError('USAGE', `${name} needs a confidence between 0 and 1, got ${JSON.stringify(v)}`);
    return n;
  };
}

/**
 * Registers `suggest`.
 *
 * @example
 * ```ts
 * register(program, io); // claimgraph suggest freedonia-votes; claimgraph suggest freedonia-votes --accept ID
 * ```
 */
export function register(program: Command, io: CliIO): void {
  program
    .command('suggest')
    .summary('propose claims for an article (quote-anchored), and review them')
    .description('read every headline, body and comment sentence of an article with the fact checker\'s reader and write proposed claims '
      + '(claims.yaml entries plus confidence and why) to graph/articles/<id>/claims.suggested.yaml; nothing enters the graph until accepted')
    .argument('[article]', 'article id (a folder of graph/articles)')
    .option('--all', 'also read sentences that curated claims already quote')
    .option('--min-confidence <c>', `leave out proposals below this confidence (default ${DEFAULT_MIN_CONFIDENCE})`, confidence('--min-confidence'))
    .option('--accept <id...>', 'move these proposals (claims or new entities) into claims.yaml / graph/entities.yaml')
    .option('--all-above <c>', 'accept every proposed claim with confidence >= c (and the new entities they need, if as confident)', confidence('--all-above'))
    .option('--reject <id...>', 'record these proposals as rejected (claims.rejected.yaml): they are not proposed again')
    .option('--dry-run', 'print the proposals without writing claims.suggested.yaml')
    .option('--evaluate', 'leave-one-article-out: for each curated article (or the one given), remove its claims, propose, and score against them')
    .option('-f, --format <format>', 'text or json', 'text')
    .addHelpText('after', `
Examples:
  $ claimgraph suggest freedonia-votes
  $ claimgraph suggest freedonia-votes --accept freedonia-member-of-league sylvania-not-member-of-league
  $ claimgraph suggest freedonia-votes --all-above 0.9
  $ claimgraph suggest freedonia-votes --reject sylvania-in-ruritania
  $ claimgraph suggest --evaluate
`)
    .action((article: string | undefined, opts: SuggestOpts, cmd: Command) => {
      if (opts.format !== 'text' && opts.format !== 'json') throw new ClaimgraphError('USAGE', `unknown --format ${JSON.stringify(opts.format)} (expected text, json)`);
      const dir = projectDir(cmd, io);
      const json = (x: unknown): void => void io.stdout.write(JSON.stringify(x, null, 2) + '\n');
      if (opts.evaluate) {
        const rows = evaluateSuggestions(dir, { articles: article ? [article] : undefined, minConfidence: opts.minConfidence });
        if (opts.format === 'json') json(rows);
        else io.stdout.write(formatEvaluation(rows, { details: true }));
        return;
      }
      if (!article) throw new ClaimgraphError('USAGE', 'suggest needs an article id (or --evaluate)');
      const reviewing = opts.accept || opts.allAbove !== undefined;
      if (reviewing && opts.reject) throw new ClaimgraphError('USAGE', '--reject cannot be combined with --accept or --all-above');
      if (reviewing || opts.reject) {
        const r = opts.reject
          ? rejectSuggestions(dir, article, opts.reject)
          : acceptSuggestions(dir, article, { ids: opts.accept, above: opts.allAbove });
        if (opts.format === 'json') json(r);
        else io.stdout.write(formatReview(r));
        return;
      }
      const report = suggestArticle(dir, article, { all: opts.all, minConfidence: opts.minConfidence, dryRun: opts.dryRun });
      if (opts.format === 'json') json(report);
      else io.stdout.write(formatReport(report, opts.minConfidence ?? DEFAULT_MIN_CONFIDENCE));
    });
}

function formatReview(r: ReviewResult): string {
  const lines: string[] = [];
  const list = (xs: string[]): string => xs.join(', ');
  if (r.accepted.length) lines.push(`accepted ${r.accepted.length} claim${r.accepted.length === 1 ? '' : 's'} into graph/articles/${r.article}/claims.yaml: ${list(r.accepted)}`);
  if (r.acceptedEntities.length) lines.push(`accepted ${r.acceptedEntities.length} new entit${r.acceptedEntities.length === 1 ? 'y' : 'ies'} into graph/entities.yaml: ${list(r.acceptedEntities)}`);
  if (r.rejected.length) lines.push(`rejected ${r.rejected.length} (recorded in graph/articles/${r.article}/claims.rejected.yaml): ${list(r.rejected)}`);
  if (!r.accepted.length && !r.acceptedEntities.length && !r.rejected.length) lines.push('nothing accepted (no pending proposal matched)');
  lines.push(`${r.pending} proposal${r.pending === 1 ? '' : 's'} still pending${r.accepted.length ? '; run `claimgraph build` to put the accepted claims in the graph' : ''}`);
  return lines.join('\n') + '\n';
}

function formatReport(r: SuggestReport, min: number): string {
  const lines = [
    `read ${r.sentences.read} of ${r.sentences.total} sentences of ${r.article}${r.sentences.skippedCurated ? ` (${r.sentences.skippedCurated} skipped: curated claims quote them; --all reads them too)` : ''}`,
    `proposed ${r.claims.length} claim${r.claims.length === 1 ? '' : 's'} and ${r.entities.length} new entit${r.entities.length === 1 ? 'y' : 'ies'}${r.file ? ` -> ${r.file}` : r.claims.length || r.entities.length ? ' (dry run: nothing written)' : ' (nothing to review: no file written)'}`,
  ];
  const width = Math.max(0, ...r.claims.map((c) => c.id.length));
  for (const c of r.claims) {
    lines.push(`  ${c.confidence.toFixed(2)}  ${c.id.padEnd(width)}  ${statementOf(c)}  [${c.sentenceId}] "${c.quote}"${c.needs ? `  (needs ${c.needs.join(', ')})` : ''}`);
  }
  if (r.entities.length) {
    lines.push('new entities (names the graph cannot link):');
    for (const e of r.entities) lines.push(`  ${e.confidence.toFixed(2)}  ${e.id}  ${e.label} (cg:${e.type})  [${e.sentenceId}] "${e.quote}"`);
  }
  const d = r.dropped;
  const parts = [d.curated ? `${d.curated} already curated` : '', d.rejected ? `${d.rejected} rejected before` : '', d.lowConfidence ? `${d.lowConfidence} below confidence ${min}` : ''].filter(Boolean);
  if (parts.length) lines.push(`left out: ${parts.join(', ')}`);
  if (r.claims.length || r.entities.length) {
    lines.push(`next: review ${r.file ?? 'the proposals'}, then \`claimgraph suggest ${r.article} --accept ID...\` (or --all-above 0.9), \`--reject ID...\`, and \`claimgraph build\``);
  }
  return lines.join('\n') + '\n';
}
