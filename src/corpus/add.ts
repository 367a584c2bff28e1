/**
 * `claimgraph add`: registers a new article in a project, ready for curation.
 *
 * The text is stored byte for byte (the graph's offsets and hash are about the original bytes);
 * the claims file is a skeleton whose comments list the sentences a curator can quote, so that
 * nobody copies sentence text by hand.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { ClaimgraphError } from '../errors.js';
import { SEGMENT_KINDS, segmentText, sha256Hex } from '../source/index.js';
import type { Sentence } from '../source/index.js';
import type { AddArticleOptions, AddedArticle } from './types.js';

/** Where articles live inside a project. */
export const ARTICLES_DIR = join('graph', 'articles');

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A stable article id from a title: lowercase ASCII words joined by `-`, at most 60 characters.
 *
 * @example
 * ```ts
 * articleIdFromTitle('Freedonia’s New Deal – Analysis'); // 'freedonia-s-new-deal-analysis'
 * ```
 */
export function articleIdFromTitle(title: string): string {
  const s = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, 60).replace(/-+$/, '') || 'article';
}

/**
 * Adds an article to the project in `opts.dir`: `graph/articles/<id>/article.txt` (the bytes
 * unchanged), `meta.yaml` (hash, title, author, date, url) and a `claims.yaml` skeleton listing
 * every headline, body and comment sentence by id as comments, with `claims: []` (builds as is).
 * Refuses to overwrite an existing article (`ARTICLE_EXISTS`). The folder appears atomically.
 *
 * @example
 * ```ts
 * const added = addArticle({ dir: '.', file: 'freedonia-votes.txt', author: 'jane-doe', published: '2015-11-03' });
 * console.log(added.id, added.bodySentences); // 'freedonia-votes', 12
 * ```
 */
