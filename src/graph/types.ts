import type { Quad } from '@rdfjs/types';
import type N3 from 'n3';
import type {
  ClaimsFile, CompiledClaim, EntityIndex, OntologyInfo, Qualifier, ResolvedClaim, ResolvedGroupClaim, SegmentHintsLike,
} from './types-internal.js';
import type { Segmentation } from '../source/index.js';

export type { SegmentHintsLike };

/** meta.yaml of an article. */
export interface ArticleMeta {
  id: string;
  sha256: string;
  title: string;
  /**
   * Entity id of the author, or '' when meta.yaml gives none: the graph then states an
   * unidentified author (`cga:<id>/author`, a cg:UnidentifiedAgent) and asserts the claims by it.
   */
  author: string;
  /** xsd:date of publication; null only with `undated: true`. */
  datePublished: string | null;
  /** meta.yaml says explicitly that the text gives no date. */
  undated: boolean;
  /** For an undated article: dates the text itself bounds its writing by (xsd:date). */
  notBefore: string | null;
  notAfter: string | null;
  url: string | null;
  /** Entity id of the editor the page credits (schema:editor), with the page's words that say so. */
  editor?: string;
  editorStated?: string;
  /** Number of reader comments the page states (schema:commentCount), with the page's words. */
  commentCount?: number;
  commentCountStated?: string;
  /** Extra schema.org class of the article (`AnalysisNewsArticle`); schema:NewsArticle always. */
  type?: string;
  segments: SegmentHintsLike;
  /** Display path of meta.yaml and the line of `sha256:` (for hash errors). */
  file: string;
  sha256Line: number;
  /** Line of each top-level key (for errors on a value). */
  lines: Record<string, number>;
}

/** One article folder, read but not compiled. */
export interface ArticleInput {
  id: string;
  /** Display path of article.txt (relative to the project). */
  textFile: string;
  text: string;
  meta: ArticleMeta;
  /** Absent when the folder has no claims.yaml yet. */
  claims?: ClaimsFile;
}

/** Everything a build reads. */
export interface Project {
  dir: string;
  ontology: OntologyInfo;
  entities: EntityIndex;
  /** Typed background facts per entity. */
  entityFacts: Map<string, Qualifier[]>;
  articles: ArticleInput[];
}

/**
 * One article compiled on its own (segmentation + anchored, typed claims): plain data, so a
 * cache can store it per article and reuse it while the article's inputs are unchanged.
 */
export interface CompiledArticle {
  id: string;
  meta: ArticleMeta;
  text: string;
  sha256: string;
  segmentation: Segmentation;
  claims: CompiledClaim[];
  /** Sentences that support no claim, with the curator's reason. */
  uncited?: Array<{ sentenceId: string; reason: string }>;
}

/** Options of {@link assembleGraph} (the corpus build assembles the graph in slices). */
export interface AssembleOptions {
  /** Emit the entities' own triples (default true). */
  entities?: boolean;
  /** Emit only these articles and their claims; the other compiled articles still count for
   * group membership. Default: all. */
  only?: ReadonlySet<string>;
  /**
   * Membership (`partOf`) claims of articles not compiled here that count for the expansion of
   * group claims only: the corpus build lends each article the members stated elsewhere, which
   * would otherwise be resolved into claims only to be dropped (73k of them at 1M triples).
   */
  membership?: readonly CompiledClaim[];
  /**
   * Content keys (`claimContentKey` of src/claims) of claims and group claims that another
   * article of the corpus states too and writes in full: of these, only this article's
   * provenance is emitted (claim ids, its own sentences, speaker, quotes; for a group claim's
   * expansions not the members' sentences, which every article expanding it would cite). The
   * corpus build's chunks would otherwise hold each shared claim's triples once per article
   * stating it (a fifth of the 1M corpus's chunk triples).
   */
  statedElsewhere?: ReadonlySet<string>;
}

/** One subject's triples in output order: a block of the Turtle file. */
export interface SubjectBlock {
  subject: Quad['subject'];
  /** termSortKey of the subject (src/graph/export.ts). */
  key: string;
  predicates: Quad['predicate'][];
  /** The object of each predicate, side by side. */
  objects: Quad['object'][];
}

/** Result of {@link buildGraph}. */
export interface BuiltGraph {
  /** Sorted, duplicate-free. */
  quads: Quad[];
  /** The same quads by subject. */
  blocks: SubjectBlock[];
  /** Sort key ({@link quadSortKey} of src/graph/export.ts) of each quad, in the same order. */
  keys: string[];
  store: N3.Store;
  articles: CompiledArticle[];
  claims: ResolvedClaim[];
  groups: ResolvedGroupClaim[];
}
