/**
 * Corpus commands: `add` (register an article for curation) and `conflicts` (claims that cannot
 * all be true, across articles, with both sides cited).
 */
import type { Command } from 'commander';
import { ERROR_CODES } from '../../errors.js';
import { ClaimgraphError } from '../../errors.js';
import { addArticle } from '../../corpus/add.js';
import { findConflicts, loadBuiltGraph, loadPropertyAxioms } from '../../corpus/conflicts.js';
import type { AddedArticle, ConflictReport } from '../../corpus/types.js';
import type { CliIO } from '../types.js';
import { CommandExit, projectDir } from '../index.js';

/**
 * Registers `add` and `conflicts`.
 *
 * @example
 * ```ts
 * register(program, io); // then: claimgraph add story.txt --author jane-doe
 * ```
 */
export function register(program: Command, io: CliIO): void {
  program
    .command('add')
    .description('register an article: store its text unchanged with its hash, segment it, and write a claims.yaml skeleton listing its sentences')
    .argument('<article>', 'the article text file (UTF-8)')
    .option('--id <id>', 'article id (default: from the title or headline)')
    .option('--title <title>', 'title (default: the headline)')
    .option('--author <entity-id>', 'author, an entity id of graph/entities.yaml')
    .option('--published <date>', 'publication date, YYYY-MM-DD (default: the date of the text\'s dateline)')
    .option('--undated', 'the article has no date (needed when neither --published nor a dateline gives one)')
    .option('--url <url>', 'where the article was published')
    .option('--format <format>', 'report format: text or json', 'text')
    .addHelpText('after', '\nIt prints what it found per segment kind (headline, dateline, byline, body, comments, boilerplate)\nand warns where the layout was unclear; mark segments in meta.yaml (segments.marks) to correct it.\n\nExample:\n  $ claimgraph add ~/news/freedonia-votes.txt --author jane-doe --published 2015-11-03\n  then curate graph/articles/<id>/claims.yaml and run `claimgraph build`.\n')
    .action(function (this: Command, file: string, opts: { id?: string; title?: string; author?: string; published?: string; undated?: boolean; url?: string; format: string }) {
      if (opts.format !== 'text' && opts.format !== 'json') throw new ClaimgraphError('USAGE', `unknown format "${opts.format}" (text or json)`);
      const dir = projectDir(this, io);
      const added = addArticle({ dir, cwd: io.cwd, file, id: opts.id, title: opts.title, author: opts.author, published: opts.published, undated: opts.undated, url: opts.url });
      io.stdout.write(opts.format === 'json' ? `${JSON.stringify(added, null, 2)}\n` : formatAdded(added));
      for (const w of added.warnings) io.stderr.write(`warning: ${w}\n`);
    });

  program
    .command('conflicts')
    .description('list claims that conflict (said and denied, or two values of a single-valued property), each side with its sentences; exits 60 when there are conflicts')
    .option('--format <format>', 'text or json', 'text')
    .option('--cross-article', 'only conflicts whose sides come from different articles')
    .addHelpText('after', '\nExit status: 0 when no conflict, 60 (CORPUS_CONFLICT) when conflicts were found.\n\nExample:\n  $ claimgraph conflicts --format json\n')
    .action(function (this: Command, opts: { format: string; crossArticle?: boolean }) {
      if (opts.format !== 'text' && opts.format !== 'json') throw new ClaimgraphError('USAGE', `unknown format "${opts.format}" (text or json)`);
      const dir = projectDir(this, io);
      const report = findConflicts(loadBuiltGraph(dir), loadPropertyAxioms(dir));
      const shown: ConflictReport = opts.crossArticle
        ? { ...report, conflicts: report.conflicts.filter((c) => c.crossArticle) }
        : report;
      io.stdout.write(opts.format === 'json' ? `${JSON.stringify(shown, null, 2)}\n` : formatConflicts(shown));
      if (shown.conflicts.length) throw new CommandExit(ERROR_CODES.CORPUS_CONFLICT);
    });
}

/**
 * What `add` found, per segment kind, and what to do next.
 *
 * @example
 * ```ts
 * io.stdout.write(formatAdded(addArticle({ dir: '.', file: 'story.txt', published: '2015-11-03' })));
 * ```
 */
