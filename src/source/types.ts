/** Kinds of text segment an article page is made of. */
export type SegmentKind = 'headline' | 'body' | 'byline' | 'comment-meta' | 'comment' | 'boilerplate';

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
  /** `YYYY-MM-DDTHH:MM:SS` of a comment header, when its date line parses. */
  dateTime?: string;
}

/** A sentence (or, in byline / meta / boilerplate segments, a line). */
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

/** Optional hints from meta.yaml `segments:`; the defaults cover a generic web article. */
export interface SegmentHints {
  /** A block starting with this string is the byline (with its following lines). */
  byline?: string;
  /** A line starting with this string opens the comments area. */
  commentsHeader?: string;
  /** A line starting with this string starts the boilerplate (it and everything after). */
  boilerplate?: string;
}

/** Result of {@link segmentText}. */
export interface Segmentation {
  segments: Segment[];
  sentences: Sentence[];
}

/** A code-point span (end exclusive). */
export interface Span {
  begin: number;
  end: number;
}
