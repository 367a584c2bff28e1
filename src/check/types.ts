/**
 * Types of the fact-checking stage: claim interpretations, verdicts, evidence and reports.
 *
 * Everything here is plain data (JSON-serialisable through {@link CheckResultJSON}) so the CLI,
 * the HTTP server and tests consume the same shapes.
 */

import type { Quad, Term } from '@rdfjs/types';

/**
 * The graph look-ups checking makes (`null` matches any term; a string is an n3 term id, an IRI
 * as it is): an n3 Store, or the graph's persistent index (src/index-store), which a fresh
 * process opens instead of parsing a large graph's Turtle.
 */
export interface CheckGraph {
  getQuads(s: Term | string | null, p: Term | string | null, o: Term | string | null, g: Term | string | null): Quad[];
  getSubjects(p: Term | string | null, o: Term | string | null, g: Term | string | null): Term[];
  getObjects(s: Term | string | null, p: Term | string | null, g: Term | string | null): Term[];
  countQuads(s: Term | string | null, p: Term | string | null, o: Term | string | null, g: Term | string | null): number;
}

/** FEVER labels. */
export type Verdict = 'SUPPORTED' | 'REFUTED' | 'NOT_ENOUGH_INFO';

/** Local names of the cg:Modality instances, lower-cased. */
export type ModalityName = 'stated' | 'expected' | 'possible' | 'pledged' | 'perceived';

/** Polarity of a claim. */
export type PolarityName = 'positive' | 'negative';

/** A money amount: exact decimal string and ISO 4217 currency code. */
export interface MoneyValue {
  value: string;
  currency: string;
  /**
   * A claimed bound instead of an exact sum ("more than US$ 10 billion"): gt, ge, lt, le, or
   * about (within 10%). Source amounts never carry one.
   */
  bound?: AmountBound;
  /**
   * The sum said as exact ("exactly / precisely US$ 5 million"): a source that gives its amount as
   * approximate does not support it (round 33).
   */
  precise?: boolean;
}

/** How a claimed amount relates to the real one. */
export type AmountBound = 'gt' | 'ge' | 'lt' | 'le' | 'about' | 'near-under' | 'near-over' | 'close-to';

/** A typed qualifier or literal value, normalised for comparison. */
export type CheckValue =
  | {
    kind: 'entity'; iri: string; label: string; mention?: string;
    /** Named with "all", "every" or "each" ("every Ruritanian state", "all of Ruritania"): the whole of it, each member. */
    whole?: boolean;
    /** Named with "each" or "every" ("each of the five states"): each member on its own, not all of them together (round 37). */
    each?: boolean;
    /** The mention was misspelt: read as this label key, so many character edits away (after the
     * lexicon's spelling rules `rules`, when a transliteration was read: src/check/spelling-variants.ts). */
    corrected?: { edits: number; rules?: string[] };
  }
  | { kind: 'unknown-entity'; mention: string }
  /** A coordination ("X and Y"): the claim is read as holding for each of them. */
  | {
    kind: 'entities'; items: Array<{ kind: 'entity'; iri: string; label: string; mention?: string }>; mention?: string;
    /** "G except X": the members set aside, of whom the claim implies the opposite. */
    excepted?: Array<{ kind: 'entity'; iri: string; label: string }>;
  }
  | { kind: 'amount'; amounts: MoneyValue[]; mention?: string }
  | { kind: 'date'; value: string; mention?: string }
  | { kind: 'daterange'; start: string; end: string; mention?: string }
  /** A year; `bound` lt for "before 2010", gt for "after 2008". */
  | { kind: 'year'; value: string; bound?: AmountBound; mention?: string }
  /** A calendar month, `YYYY-MM` ("in October 2015"). */
  | { kind: 'month'; value: string; mention?: string }
  /** A rank or a quantity; `bound` for a compared quantity ("more than fifty"). */
  | { kind: 'number'; value: string; bound?: AmountBound; mention?: string }
  /**
   * "four Ruritanian states", "only one of the five republics": how many members of a group
   * the claim holds for (`only`: exactly so many; otherwise at least).
   */
  /** `role`: the members' offices of that role are counted, not the members ("four Ruritanian presidents", src/check/role-counts.ts). */
  /** `indefinite`: said with "a" / "any" ("a Ruritanian president"), which a denial of the verb may scope over (src/check/role-counts.ts). */
  /** `generic`: a bare plural of the holders ("Ruritanian presidents attended"), at least two, which may also be read as most of them (src/check/verdict.ts countReading). */
  | { kind: 'count'; n: number; only: boolean; atMost?: boolean; bare?: boolean; role?: string; indefinite?: boolean; generic?: boolean; group: { kind: 'entity'; iri: string; label: string }; mention?: string }
  /** A span of time in days ("a week", "five-day", "more than ten days"), checked against start and end dates. */
  /** `clock`: said in hours or minutes, which a source's days (start and end dates) cannot measure. */
  | { kind: 'duration'; days: number; bound?: AmountBound; mention?: string; clock?: boolean }
  | { kind: 'string'; value: string; mention?: string };

