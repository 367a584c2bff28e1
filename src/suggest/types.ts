/**
 * Types of the suggest stage: what a sentence reader hands over, the proposals written to
 * `claims.suggested.yaml`, rejections, review counts and the leave-one-article-out evaluation.
 *
 * Everything here is plain data (JSON-serialisable) so the CLI, the bench and tests share it.
 */
import type { Modality, Polarity } from '../claims/types.js';

export type { Modality, Polarity };

/** A money amount: exact decimal string and ISO 4217 currency code. */
export interface SuggestAmount {
  value: string;
  currency: string;
}

/** A group named by a phrase ("all the G countries and X except Y"), as claims.yaml writes it. */
export interface GroupValue {
  kind: 'group';
  group: string;
  plus: string[];
  except: string[];
  /** Each member's office with this cg:roleType ("the presidents of ..."). */
  role?: string;
  mention: string;
  /** How the group phrase was read. */
  note?: string;
  /** How sure the reading of the phrase is (0..1; a reference back: "these countries"). */
  weight?: number;
}

/**
 * A value a reader found for a subject, object or qualifier, already in the graph's terms
 * (entity ids, not IRIs).
 */
export type SuggestValue =
  /** `note`: how a construction read it ("the bank" read as ...), `weight`: how sure it is (0..1). */
  | { kind: 'entity'; id: string; mention: string; note?: string; weight?: number }
  /** A coordination ("X and Y"): the statement holds for each; one proposal per item. */
  | { kind: 'entities'; ids: string[]; mention: string }
  | GroupValue
  /** A name the graph does not know: proposed as a new entity, never invented inside a claim. */
  | { kind: 'new-entity'; label: string; mention: string; cls?: string }
  /** A literal in the lexical form of the property's or qualifier's range (`2009`, `2015-10-28`, `4`, `true`). */
  | { kind: 'literal'; value: string; mention: string }
  | { kind: 'amounts'; amounts: SuggestAmount[]; mention: string };

/** One statement a reader found in a sentence. */
export interface ArticleReading {
  subject: SuggestValue;
  /** Local name of the cg: property (`memberOf`). */
  predicate: string;
  object: SuggestValue;
  polarity: Polarity;
  modality: Modality;
  /** Qualifier local name -> value (`year`, `amounts`, `purpose`...). */
  qualifiers: Record<string, SuggestValue>;
  /** UTF-16 offsets, in the sentence text, of the words the reading rests on (end exclusive). */
  begin: number;
  end: number;
  /** The reader's own confidence in the reading, 0..1. */
  confidence: number;
  /** The pattern or rule that produced it, in words a reviewer can check. */
  why: string;
  /** Words of its own the reading's pattern has, less the words adjuncts took (ties between readings). */
  specificity?: number;
  /**
   * The words say nothing of modality (a name that states a route): the proposal takes the
   * modality the article's other proposals about the same subject have, once the article is read.
   */
  modalityFromSubject?: boolean;
}

/** What a reader knows about a sentence besides its text. */
export interface SentenceContext {
  /** Article id and sentence id (`s014`). */
  article: string;
  sentenceId: string;
  /** Segment kind: `body`, `comment`, `headline`... */
  kind: string;
  /** The article's date of publication (YYYY-MM-DD), when it has one: "on Saturday" is read from it. */
  published?: string;
}

/**
 * A sentence reader: the same English reader as the fact checker's, pointed at a sentence of an
 * article. Implementations live in src/suggest/reader*.ts.
 */
export interface SentenceReader {
  /** A name for reports (`check-parser`). */
  readonly name: string;
  read(text: string, context: SentenceContext): ArticleReading[];
}

