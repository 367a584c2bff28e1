/**
 * meta.yaml of an article: hash, title, author, editor, stated comment count, publication date
 * (or an explicit `undated`), url, and segment hints. Every error names the file and line.
 */
import { ClaimgraphError } from '../errors.js';
import { SEGMENT_KINDS, type SegmentKind, type SegmentMark } from '../source/index.js';
import { isMap, isSeq, mapEntries, parseYaml, readYaml, scalarString, type YamlFile } from '../claims/yaml.js';
import type { ArticleMeta } from './types.js';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const HINT_KEYS = ['byline', 'commentsHeader', 'boilerplate'] as const;

/**
 * Reads and checks an article's meta.yaml. `datePublished` (or the older `published`) is
 * required unless `undated: true` says the text gives no date.
 *
 * @example
 * ```ts
 * const meta = loadMeta('graph/articles/freedonia-vote/meta.yaml', 'graph/articles/freedonia-vote/meta.yaml');
 * meta.datePublished; // '2011-03-04'
 * ```
 */
export function loadMeta(path: string, file: string): ArticleMeta {
  return metaFromYaml(readYaml(path, file), file);
}

/**
 * Parses and checks meta.yaml text already read (see {@link loadMeta}).
 *
 * @example
 * ```ts
 * parseMeta(readFileSync(path, 'utf8'), 'graph/articles/freedonia-vote/meta.yaml').sha256;
 * ```
 */
export function parseMeta(src: string, file: string): ArticleMeta {
  return metaFromYaml(parseYaml(src, file), file);
}

function metaFromYaml(y: YamlFile, file: string): ArticleMeta {
  const meta: ArticleMeta = {
    id: '', sha256: '', title: '', author: '', datePublished: null, undated: false, notBefore: null, notAfter: null,
    url: null, segments: {}, file, sha256Line: 1, lines: {},
  };
  let count: string | undefined;
  const nullable = (s: string | undefined): string | null => (s && s !== 'null' && s !== '~' ? s : null);
  let dateKey = 'datePublished';
  for (const [k, kn, v] of mapEntries(y.root)) {
    const s = scalarString(v);
    meta.lines[k] = y.line(kn);
    switch (k) {
      case 'id': meta.id = s ?? ''; break;
      case 'sha256': meta.sha256 = (s ?? '').toLowerCase(); meta.sha256Line = y.line(kn); break;
      case 'title': meta.title = s ?? ''; break;
      case 'author': meta.author = nullable(s) ?? ''; break;
      case 'published': case 'datePublished': meta.datePublished = nullable(s); dateKey = k; break;
      case 'undated': meta.undated = s === 'true'; break;
      case 'notBefore': meta.notBefore = nullable(s); break;
      case 'notAfter': meta.notAfter = nullable(s); break;
      case 'url': meta.url = nullable(s); break;
      case 'type': meta.type = s; break;
      case 'editor': if (nullable(s)) meta.editor = nullable(s)!; break;
      case 'editorStated': meta.editorStated = s; break;
      case 'commentCount': count = nullable(s) ?? undefined; break;
      case 'commentCountStated': meta.commentCountStated = s; break;
      case 'segments': readHints(y, v, meta, file); break;
      default:
        throw new ClaimgraphError('CLAIMS_INVALID', `unknown key \`${k}\` in meta.yaml (expected id, sha256, title, author, editor, editorStated, commentCount, commentCountStated, datePublished, undated, notBefore, notAfter, url, type, segments)`, { file, line: y.line(kn) });
    }
  }
  const at = (k: string): { file: string; line: number } => ({ file, line: meta.lines[k] ?? 1 });
  if (!/^[0-9a-f]{64}$/.test(meta.sha256)) throw new ClaimgraphError('CLAIMS_INVALID', 'meta.yaml needs `sha256:` (64 hex digits)', { file, line: meta.sha256Line });
  if (meta.datePublished !== null && !DATE.test(meta.datePublished)) {
    throw new ClaimgraphError('CLAIMS_INVALID', `${dateKey} must be a date YYYY-MM-DD, not ${JSON.stringify(meta.datePublished)}`, at(dateKey));
  }
  if (meta.datePublished === null && !meta.undated) {
    throw new ClaimgraphError('CLAIMS_INVALID', 'meta.yaml needs `datePublished: YYYY-MM-DD` (a claim is made at its source\'s date), or `undated: true` when the text gives no date', at(dateKey in meta.lines ? dateKey : 'id'));
  }
  if (meta.datePublished !== null && meta.undated) throw new ClaimgraphError('CLAIMS_INVALID', '`undated: true` and a `datePublished` exclude each other', at('undated'));
  for (const k of ['notBefore', 'notAfter'] as const) {
    const v = meta[k];
    if (v === null) continue;
    if (!DATE.test(v)) throw new ClaimgraphError('CLAIMS_INVALID', `${k} must be a date YYYY-MM-DD, not ${JSON.stringify(v)}`, at(k));
    if (!meta.undated) throw new ClaimgraphError('CLAIMS_INVALID', `${k} bounds the date of an undated article: it needs \`undated: true\``, at(k));
  }
  // the page's own words back each of these facts: a value without them is uncitable
  if (count !== undefined) {
    if (!/^\d{1,9}$/.test(count)) throw new ClaimgraphError('CLAIMS_INVALID', `commentCount must be a whole number of comments (0 or more), not ${JSON.stringify(count)}`, at('commentCount'));
    meta.commentCount = Number(count);
  }
  for (const [k, stated] of [['editor', 'editorStated'], ['commentCount', 'commentCountStated']] as const) {
    const has = k === 'editor' ? meta.editor !== undefined : meta.commentCount !== undefined;
    const quote = meta[stated];
    if (has && !quote?.trim()) throw new ClaimgraphError('CLAIMS_INVALID', `${k} needs \`${stated}:\` (the words of the page that state it, quoted from article.txt)`, at(k));
    if (!has && quote !== undefined) throw new ClaimgraphError('CLAIMS_INVALID', `${stated} quotes the page for \`${k}:\`, which is missing`, at(stated));
  }
  if (meta.notBefore && meta.notAfter && meta.notBefore > meta.notAfter) throw new ClaimgraphError('CLAIMS_INVALID', 'notBefore is after notAfter', at('notBefore'));
  return meta;
}