/** What the checker understood a claim to say. */
export interface Interpretation {
  subject: CheckValue;
  /** Full IRI of the cg: property. */
  predicate: string;
  /** Local name of the property (`memberOf`). */
  predicateName: string;
  object: CheckValue;
  polarity: PolarityName;
  modality: ModalityName;
  /** Qualifier local name -> value (`year`, `amount`, `firstInOffice`...). */
  qualifiers: Record<string, CheckValue>;
  /** The lexical pattern that matched (for explanations; absent for structured input). */
  pattern?: string;
  /**
   * How the claim's words were read where they differ from the graph's and the lexicon's own
   * words: "read 'sylvannia' as Sylvania (1 edit)", "read 'obtained' as 'receive' (WordNet
   * synonym)", "skipped 'formally'".
   */
  notes?: string[];
  /** The source the claim says made the statement ("a reader comment"), when it names one. */
  attributedTo?: string;
  /**
   * The time the claim is about, when it states one apart from the relation's own qualifiers
   * ("as of 2016, ...", "in 2015, X was expected ..."): an ISO period (`2015`, `2016-01`). Only
   * sources of that time or earlier decide it (src/check/timeline.ts).
   */
  asOf?: string;
  /**
   * True when the claim says the state that the property's deed begins, in the deed pattern's own
   * word after a form of "be" ("the bank was open in 2017" read by "{s} open in {o}"): a later time
   * is then no other onset (src/check/state-since.ts, lexicon cg:stateWord; round 35). Round 36:
   * the one flag (the parser's second, with "open" in its code, is gone): "stood officially open",
   * "remained open", and a time read by another property's pattern with the state word.
   */
  stateSaid?: boolean;
  /**
   * The determiner of the occasion the claim names ("a visit", "his visit", "the summit"), when it
   * says one (src/check/determiners.ts): an indefinite occasion may be another than the source's.
   */
  determiner?: Determiner;
  /**
   * The noun a distributive quantifier goes with ("each of the deals", "every deal", "all the
   * deals", "were each worth"): an amount said of each of them, not of their whole (round 38,
   * src/check/part-total.ts).
   */
  eachPart?: string;
  /**
   * How a denial under a possibility takes its modal (src/check/modal-scope.ts): "could not"
   * denies the possibility, "may not" is the possibility of the denial.
   */
  modalScope?: 'denied-possibility' | 'possible-denial';
  /**
   * Round 35: the claim's start and end dates bound a window the event lies in ("between D1 and
   * D2") or a stay inside it ("was in X from D1 to D2"), not the event's exact span: days that
   * overlap the source's span do not refute it (src/check/verdict.ts); a stay past either end of
   * the span still misstates it.
   */
  window?: 'between' | 'stay';
  /**
   * Round 35: a list said as a whole ("both A and B", "all of A, B and C"): under "the first N to
   * visit ..." one collective deed, not one per name (src/check/verdict.ts `distribute`); false
   * when the claim says "each" or "either" (one by one, a group too).
   */
  collective?: boolean;
  /**
   * Round 36: an expectation said in the past tense ("were set to become ... by 2016"): what a
   * source of its time expected, which a later source's denial does not refute
   * (src/check/expectation-tense.ts).
   */
  expectationPast?: boolean;
  /**
   * Round 40: a present prospect ("is set to join", "plans to join", "may eventually join"): the deed
   * is said to be still to come, which a source that states it done does not support
   * (src/check/expectation-tense.ts `presentProspect`, src/check/verdict.ts).
   */
  prospect?: boolean;
  /**
   * Round 37: a denial said with "never" ("Freedonia has never been a member of the League"): at
   * every time up to the claim's, which a state denied at a source's day does not decide
   * (src/check/denial-time.ts), and of every occasion of a recurring event, which the denial of one
   * occasion does not support (src/check/repeat-time.ts `saysNever`).
   */
  never?: boolean;
}

