import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cpLength, cpSlice, findQuote, segmentText, sha256Hex } from '../../src/source/index.js';
import { corpusFixture } from '../helpers/cli.js';

const ARTICLE = 'japan-central-asia-engagement-2015';
const text = readFileSync(join(corpusFixture, 'graph/articles', ARTICLE, 'article.txt'), 'utf8');
const hints = { byline: '*Sana Hashmi', commentsHeader: 'One thought on', boilerplate: 'Leave a Reply' };

describe('code-point helpers', () => {
  it('counts and slices code points, not UTF-16 units', () => {
    const s = 'a𝔉b€';
    expect(s.length).toBe(5);
    expect(cpLength(s)).toBe(4);
    expect(cpSlice(s, 1, 3)).toBe('𝔉b');
  });

  it('findQuote returns code-point spans of every occurrence', () => {
    const s = '𝔉 Freedonia met Sylvania in Freedonia';
    expect(findQuote(s, 'Freedonia')).toEqual([{ begin: 2, end: 11 }, { begin: 28, end: 37 }]);
    expect(findQuote(s, 'Osterlich')).toEqual([]);
    expect(findQuote(s, '')).toEqual([]);
    for (const { begin, end } of findQuote(s, 'Freedonia')) expect(cpSlice(s, begin, end)).toBe('Freedonia');
  });

  it('sha256Hex of the article equals the published hash', () => {
    expect(sha256Hex(readFileSync(join(corpusFixture, 'graph/articles', ARTICLE, 'article.txt'))))
      .toBe('3b157885be1d3990c7ea40363080d05fa7adbf2b773f856f03d0add048eb22e4');
  });
});

describe('segmentText on the real article', () => {
  const { segments, sentences } = segmentText(text, hints);
  const chars = [...text];

  it('offsets of every segment and sentence equal [...text].slice', () => {
    for (const s of [...segments, ...sentences]) expect(chars.slice(s.begin, s.end).join('')).toBe(s.text);
  });

  it('numbers segments 01.. and sentences s001.. in text order, sentences inside their segment', () => {
    segments.forEach((s, i) => expect(s.id).toBe(String(i + 1).padStart(2, '0')));
    sentences.forEach((s, i) => expect(s.id).toBe(`s${String(i + 1).padStart(3, '0')}`));
    for (let i = 1; i < sentences.length; i++) expect(sentences[i].begin).toBeGreaterThanOrEqual(sentences[i - 1].end);
    for (const s of sentences) {
      const seg = segments.find((g) => g.id === s.segmentId)!;
      expect(s.begin).toBeGreaterThanOrEqual(seg.begin);
      expect(s.end).toBeLessThanOrEqual(seg.end);
      expect(s.kind).toBe(seg.kind);
    }
  });

  it('classifies headline, body, byline, comment header, comment and boilerplate', () => {
    expect(segments.map((s) => s.kind)).toEqual([
      'headline', ...Array(9).fill('body'), 'byline', 'comment-meta', 'comment-meta', 'comment', 'boilerplate', 'boilerplate',
    ]);
    expect(segments[0].text).toBe('Japan’s Central Asia Engagement: Better Late Than Never – Analysis');
    const byline = segments.find((s) => s.kind === 'byline')!;
    expect(byline.text).toBe('*Sana Hashmi\nAssociate Fellow, Centre for Air Power Studies (New Delhi)');
    expect(sentences.filter((s) => s.kind === 'byline').map((s) => s.text)).toEqual([
      '*Sana Hashmi', 'Associate Fellow, Centre for Air Power Studies (New Delhi)',
    ]);
    expect(segments[11].text.startsWith('One thought on “Japan’s')).toBe(true);
    expect(segments[12]).toMatchObject({ kind: 'comment-meta', text: '• November 3, 2015 at 6:53 pm', commentNumber: 1, dateTime: '2015-11-03T18:53:00' });
    expect(segments[13]).toMatchObject({ kind: 'comment', commentNumber: 1 });
    expect(segments[13].text.startsWith('Well analysed.')).toBe(true);
    expect(segments[14].text).toBe('Leave a Reply');
  });

  it('does not end a sentence at `Co. (JSG)`', () => {
    const s = sentences.find((x) => x.text.includes('Japanese Gasoline Co.'))!;
    expect(s.text).toBe('As an outcome of the energy agreements, Japanese firms mainly Japanese Gasoline Co. (JSG) will be involved in the construction of a plant linked to natural gas field.');
  });

  it('splits body paragraphs into sentences (42 body/headline sentences, long sentence kept whole)', () => {
    expect(sentences.filter((s) => s.kind === 'headline' || s.kind === 'body')).toHaveLength(42);
    const long = sentences.find((s) => s.text.startsWith('While in Kyrgyzstan'))!;
    expect(long.text.endsWith('the largest Central Asian economy.')).toBe(true);
    expect(sentences.find((s) => s.id === 's033')!.text).toBe(
      'All Central Asian Republics and Russia except Turkmenistan are active members of the China-initiated Shanghai Cooperation Organisation (SCO).');
  });

  it('finds the same layout without hints (generic defaults)', () => {
    const plain = segmentText(text);
    expect(plain.segments.map((s) => [s.kind, s.begin, s.end])).toEqual(segments.map((s) => [s.kind, s.begin, s.end]));
  });
});

