/**
 * Entries of the reader table (src/check/readers.ts) for claims about an article's own page, not
 * its story: its dateline, a reader comment's verdict on it, its copyright line and a comment's
 * date (round 15). Split out of readers.ts (round 38) to keep the table under its size limit; spread
 * into the table at one place, in this order.
 */
import { checkDateline } from './dateline.js';
import { checkReaderEvaluation } from './reader-evaluation.js';
import { checkCopyright } from './copyright.js';
import { checkCommentDated } from './comment-dated.js';
import { evaluatedBy, type UnreadReader } from './reader-kit.js';

/** The entries, in the order they are tried. */
export const PAGE_READERS: readonly UnreadReader[] = [
  {
    name: 'dateline',
    module: 'dateline.ts',
    reads: '"The League report is datelined Gala City, May 3, 2011": the article\'s dateline, one place and one day',
    read: evaluatedBy(checkDateline),
  },
  {
    name: 'reader-evaluation',
    module: 'reader-evaluation.ts',
    reads: '"A reader of the League analysis called it well argued": a comment\'s verdict on the article, a sentence of its own (supported only; round 15)',
    read: evaluatedBy(checkReaderEvaluation),
  },
  {
    name: 'copyright',
    module: 'copyright.ts',
    reads: '"The League story\'s copyright belongs to the Harbour Desk", "the League story is copyright 2011": the page\'s copyright line, one holder and one year (round 15)',
    read: evaluatedBy(checkCopyright),
  },
  {
    name: 'comment-dated',
    module: 'comment-dated.ts',
    reads: '"The only comment on the League story is dated 4 May 2011", "the story\'s second comment was posted at 21:40 on 5 May 2011": a comment picked by rank (round 15)',
    read: evaluatedBy(checkCommentDated),
  },
];