/** A determiner of the claim's occasion: its kind, its word, the noun it goes with and where that noun comes from. */
export interface Determiner {
  kind: 'indefinite' | 'definite' | 'possessive';
  word: string;
  noun: string;
  /** The object's or the subject's mention, or a noun among the matched pattern's alternatives. */
  of: 'object' | 'subject' | 'pattern';
}

/** Kind of segment a sentence lies in, as the JSON contract names it. */
export type SegmentName = 'body' | 'comment' | 'headline' | 'dateline' | 'byline' | 'comment-meta' | 'boilerplate' | 'unknown';

/** One cited sentence. */
export interface Evidence {
  /** Sentence id (`s014`). */
  sentence: string;
  /** Sentence IRI. */
  sentenceIri: string;
  /** Code-point offsets of the sentence in its article text (end exclusive). */
  begin: number;
  end: number;
  /** Sentence text. */
  text: string;
  /** IRI of the claim node this sentence supports. */
  claim: string;
  /** Body or reader comment (and the other segment kinds). */
  segment: SegmentName;
  /** Article IRI the sentence belongs to, when the graph says. */
  article?: string;
  /** That article's date: datePublished, or `undated` with the bounds its text gives. */
  articleDate?: string;
  /**
   * Quote spans inside this sentence, relative to the sentence start (code points): the claim's
   * own, or, for a premise sentence, the premise claim's.
   */
  highlights: Array<{ begin: number; end: number }>;
  /**
   * Set when the sentence is cited for a premise of the claim rather than stating it: the IRI of
   * the claim it states (e.g. the `partOf` claim placing a member in the group a group statement
   * was expanded over).
   */
  premise?: string;
  /** How this claim bears on the checked claim. */
  stance: 'supports' | 'refutes' | 'related';
}

/** How a supported claim is supported. */
export type SupportKind = 'direct' | 'sub-property' | 'inverse' | 'symmetry' | 'combined-claims' | 'article-metadata' | 'value-comparison' | 'entity-kind' | 'entity-name';

/** How a claim is refuted. */
export type RefutationKind =
  | 'explicit-negation'
  | 'functional-conflict'
  | 'qualifier-conflict'
  | 'rank-conflict'
  | 'earlier-office-holder'
  | 'other-holder'
  | 'absent-holder'
  | 'other-grade'
  | 'other-affiliation'
  | 'disjoint-property'
  | 'other-state-office'
  | 'value-comparison'
  | 'exception-refuted'
  | 'office-holders-refuted'
  | 'disjoint-kind'
  | 'broader-denial'
  | 'contrary-word'
  | 'misquoted-hedge'
  | 'closed-group'
  | 'disjoint-property'
  | 'group-denial'
  /** Another commenter's comment says it and the named writer's comment, held whole, does not (src/check/misattribution.ts, said-words.ts). */
  | 'other-commenter';

/** Why a claim is left undecided, or how a source claim only relates to it. */
export type UndecidedKind = 'ill-typed' | 'conflicting-sources' | 'unknown-entity' | 'partial-match' | 'no-claim' | 'modality' | 'qualifier' | 'negation-scope';

/** A claim read of each member of a group (`group-` when the graph said nothing of the group as such). */
export type GroupReason = 'member-refuted' | 'all-members' | 'partial' | 'some-member';

/**
 * Why a verdict was reached (machine-readable; the explanation words it): a support path, a
 * refutation kind, why it is undecided, a group reading, or a compound claim's deciding part.
 */
/** Sources of different dates disagree and time decides (src/check/timeline.ts): the latest source, or the claim's own time. */
export type TimeReason = 'latest-source' | 'claim-time';

export type Reason = SupportKind | RefutationKind | UndecidedKind | TimeReason | GroupReason | `group-${GroupReason}` | 'compound' | `compound-${string}`;