export function formatAdded(a: AddedArticle): string {
  const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
  const out = [`added article ${a.id}: ${plural(a.segments, 'segment')}, ${plural(a.sentences, 'sentence')}`];
  const row = (label: string, k: keyof AddedArticle['kinds'], extra = ''): void => {
    const c = a.kinds[k];
    out.push(`  ${label.padEnd(12)} ${plural(c.segments, 'segment').padEnd(12)} ${extra ? plural(c.sentences, 'sentence').padEnd(13) + extra : plural(c.sentences, 'sentence')}`);
  };
  row('headline', 'headline', `  ${a.title}`);
  row('dateline', 'dateline', a.dateFrom === 'dateline' ? `  datePublished ${a.datePublished} (from the dateline)` : a.dateFrom === 'option' ? `  datePublished ${a.datePublished} (--published)` : '  undated');
  row('byline', 'byline', a.byline ? `  ${a.byline}` : '  none: the author is unidentified unless --author names them');
  row('body', 'body');
  row('comment-meta', 'comment-meta', '  (comments heading and comment headers)');
  const announced = a.announcedComments !== undefined ? `, ${a.announcedComments} announced` : '';
  row('comment', 'comment', `  ${plural(a.comments.length, 'comment')}${announced}`);
  for (const c of a.comments) out.push(`      comment ${c.number}: ${c.author ?? 'unnamed reader'}${c.dateTime ? `, ${c.dateTime}` : ', no date'}, ${plural(c.sentences, 'sentence')}`);
  row('boilerplate', 'boilerplate', '  (no claims come from it)');
  for (const f of a.files) out.push(`  wrote ${f}`);
  out.push(`next: curate ${a.files[2]} (its comments list every sentence), then run \`claimgraph build\``);
  return out.join('\n') + '\n';
}

const SHORT: [string, string][] = [
  ['https://w3id.org/claimgraph/ontology#', 'cg:'],
  ['https://w3id.org/claimgraph/resource/', 'cgr:'],
  ['https://w3id.org/claimgraph/article/', 'cga:'],
  ['https://w3id.org/claimgraph/claim/', 'cgc:'],
];

function short(iri: string | undefined): string {
  if (iri === undefined) return '?';
  for (const [ns, p] of SHORT) if (iri.startsWith(ns)) return p + iri.slice(ns.length);
  return iri;
}

/**
 * Human-readable conflict report: one block per conflict, each side with its sentences.
 *
 * @example
 * ```ts
 * io.stdout.write(formatConflicts(findConflicts(store, axioms)));
 * ```
 */
export function formatConflicts(report: ConflictReport): string {
  const out: string[] = [];
  const sideLines = (s: ConflictReport['conflicts'][number]['sides'][number], indent: string): void => {
    out.push(`${indent}${s.polarity.endsWith('Negative') ? 'NOT ' : ''}${short(s.subject)} ${short(s.predicate)} ${short(s.object)}  (${short(s.modality)}; said ${s.date || 'undated'}; ${short(s.claim)})`);
    for (const sent of s.sentences) out.push(`${indent}  ${sent.articleId} (${sent.date}) ${sent.id} [${sent.begin}-${sent.end}]: ${sent.text}`);
  };
  if (!report.conflicts.length) out.push(`no conflicts among ${report.claims} claims`);
  else out.push(`${report.conflicts.length} conflict(s) among ${report.claims} claims (${report.conflicts.filter((c) => c.crossArticle).length} across articles), each side in date order`, '');
  report.conflicts.forEach((c, i) => {
    const what = c.kind === 'polarity'
      ? `${short(c.subject)} ${short(c.property)} ${short(c.object)}: stated and denied`
      : c.kind === 'functional'
        ? `${short(c.subject)} ${short(c.property)}: ${c.sides.length} different values (single-valued property)`
        : `${short(c.property)} ${short(c.object)}: ${c.sides.length} different subjects (one allowed)`;
    out.push(`${i + 1}. [${c.kind}${c.crossArticle ? ', across articles' : ''}] ${what}`);
    for (const s of c.sides) sideLines(s, '   ');
    out.push('');
  });
  if (report.expectations.length) {
    if (!report.conflicts.length) out.push('');
    out.push(`${report.expectations.length} expectation(s) a later source speaks to (not conflicts):`, '');
    report.expectations.forEach((e, i) => {
      out.push(`${i + 1}. [${e.status}] ${e.note}`);
      out.push('   expected:');
      sideLines(e.expected, '     ');
      out.push('   later:');
      sideLines(e.later, '     ');
      out.push('');
    });
  }
  return out.join('\n').replace(/\n*$/, '\n');
}
