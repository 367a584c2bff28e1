import type { SegmentKind } from '../source/index.js';
import type { BuildSummary } from '../graph/index.js';
import type { EnsureIndexResult } from '../index-store/index.js';
/** Options of {@link generateCorpus}. */
export interface GenerateCorpusOptions {
  /** Project directory to write (its graph/ is replaced). */
  dir: string;
  /** Number of articles. */
  articles: number;
  /** PRNG seed; the same seed and sizes give byte-identical files. */
  seed?: string;
  /** Scales the world (countries, organisations...); defaults to `articles`. */
  worldSize?: number;
  /** Share of claims that contradict the world model (cross-article conflicts). Default 0.02. */
  conflictRate?: number;
  /** Where ontology/ and queries/ are copied from (omit to leave them out). */
  projectRoot?: string;
}

/** What {@link generateCorpus} wrote. */
export interface GeneratedCorpus {
  dir: string;
  /** Article ids, in order. */
  articles: string[];
  entities: number;
  claims: number;
  /** Total article text length (UTF-16 units). */
  chars: number;
}

/** Options of {@link addArticle}. */
export interface AddArticleOptions {
  /** Project directory. */
  dir: string;
  /** The article text file (relative to `cwd`). */
  file: string;
  /** Directory `file` is relative to (default: `dir`). */
  cwd?: string;
  /** Article id (default: from the title or headline). */
  id?: string;
  /** Title (default: the headline segment). */
  title?: string;
  /** Author entity id. */
  author?: string;
  /** Publication date, YYYY-MM-DD (default: the dateline's date). */
  published?: string;
  /** The article has no date (when neither `published` nor a dateline gives one, `add` refuses without it). */
  undated?: boolean;
  url?: string;
}

/** What {@link addArticle} wrote: a report (data). */
export interface AddedArticle {
  id: string;
  /** The new article folder. */
  dir: string;
  sha256: string;
  title: string;
  /** The publication date written to meta.yaml (null when undated). */
  datePublished: string | null;
  /** Where it came from: --published, the text's dateline, or none (undated). */
  dateFrom: 'option' | 'dateline' | 'undated';
  /** The byline text, when the segmenter found one. */
  byline?: string;
  segments: number;
  sentences: number;
  bodySentences: number;
  commentSentences: number;
  /** Segments and sentences per segment kind. */
  kinds: Record<SegmentKind, { segments: number; sentences: number }>;
  /** Reader comments found, with what their header lines give. */
  comments: Array<{ number: number; author?: string; dateTime?: string; sentences: number }>;
  /** How many comments the comments heading announces, when it says. */
  announcedComments?: number;
  /** Files written, relative to the project. */
  files: string[];
  /** Non-fatal problems (an author not declared as an entity...). */
  warnings: string[];
}

/** Property axioms that define conflicts, by property IRI. */
export interface PropertyAxioms {
  functional: Set<string>;
  inverseFunctional: Set<string>;
  symmetric: Set<string>;
  /** Both directions are recorded. */
  inverseOf: Map<string, string>;
  /** Direct super-properties. */
  subPropertyOf: Map<string, string[]>;
}

/** A source sentence of one side of a conflict. */
export interface ConflictSentence {
  iri: string;
  /** `s014`. */
  id: string;
  /** Article IRI. */
  article: string;
  /** Article id (the last part of its IRI). */
  articleId: string;
  /** The article's date: datePublished, or `undated` with the bounds its text gives. */
  date: string;
  /** Code-point offsets into the article text, end exclusive. */
  begin: number;
  end: number;
  text: string;
}

/** One claim taking part in a conflict, with everything needed to cite it. */
export interface ConflictSide {
  claim: string;
  /** When it was said: the earliest date of its sources (article or comment), '' if none. */
  date: string;
  subject: string;
  predicate: string;
  object: string;
  polarity: string;
  modality: string;
  /** `article#claim-id` of every curated claim behind this claim node. */
  claimIds: string[];
  /** Articles or comments that state it (`cg:statedIn`). */
  statedIn: string[];
  /** Article IRIs the claim rests on. */
  articles: string[];
  sentences: ConflictSentence[];
}

/** Two or more claims that cannot all be true. */
export interface Conflict {
  /** `polarity`: said and denied; `functional`: one subject, several values of a single-valued
   * property; `inverse-functional`: one object, several subjects. */
  kind: 'polarity' | 'functional' | 'inverse-functional';
  /** Property IRI (normalised direction for polarity conflicts). */
  property: string;
  subject?: string;
  object?: string;
  /** The sides come from different articles. */
  crossArticle: boolean;
  sides: ConflictSide[];
}

/** Result of {@link findConflicts} (data). */
export interface ConflictReport {
  /** Claim nodes examined. */
  claims: number;
  conflicts: Conflict[];
  /** How many conflicts are across articles. */
  crossArticle: number;
  /** Expectations that a later source shows met, missed or revised (not conflicts). */
  expectations: Expectation[];
}

/** An expectation (expected or pledged, with a due date) and the later claim that speaks to it. */
export interface Expectation {
  status: 'met' | 'missed' | 'revised';
  note: string;
  expected: ConflictSide;
  later: ConflictSide;
}

/** Progress of {@link buildCorpus}: `total` is NaN while merging (the count is not known yet). */
export interface BuildProgress {
  phase: 'compile' | 'assemble' | 'merge';
  done: number;
  total: number;
}

/** Options of {@link buildCorpus}. */
export interface CorpusBuildOptions {
  /** Called as articles are compiled / assembled and quads merged. */
  onProgress?: (p: BuildProgress) => void;
  /** Ignore the cache: compile every article again (a cold build; entries are overwritten). */
  clean?: boolean;
  /** Threads compiling and assembling articles, this one and `jobs` - 1 workers (default: the CPU count from 24 stale articles on, else 1). */
  jobs?: number;
}

/** Summary of {@link buildCorpus} (a superset of the in-memory build's summary). */
export interface CorpusBuildSummary extends BuildSummary {
  /** Articles compiled in this run (inputs changed or not cached). */
  compiled: number;
  /** Articles whose compiled form came from the cache. */
  reused: number;
  /** Articles whose chunk was (re)assembled: compiled ones plus those whose groups' membership changed. */
  assembled: number;
  /** Ids of the articles compiled in this run, sorted. */
  compiledArticles: string[];
  /** False when nothing changed and the merge was skipped. */
  merged: boolean;
  /** The graph's index (graph/.index/): kept when current, else written (src/index-store). */
  index: EnsureIndexResult;
  /** Wall time of the build, ms. */
  ms: number;
  /** Wall time per phase, ms (compile includes loading entities and ontology). */
  phases: { compileMs: number; assembleMs: number; mergeMs: number };
}
