// Re-exports used by types.ts, kept apart so types.ts reads as the stage's own contract.
export type { ClaimsFile, CompiledClaim, OntologyInfo, Qualifier, ResolvedClaim, ResolvedGroupClaim } from '../claims/index.js';
export type { EntityIndex } from '../claims/index.js';
export type { SegmentHints as SegmentHintsLike } from '../source/index.js';
