/**
 * The shapes of the check context (src/check/context.ts builds it): the lexicon's relation
 * patterns and markers, the ontology's property axioms, and the context itself.
 */
import type { ClaimTime } from './timeline.js';
import type { ClaimScope } from './attribution.js';
import type { DerivedLexicon } from './lexicon.js';
import type { CompiledPattern } from './pattern.js';
import type { Morphology } from './text.js';
import type { CheckGraph, ModalityName, PolarityName } from './types.js';
import type { LexiconTriples } from './lexicon-view.js';

/** How a slot's text is read. */
/** `date-or-year`: the object of a date-valued property, which a claim may name by its year or month. */
export type SlotType = 'entity' | 'amount' | 'date' | 'date-or-year' | 'year' | 'number' | 'string' | 'boolean' | 'duration';

/** A relation pattern of the lexicon. */
export interface RelationPattern {
  property: string;
  name: string;
  pattern: CompiledPattern;
  polarity: PolarityName;
  modality: ModalityName;
  /** Position in the lexicon (ties are broken by it, so output is deterministic). */
  order: number;
  /** Read in claims only, not in articles' sentences by `suggest` (lexicon `cg:claimOnlyPattern`). */
  claimOnly?: boolean;
}

/** A marker that changes polarity or modality ("not", "may", "is set to"). */
export interface Marker {
  pattern: CompiledPattern;
  polarity?: PolarityName;
  modality?: ModalityName;
}

/** Property axioms read from the ontology. */
export interface Axioms {
  inverse: Map<string, Set<string>>;
  /** p -> every property below p (transitive, p excluded). */
  subProperties: Map<string, Set<string>>;
  /** `P cg:deniedWith Q`: a denial of Q denies P (a non-member holds no shares), without Q following from P (src/check/broader-denial.ts). */
  deniedWith: Map<string, Set<string>>;
  symmetric: Set<string>;
  functional: Set<string>;
  inverseFunctional: Set<string>;
  /** Properties annotated `cg:oneHolderAtATime true`: each object has one subject at a time (an office, one holder). */
  oneHolderAtATime: Set<string>;
  /** Properties annotated `cg:oneGradeAtATime true`: one grade of a title at a time ("Associate Fellow", not also "Senior Fellow"; src/check/holder-refuters.ts). */
  oneGradeAtATime: Set<string>;
  /** Properties annotated `cg:oneNamedAtATime true`: one value per subject in its source, so another of the same kind refutes (src/check/named-org.ts). */
  oneNamedAtATime: Set<string>;
  /** Properties annotated `cg:oneStateAtATime true`: a person holds the offices of one state at a time (src/check/holder-refuters.ts). */
  oneStateAtATime: Set<string>;
  /** Properties annotated `cg:oncePerObject true`: it happens to its object once, so its time is one for the object whoever did it (src/check/agentless.ts). */
  oncePerObject: Set<string>;
  /** Properties annotated `cg:oncePerOrganisation true`: an organisation does it to its subject once, through whichever body, so a body's time is the organisation's (src/check/organs.ts). */
  oncePerOrganisation: Set<string>;
  /** Datatype properties annotated `cg:oneSubjectPerValue true`: a value (a rank in its scope) is one subject's, so another subject stated with it refutes (src/check/refuters.ts). */
  oneSubjectPerValue: Set<string>;
  /** List-count property -> the relation whose subjects it counts (`cg:countsSubjectsOf`: a closed list, src/check/closed-lists.ts). */
  countsSubjectsOf: Map<string, string>;
  /** Properties annotated `cg:commitment true` and their sub-properties: a stated fact is an offer delivered later, so "will V" is what it says. */
  commitment: Set<string>;
  /** Properties annotated `cg:lastingState true`: a source's point in time is one time it held, not its span. */
  lastingState: Set<string>;
  /** Properties annotated `cg:extendsToAgent true` (and those below them): an actor's statement is its agent's (src/check/actors.ts). */
  extendsToAgent: Set<string>;
  range: Map<string, string>;
  domain: Map<string, string>;
  /** class -> every superclass (transitive, itself included). */
  superClasses: Map<string, Set<string>>;
  /** class -> the classes declared disjoint with it (`owl:disjointWith`, `owl:AllDisjointClasses`; src/check/kinds.ts). */
  disjoint: Map<string, Set<string>>;
  /** property -> the properties declared disjoint with it (`owl:propertyDisjointWith`, both ways; src/check/disjoint-properties.ts). */
  disjointProperties: Map<string, Set<string>>;
  /** class -> its English label (`rdfs:label`), the noun a claim names it by ("gas field"). */
  classLabels: Map<string, string>;
  /**
   * p -> OWL restrictions `C rdfs:subClassOf [ owl:onProperty p ; owl:maxQualifiedCardinality 1 ;
   * owl:onClass D ]` (or `owl:maxCardinality 1`, D undefined): a C has at most one p-value that is a D.
   */
  maxOne: Map<string, Array<{ subjectClass: string; onClass?: string }>>;
  /** Properties usable as claim predicates / qualifiers, by local name. */
  properties: Map<string, string>;
  qualifiers: Set<string>;
  labels: Map<string, string>;
  /**
   * Modality (lower-case local name) -> the modalities a source statement of it also supports
   * (`cg:entailsModality`, transitive, itself included): a stated fact supports "will"/"may".
   */
  entailedModalities: Map<string, Set<string>>;
  /**
   * Qualifier -> the relation a claim's subject has to the qualifier's value (`cg:subjectRelation`:
   * the first Prime Minister to visit a country holds the office of Prime Minister).
   */
  subjectRelation: Map<string, string>;
  /**
   * Relation property (and every property below it) -> the qualifier naming the person its
   * subject acts through (`cg:actedThrough`: a prime minister's grant is the state's).
   */
  actedThrough: Map<string, string>;
  /** Property -> the properties whose chain entails it (`owl:propertyChainAxiom`, in order). */
  propertyChains: Map<string, string[]>;
}

