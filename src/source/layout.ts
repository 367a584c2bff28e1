/**
 * The layout of a web article page: which blocks of its text are the headline, a dateline, the
 * byline, the body, reader comments (each with its header) and page boilerplate.
 *
 * The rules are generic (no article is known here) and line based: blocks are separated by blank
 * lines; a rule looks at one line and at where it stands (before the body, in it, in the comments
 * area, after the page's end markers). meta.yaml can mark any segment by a quote of its first
 * words; a mark wins over every rule. Whatever a rule was unsure of becomes a warning.
 */
import { ClaimgraphError } from '../errors.js';
import { findDates } from './dates.js';
import { splitLines, splitSentences } from './split.js';
import { cps, cpSliceCached, findQuote, toBlocks } from './text.js';
import type { Segment, SegmentHints, SegmentKind, SegmentMark, Segmentation, SegmentationWarning, Sentence } from './types.js';

/** A line, or the part of one a mark starts or ends (code points). */
interface Piece {
  begin: number;
  end: number;
  text: string;
  /** 1-based line of the text. */
  line: number;
  /** The kind a meta.yaml mark gives the segment starting here. */
  mark?: SegmentKind;
}

/** Where a line stands on the page. */
type Area = 'top' | 'body' | 'comments' | 'end';

// The comments area starts at a heading: "One thought on “…”", "2 thoughts on", "3 comments",
// "Comments (2)", "Reader comments", "Responses", "Discussion".
const COMMENTS_HEADING = /^(?:(?:one|\d+) (?:thoughts?|comments?|responses?|replies|reactions?) (?:on|to)\b|\d+ (?:reader )?(?:comments?|responses?|replies)\b\s*:?$|(?:reader )?(?:comments?|responses?|discussion)\s*(?:\(\s*\d+\s*\))?\s*:?$)/i;
// The page's end: a reply form and what follows it is boilerplate.
const PAGE_END = /^(?:leave a (?:reply|comment)|post (?:a|your) comment|add (?:a|your) comment|comments are closed|your email address will not be published)\b/i;
// A footer line: the block it starts is boilerplate (links, copyright, notices).
const FOOTER = /^(?:related(?: articles| stories| posts| content| coverage)?\s*:|read (?:more|also|next)\s*:|see also\s*:|more on this\b|subscribe\b|sign up\b|share (?:this|on)\b|tags?\s*:|topics?\s*:|filed under\b|\(c\)\s*\d{4}|\u00A9|copyright\b|all rights reserved|advertisement\s*$|no (?:reader )?comments\b|be the first to comment|comments? policy\b|reply\s*$|report(?: abuse| comment)?\s*$|print\s*$|email\s*$)/i;
// Bylines: "By Jane Doe", "*Jane Doe", "Reporting by …; editing by …".
const BYLINE = /^(?:by\s+\p{Lu}|\*\s*\p{Lu}|(?:additional )?(?:reporting|reported|written|writing|editing|edited|compiled|translated) by\b)/iu;
// A bullet or dash before a comment header.
const BULLET = /^[\u2022*\u00B7\u25AA\u25CF\-\u2013\u2014]\s*/;
// Words a header puts around a name and a date ("John says:", "Posted by Ann on …").
const HEADER_WORDS = /\b(?:says|said|wrote|writes|posted|commented|replied|by|on|at)\b:?/gi;
// An inline dateline opening the first paragraph: "MARY, Freedonia (December 13, 2015) - …",
// "WASHINGTON (Reuters) — …". Its place is in capitals or its parenthesis holds a date.
const INLINE_DATELINE = /^(\p{Lu}[\p{L}\p{M}.'\u2019 -]{0,40}?(?:,\s*\p{Lu}[\p{L}\p{M}.'\u2019 -]{0,40}?)?)\s*(?:\(([^()]{1,60})\))?\s*(?:--?|\u2013|\u2014)\s+(?=[\p{Lu}\p{N}\u201C"\u2018])/u;

/**
 * Splits an article text into segments (headline, dateline, byline, body, comment-meta, comment,
 * boilerplate) and sentences, with code-point offsets into the whole text, and says where it was
 * unsure.
 *
 * @example
 * ```ts
 * const { segments, sentences } = segmentText('Freedonia Votes\n\nThe vote was held. It passed.\n');
 * sentences.map((s) => s.text); // ['Freedonia Votes', 'The vote was held.', 'It passed.']
 * ```
 */
export function segmentText(text: string, hints: SegmentHints = {}): Segmentation {
  const chars = cps(text);
  const lineOf = lineIndex(chars);
  const marks = resolveMarks(text, hints.marks ?? []);
  const blocks = toBlocks(chars).map((b) => b.lines.flatMap((l) => cut({ ...l, line: lineOf(l.begin) }, marks, text)));
  const warnings: SegmentationWarning[] = [];
  const warn = (p: Piece, message: string): void => void warnings.push({ line: p.line, message });
  const segments: Segment[] = [];
  const push = (kind: SegmentKind, ps: Piece[], rule: string, extra: Partial<Segment> = {}): void => {
    const begin = ps[0].begin;
    const end = ps[ps.length - 1].end;
    segments.push({ id: '', index: 0, kind, begin, end, text: cpSliceCached(text, begin, end), rule, ...extra });
  };
  const starts = (p: Piece, hint: string | undefined, re: RegExp): boolean => (hint ? p.text.startsWith(hint) : re.test(p.text));

  let area: Area = 'top';
  let comments = 0;
  /** A comment whose text may still follow (after its header, or continuing into the next block). */
  let open: { number: number; hasText: boolean } | undefined;
  let announced: number | undefined;
  let bylineAfterBody = false;

  const newComment = (p: Piece, header: { author?: string; dateTime?: string } | undefined, rule: string): void => {
    comments++;
    open = { number: comments, hasText: false };
    push('comment-meta', [p], rule, { commentNumber: comments, ...(header?.dateTime ? { dateTime: header.dateTime } : {}), ...(header?.author ? { author: header.author } : {}) });
  };
  const commentText = (ps: Piece[], rule: string): void => {
    if (!open) {
      comments++;
      open = { number: comments, hasText: false };
      warn(ps[0], `comment ${comments} has no header line (no name, no date): taken as a comment by an unnamed reader; mark it in meta.yaml (segments.marks) if it is not`);
    }
    const n = open.number;
    open.hasText = true;
    const header = segments.find((s) => s.kind === 'comment-meta' && s.commentNumber === n);
    push('comment', ps, rule, { commentNumber: n, ...(header?.author ? { author: header.author } : {}) });
  };

  blocks.forEach((block, bi) => {
    let i = 0;
    while (i < block.length) {
      const p = block[i];
      // the run of pieces up to the next mark: what a rule that takes "the rest of the block" takes
      let j = i + 1;
      while (j < block.length && !block[j].mark) j++;
      const run = block.slice(i, j);

      if (p.mark) {
        const k = p.mark;
        if (k === 'comment-meta') {
          area = 'comments';
          newComment(p, commentHeader(p.text), 'hint');
          i++;
          continue;
        }
        if (k === 'comment') { area = 'comments'; commentText(run, 'hint'); i = j; continue; }
        if (k === 'body' && area === 'top') area = 'body';
        if (k === 'boilerplate' && area === 'comments') open = undefined;
        push(k, run, 'hint', k === 'dateline' ? dateOf(p.text) : {});
        i = j;
        continue;
      }
      if (area !== 'end' && starts(p, hints.boilerplate, PAGE_END)) {
        area = 'end';
        open = undefined;
      }
      if (area === 'end') { push('boilerplate', run, hints.boilerplate ? 'hint' : 'page-end'); i = j; continue; }
      if (bi === 0 && segments.length === 0) {
        // the headline is the first line; lines glued under it are classified on their own
        if (p.text.length > 200 || /[.!?]["\u201D\u2019)]?$/.test(p.text)) warn(p, 'the first line, taken as the headline, reads like a sentence of the body; mark the headline in meta.yaml if it is not');
        push('headline', [p], 'first-line');
        i++;
        continue;
      }
      if (FOOTER.test(p.text)) {
        if (area === 'comments') open = undefined;
        push('boilerplate', run, 'footer');
        i = j;
        continue;
      }
      if ((area === 'top' || area === 'body') && starts(p, hints.commentsHeader, COMMENTS_HEADING)) {
        area = 'comments';
        const m = /^(one|\d+)\b|\(\s*(\d+)\s*\)/i.exec(p.text);
        if (m) announced = m[1] ? (m[1].toLowerCase() === 'one' ? 1 : Number(m[1])) : Number(m[2]);
        push('comment-meta', [p], hints.commentsHeader ? 'hint' : 'comments-heading');
        i++;
        continue;
      }
      if (area === 'comments') {
        const header = commentHeader(p.text, true);
        if (header) { newComment(p, header, 'comment-header'); i++; continue; }
        commentText(run, open ? 'comment-text' : 'comment-without-header');
        i = j;
        continue;
      }
      // before or in the body
      const isByline = hints.byline ? p.text.startsWith(hints.byline) : BYLINE.test(p.text) && p.text.length <= 120;
      if (isByline) {
        if (area === 'body') bylineAfterBody = true;
        push('byline', run, hints.byline ? 'hint' : 'byline');
        i = j;
        continue;
      }
      if (area === 'top') {
        const dl = datelineLine(p.text);
        if (dl) { push('dateline', [p], 'dateline', dl); i++; continue; }
        const inline = INLINE_DATELINE.exec(p.text);
        if (inline && inlineDatelineOk(inline)) {
          const head = inline[0].replace(/\s*(?:--?|\u2013|\u2014)\s+$/, '');
          const cut = cpLen(head);
          const headPiece = { ...p, end: p.begin + cut, text: head };
          const rest = { ...p, begin: p.begin + cpLen(inline[0]), text: p.text.slice(inline[0].length) };
          push('dateline', [headPiece], 'inline-dateline', dateOf(head));
          area = 'body';
          push('body', [rest, ...run.slice(1)], 'paragraph');
          i = j;
          continue;
        }
      }
      // a comment header in the body: a comments area without its heading
      const header = /\|/.test(p.text) || /\b(?:says|wrote)\s*:/i.test(p.text) || BULLET.test(p.text) ? commentHeader(p.text) : undefined;
      if (area === 'body' && header) {
        area = 'comments';
        warn(p, 'a comment header without a comments heading: what follows is taken as reader comments; mark the segments in meta.yaml if it is not');
        newComment(p, header, 'comment-header');
        i++;
        continue;
      }
      if (bylineAfterBody) warn(p, 'a body paragraph after the byline: check that it is the author\'s text (mark it in meta.yaml otherwise)');
      area = 'body';
      push('body', run, 'paragraph');
      i = j;
    }
  });

  if (!segments.some((s) => s.kind === 'body')) warnings.push({ line: 1, message: 'no body paragraph found: every claim needs a body, comment or byline sentence' });
  if (announced !== undefined && announced !== comments) {
    warnings.push({ line: segments.find((s) => s.rule === 'comments-heading')?.begin !== undefined ? lineOf(segments.find((s) => s.rule === 'comments-heading')!.begin) : 1, message: `the comments heading announces ${announced} comment(s) but ${comments} were found` });
  }
  for (let n = 1; n <= comments; n++) {
    if (!segments.some((s) => s.kind === 'comment' && s.commentNumber === n)) {
      const h = segments.find((s) => s.kind === 'comment-meta' && s.commentNumber === n)!;
      warnings.push({ line: lineOf(h.begin), message: `comment ${n} has a header but no text` });
    }
  }
  segments.forEach((s, i) => { s.index = i; s.id = String(i + 1).padStart(2, '0'); });
  return { segments, sentences: sentencesOf(text, segments), warnings, ...(announced !== undefined ? { announcedComments: announced } : {}) };
}

function sentencesOf(text: string, segments: Segment[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const seg of segments) {
    const spans = seg.kind === 'headline' || seg.kind === 'body' || seg.kind === 'comment' ? splitSentences(text, seg) : splitLines(text, seg);
    for (const sp of spans) {
      sentences.push({
        id: 's' + String(sentences.length + 1).padStart(3, '0'), index: sentences.length, begin: sp.begin, end: sp.end,
        text: cpSliceCached(text, sp.begin, sp.end), segmentId: seg.id, kind: seg.kind,
      });
    }
  }
  return sentences;
}

const cpLen = (s: string): number => [...s].length;

/** 1-based line number of a code-point offset. */
function lineIndex(chars: string | readonly string[]): (cp: number) => number {
  const starts = [0];
  for (let i = 0; i < chars.length; i++) if (chars[i] === '\n') starts.push(i + 1);
  return (cp) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= cp) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** Code-point positions where marked segments start, each mark's quote found exactly once. */
function resolveMarks(text: string, marks: SegmentMark[]): Map<number, SegmentKind> {
  const out = new Map<number, SegmentKind>();
  for (const m of marks) {
    const hits = findQuote(text, m.starts);
    if (hits.length !== 1) {
      throw new ClaimgraphError('CLAIMS_INVALID', `segment mark ${m.kind}: ${JSON.stringify(m.starts)} occurs ${hits.length} times in the text (it must occur once: quote more words)`, m.line ? { line: m.line } : {});
    }
    out.set(hits[0].begin, m.kind);
  }
  return out;
}

/** A line cut where marks start inside it; each piece keeps the mark that starts it. */
function cut(line: Piece, marks: Map<number, SegmentKind>, text: string): Piece[] {
  const at = [...marks.keys()].filter((b) => b > line.begin && b < line.end).sort((a, b) => a - b);
  const bounds = [line.begin, ...at, line.end];
  const out: Piece[] = [];
  const chars = cps(text);
  for (let k = 0; k + 1 < bounds.length; k++) {
    const b = bounds[k];
    let e = bounds[k + 1];
    while (e > b && /\s/u.test(chars[e - 1])) e--;
    if (e <= b) continue;
    const mark = marks.get(b);
    out.push({ begin: b, end: e, text: cpSliceCached(text, b, e), line: line.line, ...(mark ? { mark } : {}) });
  }
  return out;
}

/**
 * A comment header: a short line holding one complete date and, around it, nothing but a name
 * and the words headers use ("says:", "|", "at"). `strict` (inside the comments area) also
 * accepts a bare date; outside it a header needs a separator, a bullet or "says/wrote".
 */
function commentHeader(line: string, strict = false): { author?: string; dateTime: string } | undefined {
  if (line.length > 120) return undefined;
  const t = line.replace(BULLET, '');
  const dates = findDates(t).filter((d) => d.complete);
  if (dates.length !== 1) return undefined;
  const d = dates[0];
  const rest = (t.slice(0, d.index) + ' ' + t.slice(d.index + d.text.length))
    .replace(HEADER_WORDS, ' ').replace(/[|:,;\u00B7\u2022\u2014\u2013()\-]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (rest === '') return { dateTime: d.iso };
  const words = rest.split(' ');
  if (words.length > 5) return undefined;
  const nameWord = (w: string): boolean => /^[\p{Lu}\p{N}@]/u.test(w) || /^(?:de|van|von|der|den|al|el|bin|ibn|la|le|da|di|du)$/.test(w);
  if (!words.every(nameWord)) return undefined;
  if (!strict && /[.!?]$/.test(line) && !/\b\p{Lu}\.$/u.test(line)) return undefined;
  return { author: rest, dateTime: d.iso };
}

/** A dateline on its own line: a place (a few capitalised words) and one complete date. */
function datelineLine(line: string): Partial<Segment> | undefined {
  if (line.length > 80) return undefined;
  const dates = findDates(line).filter((d) => d.complete);
  if (dates.length !== 1) return undefined;
  const d = dates[0];
  const rest = (line.slice(0, d.index) + ' ' + line.slice(d.index + d.text.length))
    .replace(/\b(?:published|updated|posted|on|at)\b:?/gi, ' ').replace(/[|:,;\u00B7\u2022\u2014\u2013()\-]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (rest.split(' ').length > 6) return undefined;
  if (rest && !rest.split(' ').every((w) => /^\p{Lu}/u.test(w))) return undefined;
  return { date: d.iso.slice(0, 10) };
}

function inlineDatelineOk(m: RegExpExecArray): boolean {
  const firstWord = m[1].split(/[\s,]/)[0];
  const capitals = firstWord.length >= 3 && firstWord === firstWord.toUpperCase() && /\p{Lu}/u.test(firstWord);
  const dated = m[2] !== undefined && findDates(m[2]).some((d) => d.complete);
  return capitals || dated;
}

function dateOf(text: string): Partial<Segment> {
  const d = findDates(text).find((x) => x.complete);
  return d ? { date: d.iso.slice(0, 10) } : {};
}