export function addArticle(opts: AddArticleOptions): AddedArticle {
  const source = resolve(opts.cwd ?? opts.dir, opts.file);
  if (!existsSync(source)) throw new ClaimgraphError('SOURCE_NOT_FOUND', `article file not found: ${opts.file}`, { file: opts.file });
  const bytes = readFileSync(source);
  const text = bytes.toString('utf8');
  if (Buffer.compare(Buffer.from(text, 'utf8'), bytes) !== 0) {
    throw new ClaimgraphError('CLAIMS_INVALID', 'article text is not valid UTF-8', { file: opts.file });
  }
  if (text.trim() === '') throw new ClaimgraphError('CLAIMS_INVALID', 'article text is empty', { file: opts.file });
  const { segments, sentences, warnings: layoutWarnings, announcedComments } = segmentText(text);
  const headline = segments.find((s) => s.kind === 'headline')?.text.replace(/\s+/g, ' ').trim();
  const title = opts.title ?? headline ?? basename(source).replace(/\.[^.]*$/, '');
  const id = opts.id ?? articleIdFromTitle(opts.title ?? headline ?? basename(source).replace(/\.[^.]*$/, ''));
  if (!ID_RE.test(id)) {
    throw new ClaimgraphError('USAGE', `bad article id "${id}": use lowercase letters, digits and single hyphens`);
  }
  if (opts.published != null && !(DATE_RE.test(opts.published) && !Number.isNaN(Date.parse(opts.published)))) {
    throw new ClaimgraphError('USAGE', `bad --published date "${opts.published}": use YYYY-MM-DD`);
  }
  if (opts.author != null && !ID_RE.test(opts.author)) {
    throw new ClaimgraphError('USAGE', `bad --author "${opts.author}": give the author's entity id from graph/entities.yaml`);
  }
  // what build needs: a date (given, or the dateline's, or explicitly none)
  const dateline = segments.find((s) => s.kind === 'dateline');
  const datePublished = opts.published ?? (opts.undated ? null : dateline?.date ?? null);
  const dateFrom: AddedArticle['dateFrom'] = opts.published ? 'option' : opts.undated ? 'undated' : dateline?.date ? 'dateline' : 'undated';
  const articlesDir = join(opts.dir, ARTICLES_DIR);
  const target = join(articlesDir, id);
  if (existsSync(target)) {
    throw new ClaimgraphError('ARTICLE_EXISTS', `article "${id}" already exists; choose another --id or remove the folder first`, { file: join(ARTICLES_DIR, id) });
  }
  const sha256 = sha256Hex(bytes);
  for (const other of listArticleIds(opts.dir)) {
    const metaFile = join(articlesDir, other, 'meta.yaml');
    if (existsSync(metaFile) && readFileSync(metaFile, 'utf8').includes(sha256)) {
      throw new ClaimgraphError('ARTICLE_EXISTS', `the same text is already article "${other}"`, { file: join(ARTICLES_DIR, other, 'article.txt') });
    }
  }
  if (datePublished === null && !opts.undated) {
    throw new ClaimgraphError('USAGE', 'the text gives no date (no dateline found): give --published YYYY-MM-DD, or --undated if the article has no date (a claim is made at its source\'s date)');
  }
  const byline = segments.filter((s) => s.kind === 'byline').map((s) => s.text.replace(/\s+/g, ' ')).join(' / ') || undefined;
  const meta = metaYaml({
    id, sha256, title, author: opts.author ?? null, datePublished, undated: datePublished === null, url: opts.url ?? null,
  }, { byline, dateFrom, dateline: dateline?.text });
  const tmp = join(articlesDir, `.${id}.tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    writeFileSync(join(tmp, 'article.txt'), bytes);
    writeFileSync(join(tmp, 'meta.yaml'), meta);
    writeFileSync(join(tmp, 'claims.yaml'), claimsSkeleton(id, title, sentences));
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw new ClaimgraphError('IO', `cannot write ${target}: ${(err as Error).message}`, { file: target }, { cause: err });
  }
  const metaPath = join(ARTICLES_DIR, id, 'meta.yaml');
  const warnings = layoutWarnings.map((w) => `${opts.file}:${w.line}: ${w.message}`);
  if (!opts.author) {
    warnings.push(`no --author: the claims will be asserted by an unidentified author${byline ? ` (byline: ${byline})` : ''}; set \`author:\` in ${metaPath} to an entity id to name them`);
  }
  if (opts.author && !entityDeclared(opts.dir, opts.author)) {
    warnings.push(`author "${opts.author}" is not declared in graph/entities.yaml; add it before building`);
  }
  if (dateFrom === 'undated') warnings.push(`undated: the claims carry no date; set \`datePublished:\` in ${metaPath} if you learn it`);
  const count = (kind: string): number => sentences.filter((s) => s.kind === kind).length;
  const kinds = Object.fromEntries(SEGMENT_KINDS.map((k) => [k, { segments: segments.filter((s) => s.kind === k).length, sentences: count(k) }])) as AddedArticle['kinds'];
  const comments = segments.filter((s) => s.kind === 'comment-meta' && s.commentNumber !== undefined).map((h) => ({
    number: h.commentNumber!, ...(h.author ? { author: h.author } : {}), ...(h.dateTime ? { dateTime: h.dateTime } : {}),
    sentences: sentences.filter((x) => x.kind === 'comment' && segments.find((g) => g.id === x.segmentId)?.commentNumber === h.commentNumber).length,
  }));
  // comments without a header line
  for (const c of segments.filter((s) => s.kind === 'comment')) {
    if (!comments.some((x) => x.number === c.commentNumber)) {
      comments.push({ number: c.commentNumber!, sentences: sentences.filter((x) => x.segmentId === c.id).length });
    }
  }
  return {
    id,
    dir: target,
    sha256,
    title,
    datePublished,
    dateFrom,
    ...(byline ? { byline } : {}),
    segments: segments.length,
    sentences: sentences.length,
    bodySentences: count('body'),
    commentSentences: count('comment'),
    kinds,
    comments,
    ...(announcedComments !== undefined ? { announcedComments } : {}),
    files: ['article.txt', 'meta.yaml', 'claims.yaml'].map((f) => join(ARTICLES_DIR, id, f)),
    warnings,
  };
}