describe('texts with characters beyond the BMP', () => {
  // Texts without surrogates are indexed as they are; the others by code point. Both must give
  // the offsets of the same text with each such character replaced by a BMP one.
  const astral = 'The \u{1d11e} Accord\n\nThe vote 😀 was held. Mr. Smith came \u{1f600} late! It passed.\n\n2 comments\n\n\u2022 March 4, 2011 at 9:05 am\nA \u{1d11e} comment. Another one.\n';
  const bmp = astral.replace(/[\u{10000}-\u{10ffff}]/gu, 'X');

  it('gives the same code-point offsets as the text without them', () => {
    const spans = (t: string) => {
      const { segments, sentences } = segmentText(t);
      return [...segments, ...sentences].map((s) => [s.id, s.kind, s.begin, s.end]);
    };
    expect(spans(astral)).toEqual(spans(bmp));
    const chars = [...astral];
    const { segments, sentences } = segmentText(astral);
    for (const s of [...segments, ...sentences]) expect(s.text).toBe(chars.slice(s.begin, s.end).join(''));
    expect(sentences.length).toBeGreaterThan(4);
  });

  it('finds quotes and counts code points alike', () => {
    expect(cpLength(astral)).toBe([...astral].length);
    expect(cpLength(astral)).toBe(cpLength(bmp));
    for (const q of ['was held', 'came', 'comment', 'Another one']) expect(findQuote(astral, q)).toEqual(findQuote(bmp, q));
    expect(findQuote(bmp, 'was held')[0].begin).toBe(bmp.indexOf('was held'));
  });
});

describe('segmentText on synthetic layouts', () => {
  it('keeps abbreviations, initials and dotted acronyms inside sentences', () => {
    const t = 'Headline Here\n\nMr. J. Smith of Acme Inc. met Dr. Jones. The U.S. delegation left e.g. early. Next one? Yes! Done.\n';
    const { sentences } = segmentText(t);
    expect(sentences.map((s) => s.text)).toEqual([
      'Headline Here', 'Mr. J. Smith of Acme Inc. met Dr. Jones.', 'The U.S. delegation left e.g. early.', 'Next one?', 'Yes!', 'Done.',
    ]);
  });

  it('ends a sentence before an opening quote and after a closing one', () => {
    const { sentences } = segmentText('T\n\nHe said “go.” “Fine,” she said. (Not split) here.');
    expect(sentences.map((s) => s.text)).toEqual(['T', 'He said “go.”', '“Fine,” she said. (Not split) here.']);
  });

  it('numbers several comments and parses am/pm dates', () => {
    const t = 'Title\n\nBody text.\n\n2 thoughts on “Title”\n\n• March 4, 2011 at 12:05 am\n\nFirst.\n\n• March 5, 2011 at 12:30 pm\n\nSecond.\n\nLeave a Reply\n';
    const { segments } = segmentText(t);
    expect(segments.map((s) => [s.kind, s.commentNumber ?? null, s.dateTime ?? null])).toEqual([
      ['headline', null, null], ['body', null, null], ['comment-meta', null, null],
      ['comment-meta', 1, '2011-03-04T00:05:00'], ['comment', 1, null],
      ['comment-meta', 2, '2011-03-05T12:30:00'], ['comment', 2, null], ['boilerplate', null, null],
    ]);
  });

  it('uses hints when the layout is not the default one', () => {
    const t = 'Title\n\nBody.\n\nBy Jane Doe\nFellow\n\nResponses\n\n• March 4, 2011 at 1:00 pm\n\nHi.\n\nPost your comment\n';
    const { segments } = segmentText(t, { byline: 'By Jane', commentsHeader: 'Responses', boilerplate: 'Post your' });
    expect(segments.map((s) => s.kind)).toEqual(['headline', 'body', 'byline', 'comment-meta', 'comment-meta', 'comment', 'boilerplate']);
  });

  it('handles CRLF line ends and astral characters in offsets', () => {
    const t = 'T𝔉\r\n\r\nOne 𝔉 two. Three.\r\n';
    const { sentences } = segmentText(t);
    expect(sentences.map((s) => s.text)).toEqual(['T𝔉', 'One 𝔉 two.', 'Three.']);
    for (const s of sentences) expect(cpSlice(t, s.begin, s.end)).toBe(s.text);
  });
});

