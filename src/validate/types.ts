/** Severity of a validation result (SHACL's three levels). */
export type Severity = 'Violation' | 'Warning' | 'Info';

/** Which check produced a result. */
export type ResultSource = 'shacl' | 'vocabulary' | 'anchor' | 'hash' | 'stale' | 'build';

/** One finding: plain data, printable and convertible to sh:ValidationResult. */
export interface ValidationResultData {
  severity: Severity;
  source: ResultSource;
  /** IRI of the node at fault (or the file, for file-level checks). */
  focusNode: string;
  /** IRI of the property path, when there is one. */
  path?: string;
  /** The offending value (IRI or literal lexical form). */
  value?: string;
  message: string;
  /** SHACL source shape / constraint component, for SHACL results. */
  sourceShape?: string;
  sourceConstraintComponent?: string;
}

/** Result of {@link validateProject}. */
export interface ValidationReport {
  /** True when no result has severity Violation. */
  conforms: boolean;
  results: ValidationResultData[];
  /** What was checked, for the printed summary. */
  checked: { triples: number; anchors: number; articles: number; shapes: boolean; stale: boolean };
}