function readHints(y: YamlFile, node: unknown, meta: ArticleMeta, file: string): void {
  if (node === null || node === undefined) return;
  if (!isMap(node)) throw new ClaimgraphError('CLAIMS_INVALID', '`segments:` must be a mapping', { file, line: y.line(node) });
  for (const [hk, hkn, hv] of mapEntries(node)) {
    if ((HINT_KEYS as readonly string[]).includes(hk)) {
      meta.segments[hk as (typeof HINT_KEYS)[number]] = scalarString(hv);
      continue;
    }
    if (hk !== 'marks') {
      throw new ClaimgraphError('CLAIMS_INVALID', `unknown segment hint \`${hk}\` (expected byline, commentsHeader, boilerplate, marks)`, { file, line: y.line(hkn) });
    }
    if (!isSeq(hv)) throw new ClaimgraphError('CLAIMS_INVALID', '`segments.marks` must be a list of `{ kind: starts-quote }` entries', { file, line: y.line(hkn) });
    const marks: SegmentMark[] = [];
    for (const item of hv.items) {
      const entries = isMap(item) ? mapEntries(item) : [];
      const [kind, , quote] = entries[0] ?? [];
      const starts = scalarString(quote);
      if (entries.length !== 1 || !kind || !starts) {
        throw new ClaimgraphError('CLAIMS_INVALID', 'each segment mark is `- KIND: "first words of the segment"`', { file, line: y.line(item) });
      }
      if (!(SEGMENT_KINDS as readonly string[]).includes(kind)) {
        throw new ClaimgraphError('CLAIMS_INVALID', `unknown segment kind \`${kind}\` (expected ${SEGMENT_KINDS.join(', ')})`, { file, line: y.line(item) });
      }
      marks.push({ kind: kind as SegmentKind, starts, line: y.line(item) } as SegmentMark);
    }
    meta.segments.marks = marks;
  }
}