/** A proposed claim: a claims.yaml entry plus `confidence` and `why`. */
export interface ProposedClaim {
  id: string;
  /** Exact substring of one sentence of the article, occurring once in the whole text. */
  quote: string;
  subject: string | GroupSpecYaml;
  predicate: string;
  object: string | GroupSpecYaml;
  polarity: Polarity;
  modality: Modality;
  /** claims.yaml qualifiers: entity ids, literals, `amounts: [{ value, currency }]`. */
  qualifiers: Record<string, string | string[] | SuggestAmount[]>;
  confidence: number;
  why: string;
  /** Ids of proposed new entities the claim uses (accept them first, or together). */
  needs?: string[];
  /** Sentence id of the quote (not written: derived again from the quote). */
  sentenceId: string;
}

/** A group spec as claims.yaml writes it. */
export interface GroupSpecYaml {
  group: string;
  plus?: string[];
  except?: string[];
  role?: string;
}

/** A proposed new entity (a name the graph cannot link). */
export interface ProposedEntity {
  id: string;
  label: string;
  /** cg: class local name, from the context that names it. */
  type: string;
  /** The words that name it (exact, in one sentence). */
  quote: string;
  confidence: number;
  why: string;
  sentenceId: string;
}

/** A rejection recorded in `claims.rejected.yaml`. */
export interface RejectedProposal {
  /** `claim` or `entity`. */
  kind: 'claim' | 'entity';
  id: string;
  quote: string;
  subject?: string | GroupSpecYaml;
  predicate?: string;
  object?: string | GroupSpecYaml;
  polarity?: Polarity;
  modality?: Modality;
  label?: string;
}

/** Options of {@link suggestForArticle}. */
export interface SuggestOptions {
  /** Read sentences already covered by curated claims too (default: skip them). */
  all?: boolean;
  /** Proposals below this confidence are not written (default {@link DEFAULT_MIN_CONFIDENCE}). */
  minConfidence?: number;
  /** The reader to use (default: the fact checker's reader). */
  reader?: SentenceReader;
  /** Propose what was rejected before too (the evaluation does: it scores the reader alone). */
  ignoreRejected?: boolean;
}

/** What `suggest` did for one article. */
export interface SuggestReport {
  article: string;
  /** Display path of the written `claims.suggested.yaml` (when written). */
  file?: string;
  sentences: { read: number; skippedCurated: number; total: number };
  claims: ProposedClaim[];
  entities: ProposedEntity[];
  /** Proposals left out: already curated, rejected before, below the threshold. */
  dropped: { curated: number; rejected: number; lowConfidence: number };
  reader: string;
}

/** Result of `--accept` / `--all-above` / `--reject`. */
export interface ReviewResult {
  article: string;
  accepted: string[];
  acceptedEntities: string[];
  rejected: string[];
  /** Proposals still pending in `claims.suggested.yaml`. */
  pending: number;
}

/** Review counts of one article (`stats`). */
export interface ArticleReviewStats {
  article: string;
  /** Sentences a claim can quote (headline, body, byline, comments). */
  sentences: number;
  /** Sentences quoted by at least one curated claim. */
  curated: number;
  /** Sentences with at least one pending proposal. */
  proposed: number;
  /** Sentences with at least one rejected proposal. */
  rejected: number;
  /** Body and comment sentences no curated claim quotes. */
  uncited: number;
  pendingClaims: number;
  pendingEntities: number;
}

/** Scores of one article in the leave-one-article-out evaluation. */
export interface ArticleEvaluation {
  article: string;
  curated: number;
  proposed: number;
  matched: number;
  /** Proposals that match no curated claim but one entails (a curated sub-property): right, not counted for recall. */
  entailed: number;
  /** (matched + entailed) / proposed. */
  precision: number | null;
  recall: number | null;
  /** Of the matched proposals' qualifiers: how many agree with the curated ones, of how many compared. */
  qualifiers: { agree: number; compared: number };
  /** Proposals that match no curated claim (for review of the figures). */
  unmatched: Array<{ id: string; statement: string; confidence: number; quote: string }>;
  /** Curated claims no proposal matches. */
  missed: Array<{ id: string; statement: string }>;
  ms: number;
}
