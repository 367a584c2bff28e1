/**
 * Corpus commands: `add` (register an article for curation) and `conflicts` (claims that cannot
 * all be true, across articles, with both sides cited).
 */
import type { Command } from 'commander';
import { ERROR_CODES } from '../../errors.js';
import { ClaimgraphError } from '../../errors.js';
import { addArticle } from '../../corpus/add.js';
import { findConflicts, loadBuiltGraph, loadPropertyAxioms } from '../../corpus/conflicts.js';
import type { ConflictReport } from '../../corpus/types.js';
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
    .option('--published <date>', 'publication date, YYYY-MM-DD')
    .option('--url <url>', 'where the article was published')
    .option('--format <format>', 'report format: text or json', 'text')
    .addHelpText('after', '\nExample:\n  $ claimgraph add ~/news/freedonia-votes.txt --author jane-doe --published 2015-11-03\n  then curate graph/articles/<id>/claims.yaml and run `claimgraph build`.\n')
    .action(function (this: Command, file: string, opts: { id?: string; title?: string; author?: string; published?: string; url?: string; format: string }) {
      const dir = projectDir(this, io);
      const added = addArticle({ dir, cwd: io.cwd, file, id: opts.id, title: opts.title, author: opts.author, published: opts.published, url: opts.url });
      if (opts.format === 'json') {
        io.stdout.write(`${JSON.stringify(added, null, 2)}\n`);
      } else {
        io.stdout.write(`added article ${added.id}: ${added.segments} segments, ${added.sentences} sentences (${added.bodySentences} body, ${added.commentSentences} comment)\n`);
        for (const f of added.files) io.stdout.write(`  ${f}\n`);
        io.stdout.write(`next: curate ${added.files[2]}, then run \`claimgraph build\`\n`);
      }
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
  if (!report.conflicts.length) return `no conflicts among ${report.claims} claims\n`;
  const out: string[] = [`${report.conflicts.length} conflict(s) among ${report.claims} claims (${report.conflicts.filter((c) => c.crossArticle).length} across articles)`, ''];
  report.conflicts.forEach((c, i) => {
    const what = c.kind === 'polarity'
      ? `${short(c.subject)} ${short(c.property)} ${short(c.object)}: stated and denied`
      : c.kind === 'functional'
        ? `${short(c.subject)} ${short(c.property)}: ${c.sides.length} different values (single-valued property)`
        : `${short(c.property)} ${short(c.object)}: ${c.sides.length} different subjects (one allowed)`;
    out.push(`${i + 1}. [${c.kind}${c.crossArticle ? ', across articles' : ''}] ${what}`);
    for (const s of c.sides) {
      out.push(`   ${s.polarity.endsWith('Negative') ? 'NOT ' : ''}${short(s.subject)} ${short(s.predicate)} ${short(s.object)}  (${short(s.modality)}; ${short(s.claim)})`);
      for (const sent of s.sentences) out.push(`     ${short(sent.article)} ${sent.id} [${sent.begin}-${sent.end}]: ${sent.text}`);
    }
    out.push('');
  });
  return out.join('\n');
}