/** meta.yaml of a new article, with comments saying where each value came from. */
function metaYaml(
  m: { id: string; sha256: string; title: string; author: string | null; datePublished: string | null; undated: boolean; url: string | null },
  from: { byline?: string; dateFrom: AddedArticle['dateFrom']; dateline?: string },
): string {
  const v = (x: unknown): string => stringify(x, { lineWidth: 0 }).trimEnd();
  const lines = [
    '# Article metadata. Format: docs/DESIGN.md ("meta.yaml").',
    `id: ${v(m.id)}`,
    `sha256: ${v(m.sha256)}`,
    `title: ${v(m.title)}`,
    m.author
      ? `author: ${v(m.author)}`
      : `author: null   # unidentified${from.byline ? ` (byline: ${from.byline.replace(/#/g, '')})` : ''}: set an entity id of graph/entities.yaml to name the author`,
    m.undated
      ? 'undated: true   # the text gives no date; set datePublished: YYYY-MM-DD when known'
      : `datePublished: ${m.datePublished}${from.dateFrom === 'dateline' ? `   # from the dateline "${(from.dateline ?? '').replace(/[#"]/g, '')}"` : ''}`,
    `url: ${v(m.url)}`,
    '',
  ];
  return lines.join('\n');
}

/**
 * Ids of the articles of a project (folder names under graph/articles), sorted.
 *
 * @example
 * ```ts
 * listArticleIds('.'); // ['acme-merger-2015', ...]
 * ```
 */
export function listArticleIds(dir: string): string[] {
  const folder = join(dir, ARTICLES_DIR);
  if (!existsSync(folder)) return [];
  return readdirNames(folder).filter((n) => ID_RE.test(n) && existsSync(join(folder, n, 'article.txt'))).sort();
}

function readdirNames(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

function entityDeclared(dir: string, id: string): boolean {
  const file = join(dir, 'graph', 'entities.yaml');
  if (!existsSync(file)) return false;
  const escaped = id.replace(/[-]/g, '\\-');
  return new RegExp(`^\\s*-?\\s*id:\\s*["']?${escaped}["']?\\s*$`, 'm').test(readFileSync(file, 'utf8'));
}

/** One comment line per sentence; newlines inside a sentence would end the YAML comment. */
function commentLine(s: Sentence): string {
  return `#   ${s.id}: ${s.text.replace(/\s*\r?\n\s*/g, ' ')}`;
}

/**
 * The claims.yaml skeleton of a new article: instructions, the quotable sentences as comments,
 * `claims: []`, and a commented example entry.
 *
 * @example
 * ```ts
 * claimsSkeleton('freedonia-votes', 'Freedonia Votes', segmentText(text).sentences);
 * ```
 */
export function claimsSkeleton(id: string, title: string, sentences: Sentence[]): string {
  const section = (heading: string, kinds: string[]): string[] => {
    const list = sentences.filter((s) => kinds.includes(s.kind));
    return list.length ? [`# ${heading}:`, ...list.map(commentLine), '#'] : [];
  };
  const lines = [
    `# Claims of article ${id}: ${title.replace(/\s*\r?\n\s*/g, ' ')}`,
    '#',
    '# Each claim quotes an exact substring of ONE sentence below (it must occur once in the',
    '# article); the build finds it and computes the offsets. Format: docs/DESIGN.md, claims.yaml.',
    '# Claims quoted from a reader comment are asserted by the commenter, not the author.',
    '#',
    ...section('Headline, dateline, byline and body sentences (id: text): the article\'s own words', ['headline', 'dateline', 'byline', 'body']),
    ...section('Reader comment sentences', ['comment']),
    `article: ${id}`,
    'claims: []',
    '# Example entry (replace `claims: []` by a list of such entries):',
    '# claims:',
    '#   - id: freedonia-joins-acme',
    '#     quote: "exact words from one sentence"',
    '#     subject: freedonia',
    '#     predicate: memberOf',
    '#     object: acme',
    '#     polarity: positive      # or negative',
    '#     modality: stated        # expected | possible | pledged | perceived',
    '',
  ];
  return lines.join('\n');
}