/** The result of checking one claim. */
export interface CheckResult {
  claim: string;
  verdict: Verdict;
  interpretation: Interpretation;
  evidence: Evidence[];
  explanation: string;
  /** Machine-readable reason: support path, refutation kind, why undecided. */
  reason: Reason;
  /** Both supporting and refuting claims were found (several sources disagree). */
  conflict: boolean;
  /**
   * A compound claim's statements, each with its own verdict and evidence; the claim's verdict
   * follows from them (any REFUTED -> REFUTED; all SUPPORTED -> SUPPORTED; else NOT_ENOUGH_INFO).
   */
  parts?: Array<{ text: string; verdict: Verdict; interpretation: Interpretation; evidence: Evidence[]; explanation: string }>;
  /**
   * The two amounts a comparison of amounts was decided on (src/check/comparisons.ts
   * `compareSides`), for a reader that checks more than its direction ("slightly larger",
   * src/check/degree-comparisons.ts). Kept with the result through rewrites that spread it; not
   * part of the JSON contract.
   */
  amounts?: ComparedAmounts;
}

/** The larger and the smaller of two amounts compared (after a factor is applied). */
export interface ComparedAmounts {
  larger: number;
  smaller: number;
}

/** JSON contract of a check result (`--format json`, `/check`). */
export interface CheckResultJSON {
  claim: string;
  verdict: Verdict;
  interpretation: Record<string, unknown>;
  /** `stance`: supports or refutes the claim; `related` only under NOT_ENOUGH_INFO (a near miss shown for context). */
  /**
   * `quotes`: the quote spans highlighted in the sentence, as offsets into the article (code
   * points) with their text; `premise`: set when the sentence states a premise of `claim` (the
   * claim it states) rather than `claim` itself.
   */
  evidence: Array<{ sentence: string; begin: number; end: number; text: string; quotes: Array<{ begin: number; end: number; text: string }>; claim: string; premise?: string; segment: SegmentName; stance: 'supports' | 'refutes' | 'related' }>;
  explanation: string;
  /** Present for a compound claim: each statement with its verdict, interpretation and evidence. */
  parts?: Array<Omit<CheckResultJSON, 'claim' | 'parts'> & { text: string }>;
}

/** Structured claim input (`check --subject --predicate --object`). */
export interface StructuredClaim {
  subject: string;
  predicate: string;
  object: string;
  negated?: boolean;
  modality?: ModalityName;
  /** Qualifier name -> raw text (`year` -> `2006`, `amount` -> `US$ 18 billion`). */
  qualifiers?: Record<string, string>;
}

/** Options of {@link checkClaim}. */
export interface CheckOptions {
  /** Project directory whose ontology/ holds claimgraph.ttl and lexicon.ttl (default: the package's). */
  dir?: string;
  /** A context prepared by `loadCheckContext` (reused across calls). */
  context?: unknown;
  /**
   * Time budget of one claim, ms of the checking thread's CPU time, every recheck under it
   * included (default `DEFAULT_CLAIM_BUDGET_MS` of src/check/recheck-depth.ts); past it the
   * claim is unread with `CHECK_BUDGET`. Read by the claim as written only.
   */
  budgetMs?: number;
  /** The clock the budget is read on, ms (default: the thread's CPU time); for tests. */
  clock?: () => number;
}

/** One line of a batch run. */
export interface BatchLineResult {
  line: number;
  id?: string;
  claim?: string;
  label?: Verdict;
  gold?: string[];
  result?: CheckResult;
  /** Verdict used for the metrics (NOT_ENOUGH_INFO when the claim could not be read). */
  predicted?: Verdict;
  error?: { code: string; message: string };
  /** Gold quotes found in a cited sentence. */
  evidenceFound?: number;
  /** Checked (a verdict came back) in a worker thread, which sent its JSON line rather than `result`. */
  checked?: boolean;
}

/** Metrics of a labelled batch. */
export interface BatchMetrics {
  lines: number;
  checked: number;
  malformed: number;
  uninterpretable: number;
  labelled: number;
  correct: number;
  accuracy: number | null;
  /** Gold REFUTED or NOT_ENOUGH_INFO predicted SUPPORTED / gold SUPPORTED or NOT_ENOUGH_INFO predicted REFUTED. */
  falseSupported: number;
  falseRefuted: number;
  goldEvidence: number;
  evidenceFound: number;
  evidenceRecall: number | null;
  /**
   * FEVER's strict score over the labelled lines: the label right and, for a SUPPORTED or
   * REFUTED gold label with evidence, every gold quote in a cited sentence.
   */
  feverScore: number | null;
  /** Precision, recall and F1 of each label (gold rows, predicted columns of `confusion`). */
  perLabel: Record<Verdict, { precision: number; recall: number; f1: number }>;
  /** Mean of the three labels' F1. */
  macroF1: number | null;
  /** confusion[gold][predicted] = count. */
  confusion: Record<Verdict, Record<Verdict, number>>;
}