/** Everything the checker needs, derived once per graph. */
export interface CheckContext {
  store: CheckGraph;
  morph: Morphology;
  axioms: Axioms;
  relations: RelationPattern[];
  /** Qualifier adjuncts ("in {year}"). */
  adjuncts: CompiledPattern[];
  /** The adjuncts `suggest` reads in articles' sentences: all but the lexicon's `cg:claimOnlyPattern`s. */
  articleAdjuncts: CompiledPattern[];
  markers: Marker[];
  /** Noun phrases naming an office from a role and a state: "{role} of {holder}". */
  officePatterns: CompiledPattern[];
  /** Slot type overrides from the lexicon (slot name -> type). */
  slotTypes: Map<string, SlotType>;
  /** Property IRI -> the currency its bare decimal values are in (lexicon `cg:slotCurrency`). */
  slotCurrency: Map<string, string>;
  /** Name key -> entity IRIs. */
  labelIndex: Map<string, Set<string>>;
  /** Entity IRI -> preferred label. */
  entityLabel: Map<string, string>;
  /** Entity IRI -> rdf:type IRIs. */
  entityTypes: Map<string, Set<string>>;
  /** Role key -> (state IRI -> office IRI). */
  offices: Map<string, Map<string, string>>;
  /** Words of every name, to tell a name from filler in "could not read" messages. */
  nameWords: Set<string>;
  /** Other words for pattern words, irregular forms and skippable adverbs (ontology/lexicon.derived.json). */
  derived: DerivedLexicon;
  /** Words a claim may carry without changing its relation (derived adverbs less any word the lexicon uses). */
  skippable: Set<string>;
  /** Words that change a claim's meaning wherever they stand (lexicon `cg:meaningWord`: "only", "first", "before"). */
  meaningWords: Set<string>;
  /** Skippable adverbs that add nothing a source could state (lexicon `cg:emptyAdverb`: "definitely"); any other skipped adverb caps the verdict (src/check/unstated-adverbs.ts). */
  emptyAdverbs: Set<string>;
  /** Verbs of a feeling about what a source says (lexicon `cg:attitudeWord`: "fears", "complains"): never supported by the words alone (src/check/unstated-adverbs.ts). */
  attitudeWords: Set<string>;
  /** Words that only strengthen a claim (lexicon `cg:strengtheningWord`: "long" in "has long been"; src/check/rewrites.ts). */
  strengtheningWords: Set<string>;
  /** WordNet's word list for the typo guard of entity linking (read on first use, src/check/fuzzy.ts). */
  wordsFile: string;
  /** Attribution frames and their words (src/check/attribution.ts). */
  attribution: { patterns: CompiledPattern[]; verbs: Set<string>; bodyNouns: Set<string>; readerNouns: Set<string>; /** "portrays", "characterises" (cg:depictionVerb): "S V X as Y" is S saying X is Y. */ depictionVerbs: Set<string> };
  /** When set, only the claims of this source count (a claim about what a source said). */
  scope?: ClaimScope;
  /** When set, the time the claim is checked for ("as of 2016, ..."): later sources do not decide it. */
  asOf?: ClaimTime;
  /** True when the claim is in the present tense and in no other ("X is the president of Y"; src/check/claim-time.ts). */
  present?: boolean;
  /** True when the claim is in the present perfect without a time of its own ("X has been active in Y", "Has X approved a loan yet?"; src/check/claim-time.ts). */
  perfect?: boolean;
  /** Patterns of claims about the articles themselves (src/check/metadata.ts). */
  metadataPatterns: Array<{ property: string; pattern: CompiledPattern }>;
  /** The lexicon's triples (ontology/lexicon.ttl), for word lists a module reads on first use (src/check/lexicon-words.ts). */
  lexicon: LexiconTriples;
}
