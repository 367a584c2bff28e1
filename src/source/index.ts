/**
 * The source stage: article text -> segments and sentences with code-point offsets.
 *
 * Offsets count Unicode code points (NIF 2.0), never UTF-16 units, so `[...text].slice(b, e)`
 * is always the anchored text. The segmenter is generic: it knows a web-article layout
 * (headline, dateline, byline, body, comments, page boilerplate), never a particular article.
 *
 * - `text.ts`: code points, hashes, quotes, lines and blocks
 * - `layout.ts`: which block is which kind of segment (and where that was unsure)
 * - `split.ts`: sentences inside a segment
 * - `dates.ts`: dates in short lines (chrono-node, loaded on first use)
 */
export { segmentText } from './layout.js';
export { sha256Hex, cpLength, cpSlice, findQuote } from './text.js';
export { findDates, type FoundDate } from './dates.js';
export { SEGMENT_KINDS } from './types.js';
export type { Segment, SegmentHints, SegmentKind, SegmentMark, Segmentation, SegmentationWarning, Sentence, Span } from './types.js';
