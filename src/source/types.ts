/** Kinds of text segment an article page is made of. */
export type SegmentKind = 'headline' | 'dateline' | 'byline' | 'body' | 'comment-meta' | 'comment' | 'boilerplate';

/** Every segment kind, in the order reports list them. */
export const SEGMENT_KINDS: readonly SegmentKind[] = ['headline', 'dateline', 'byline', 'body', 'comment-meta', 'comment', 'boilerplate'];

/** A block of the article text (code-point offsets, end exclusive). */
export interface Segment {
  /** Two-digit id in text order: `01`, `02`... */
  id: string;
  /** 0-based position in text order. */
  index: number;
  kind: SegmentKind;
  begin: number;
  end: number;
  text: string;
  /** 1-based number of the reader comment this segment belongs to (comment-meta and comment). */
  commentNumber?: number;
  /** `YYYY-MM-DDTHH:MM:SS` (or `YYYY-MM-DD`) of a comment header, when its date parses. */
  dateTime?: string;
  /** The commenter's name as its comment header gives it. */
  author?: string;
  /** `YYYY-MM-DD` of a dateline, when its date parses. */
  date?: string;
  /** Why the segment has its kind: `hint` (meta.yaml) or the name of the layout rule. */
  rule: string;
}

/** A sentence (or, in byline / dateline / meta / boilerplate segments, a line). */
export interface Sentence {
  /** `s001`, `s002`... in text order. */
  id: string;
  /** 0-based position in text order. */
  index: number;
  begin: number;
  end: number;
  text: string;
  segmentId: string;
  kind: SegmentKind;
}

/** A segment marked in meta.yaml by a quote of its first words. */
export interface SegmentMark {
  kind: SegmentKind;
  /** The first words of the segment: must occur exactly once in the text. */
  starts: string;
  /** Line of the mark in meta.yaml (for errors). */
  line?: number;
}

/** Optional hints from meta.yaml `segments:`; the defaults cover a generic web article. */
export interface SegmentHints {
  /** A block starting with this string is the byline (with its following lines). */
  byline?: string;
  /** A line starting with this string opens the comments area. */
  commentsHeader?: string;
  /** A line starting with this string starts the boilerplate (it and everything after). */
  boilerplate?: string;
  /** Segments marked by the quote of their first words (they win over every layout rule). */
  marks?: SegmentMark[];
}

/** Something the segmenter was not sure of (reported by `add` and `validate`). */
export interface SegmentationWarning {
  /** 1-based line of the article text. */
  line: number;
  message: string;
}

/** Result of {@link segmentText}. */
export interface Segmentation {
  segments: Segment[];
  sentences: Sentence[];
  /** Places where the layout rules were unsure; empty when every segment is clear. */
  warnings: SegmentationWarning[];
  /** The count a comments heading announces ("Comments (2)", "2 thoughts on"), when it gives one. */
  announcedComments?: number;
}

/** A code-point span (end exclusive). */
export interface Span {
  begin: number;
  end: number;
}