// Layouts of real pages, written for the rules rather than from their output: each says which
// kind every segment must have and what the segmenter must warn about.
describe('segmentText on page layouts', () => {
  const kinds = (t: string, hints = {}) => segmentText(t, hints).segments.map((s) => s.kind);

  it('dateline and "By" byline above the body; comments with name and date on one line and their text glued below; a Related line', () => {
    const t = [
      'AIIB Opens', '', 'Beijing, January 16, 2016', '', 'By Correspondent, Asia Desk', '',
      'The bank opened. It has 57 members.', '', 'Analysts were pleased.', '',
      'Comments (2)', '', 'Dilnoza R. | January 17, 2016, 09:12', 'Tashkent will host the summit.', '',
      'Marat K. | January 18, 2016, 21:40', 'The bank will lend.', 'A second line of the same comment.', '',
      'Related: More news | Subscribe', '',
    ].join('\n');
    const r = segmentText(t);
    expect(r.segments.map((s) => s.kind)).toEqual(['headline', 'dateline', 'byline', 'body', 'body', 'comment-meta', 'comment-meta', 'comment', 'comment-meta', 'comment', 'boilerplate']);
    expect(r.segments[1]).toMatchObject({ date: '2016-01-16' });
    expect(r.segments.filter((s) => s.kind === 'comment-meta' && s.commentNumber).map((s) => [s.commentNumber, s.author, s.dateTime]))
      .toEqual([[1, 'Dilnoza R.', '2016-01-17T09:12:00'], [2, 'Marat K.', '2016-01-18T21:40:00']]);
    expect(r.segments.filter((s) => s.kind === 'comment').map((s) => [s.commentNumber, s.text])).toEqual([
      [1, 'Tashkent will host the summit.'], [2, 'The bank will lend.\nA second line of the same comment.'],
    ]);
    expect(r.announcedComments).toBe(2);
    expect(r.warnings).toEqual([]);
  });

  it('an inline dateline opening the first paragraph, a credit line, a copyright line and a "no comments" notice', () => {
    const t = [
      'Ground Broken', '', 'MARY, Turkmenistan (December 13, 2015) - Leaders launched the pipeline on Sunday.', '',
      'It will run 1,800 kilometres.', '', 'Reporting by the Energy Bureau; editing by the Desk.', '',
      '(c) 2015 Energy Bureau. All rights reserved. No reader comments have been posted on this story.', '',
    ].join('\n');
    const r = segmentText(t);
    expect(r.segments.map((s) => [s.kind, s.text])).toEqual([
      ['headline', 'Ground Broken'],
      ['dateline', 'MARY, Turkmenistan (December 13, 2015)'],
      ['body', 'Leaders launched the pipeline on Sunday.'],
      ['body', 'It will run 1,800 kilometres.'],
      ['byline', 'Reporting by the Energy Bureau; editing by the Desk.'],
      ['boilerplate', '(c) 2015 Energy Bureau. All rights reserved. No reader comments have been posted on this story.'],
    ]);
    expect(r.segments[1].date).toBe('2015-12-13');
    expect(r.sentences.find((s) => s.kind === 'body')!.text).toBe('Leaders launched the pipeline on Sunday.');
    expect(r.warnings).toEqual([]);
  });

  it('a page without comments, footer or byline is headline and body only', () => {
    expect(kinds('Title\n\nOne. Two.\n\nThree.\n')).toEqual(['headline', 'body', 'body']);
    expect(segmentText('Title\n\nOne. Two.\n').warnings).toEqual([]);
  });

  it('a comment block without bullet or blank line: heading, date line and text are three segments, not all comment metadata', () => {
    const t = 'Title\n\nBody text.\n\nReader comments\nJanuary 17, 2016 09:12\nTashkent will host the summit.\n';
    const r = segmentText(t);
    expect(r.segments.map((s) => s.kind)).toEqual(['headline', 'body', 'comment-meta', 'comment-meta', 'comment']);
    expect(r.segments[3]).toMatchObject({ commentNumber: 1, dateTime: '2016-01-17T09:12:00' });
    expect(r.segments[4]).toMatchObject({ commentNumber: 1, text: 'Tashkent will host the summit.' });
  });

  it('headers in other words: "X says:", "posted by X on DATE", a bare bulleted date; several comments are numbered', () => {
    const t = [
      'Title', '', 'Body.', '', '3 comments', '',
      'Ann Lee says: March 4, 2011 at 9:05 am', 'First.', '',
      'Posted by Bo Chan on 5 March 2011', '', 'Second.', '',
      '• March 6, 2011 at 12:30 pm', '', 'Third.', 'Still third.', '',
    ].join('\n');
    const r = segmentText(t);
    expect(r.segments.filter((s) => s.kind === 'comment-meta' && s.commentNumber).map((s) => [s.commentNumber, s.author ?? null, s.dateTime]))
      .toEqual([[1, 'Ann Lee', '2011-03-04T09:05:00'], [2, 'Bo Chan', '2011-03-05'], [3, null, '2011-03-06T12:30:00']]);
    expect(r.segments.filter((s) => s.kind === 'comment').map((s) => s.commentNumber)).toEqual([1, 2, 3]);
    expect(r.warnings).toEqual([]);
  });

  it('warns when unsure: text in the comments area without a header, a count that does not match, a header in the body', () => {
    const noHeader = segmentText('Title\n\nBody.\n\nComments (2)\n\nNice piece.\n');
    expect(noHeader.segments.map((s) => s.kind)).toEqual(['headline', 'body', 'comment-meta', 'comment']);
    expect(noHeader.warnings.map((w) => w.message).join('\n')).toMatch(/comment 1 has no header line.*unnamed reader/);
    expect(noHeader.warnings.map((w) => w.message).join('\n')).toMatch(/announces 2 comment\(s\) but 1 were found/);
    expect(noHeader.warnings[0].line).toBe(7);
    const inBody = segmentText('Title\n\nBody.\n\nAnn Lee | March 4, 2011, 10:00\nGreat.\n');
    expect(inBody.segments.map((s) => s.kind)).toEqual(['headline', 'body', 'comment-meta', 'comment']);
    expect(inBody.warnings[0].message).toMatch(/comment header without a comments heading/);
  });

  it('meta.yaml marks a segment by the quote of its first words, and a mark wins over the rules', () => {
    // an unknown comments heading and a comment whose header has no date: the rules read body
    const t = 'Title\n\nBody text.\n\nWhat readers say\nDilnoza from Tashkent:\nTashkent will host the summit.\n';
    expect(kinds(t)).toEqual(['headline', 'body', 'body']);
    const marked = segmentText(t, { marks: [{ kind: 'boilerplate', starts: 'What readers say' }, { kind: 'comment-meta', starts: 'Dilnoza from' }, { kind: 'comment', starts: 'Tashkent will' }] });
    expect(marked.segments.map((s) => [s.kind, s.commentNumber ?? null, s.rule])).toEqual([
      ['headline', null, 'first-line'], ['body', null, 'paragraph'],
      ['boilerplate', null, 'hint'], ['comment-meta', 1, 'hint'], ['comment', 1, 'hint'],
    ]);
    expect(marked.warnings).toEqual([]);
    // a mark may start inside a line, and its quote must occur exactly once
    const inline = segmentText('Title\n\nBody. Anonymous wrote: the bank will lend.\n', { marks: [{ kind: 'comment', starts: 'Anonymous wrote' }] });
    expect(inline.segments.map((s) => [s.kind, s.text])).toEqual([['headline', 'Title'], ['body', 'Body.'], ['comment', 'Anonymous wrote: the bank will lend.']]);
    expect(() => segmentText(t, { marks: [{ kind: 'comment', starts: 'Tashkent' }] })).toThrow(/occurs 2 times/);
  });
});
