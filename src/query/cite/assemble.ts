/**
 * From each row's evidence (ground triples, bound terms, what was not traced) to its citations:
 * the look-ups are made in bulk for all rows, then each row takes its share, and a row without
 * citation is told why.
 */
import type * as RDF from '@rdfjs/types';
import { compactIri } from '../format.js';
import type { Citation, RowCitations } from '../types.js';
import type { CitationBackend, GroundTriple, RowEvidence } from './types.js';

/**
 * Resolves every row's ground triples and bound terms in bulk, then builds each row's citations.
 * A triple is backed by the positive, stated claims of exactly that triple, or (failing that)
 * by claims of a sub-property, an inverse, or itself read backwards when symmetric; a bound term
 * that is a claim or a sentence cites itself.
 *
 * @example
 * ```ts
 * const rows = await assembleCitations(backend, [{ triples, terms: [], untraced: [], matched: true }]);
 * rows[0].status; // 'cited'
 * ```
 */
export async function assembleCitations(backend: CitationBackend, evidence: RowEvidence[]): Promise<RowCitations[]> {
  // A bound claim or sentence is cited the same way in every row that binds it, and, over a
  // read-only graph, in every query: a backend that keeps these (the store backend, per graph)
  // spares a warm query the kind and description look-ups of every term it saw before.
  const byTerm = backend.termCitations ?? new Map<string, Citation | null>();
  const allTriples = new Map<string, GroundTriple>();
  const newTerms = new Map<string, RDF.Term>();
  for (const e of evidence) {
    for (const t of e.triples) allTriples.set(t.key, t);
    for (const t of e.terms) if (!byTerm.has(t.value)) newTerms.set(t.value, t);
  }
  const claimsByTriple = await backend.claimsForTriples([...allTriples.values()]);
  const kinds = await backend.kinds([...newTerms.values()]);
  const claimIris = new Set<string>();
  for (const list of claimsByTriple.values()) for (const c of list) claimIris.add(c.claim);
  for (const [iri, kind] of kinds) if (kind === 'claim') claimIris.add(iri);
  const claimInfo = await backend.describeClaims([...claimIris]);
  const sentenceIris = [...kinds].filter(([, k]) => k === 'sentence').map(([iri]) => iri);
  const sentences = await backend.describeSentences(sentenceIris);
  for (const value of newTerms.keys()) {
    const kind = kinds.get(value);
    let c: Citation | null = null;
    if (kind === 'claim') {
      const info = claimInfo.get(value);
      c = { claim: value, polarity: info?.polarity, modality: info?.modality, via: compactIri(value), sentences: info?.sentences ?? [] };
    } else if (kind === 'sentence') {
      const s = sentences.get(value);
      if (s) c = { via: compactIri(value), sentences: [s] };
    }
    // shared by every row (and query) citing the term: frozen, so no caller changes another's
    byTerm.set(value, c && Object.freeze(c));
  }

  return evidence.map((row) => {
    const out = new Map<string, Citation>();
    for (const t of row.triples) {
      for (const c of claimsByTriple.get(t.key) ?? []) {
        if (out.has(c.claim)) continue;
        const info = claimInfo.get(c.claim);
        out.set(c.claim, { claim: c.claim, polarity: info?.polarity, modality: info?.modality, via: c.via, sentences: info?.sentences ?? [] });
      }
    }
    for (const term of row.terms) {
      if (out.has(term.value)) continue;
      const c = byTerm.get(term.value);
      if (c) out.set(term.value, c);
    }
    return rowCitations([...out.values()].sort(compareCitations), row);
  });
}

/**
 * A row's citations with its status: cited, or uncited and why.
 *
 * @example
 * ```ts
 * rowCitations([], { untraced: [], matched: false }); // { status: 'uncited', reason: 'no-claim', … }
 * ```
 */
export function rowCitations(citations: Citation[], row: Pick<RowEvidence, 'untraced' | 'matched'>): RowCitations {
  const untraced = row.untraced.length ? `not traced: ${row.untraced.join('; ')}` : undefined;
  if (citations.length > 0) return untraced ? { status: 'cited', citations, detail: untraced } : { status: 'cited', citations };
  if (untraced) return { status: 'uncited', citations, reason: 'untraceable', detail: untraced };
  const matched = row.matched;
  return {
    status: 'uncited',
    citations,
    reason: 'no-claim',
    detail: matched ? 'no claim backs the triples this row rests on' : 'this row rests on no triple of the graph',
  };
}

function compareCitations(a: Citation, b: Citation): number {
  const ab = a.sentences[0]?.begin ?? Infinity;
  const bb = b.sentences[0]?.begin ?? Infinity;
  if (ab !== bb) return ab - bb;
  const ak = a.claim ?? a.via;
  const bk = b.claim ?? b.via;
  return ak < bk ? -1 : ak > bk ? 1 : 0;
}
