/**
 * The review files of an article: `claims.suggested.yaml` (pending proposals, written by
 * `suggest`) and `claims.rejected.yaml` (rejections, so a proposal is not made again), with the
 * entries as claims.yaml writes them.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Document, parse, YAMLSeq } from 'yaml';
import { ClaimgraphError } from '../errors.js';
import { writeFileAtomic } from '../graph/index.js';
import { entryNode, YAML_OPTIONS } from './yaml-edit.js';
import type { GroupSpecYaml, ProposedClaim, ProposedEntity, RejectedProposal } from './types.js';

/** Pending proposals of an article, next to its claims.yaml. */
export const SUGGESTED_FILE = 'claims.suggested.yaml';
/** Rejected proposals of an article. */
export const REJECTED_FILE = 'claims.rejected.yaml';

/** Display path (relative to the project) of an article's file. */
export function articleFile(article: string, name: string): string {
  return `graph/articles/${article}/${name}`;
}

/** The keys of a proposed claim, in the order they are written. */
const CLAIM_ORDER = ['id', 'quote', 'subject', 'predicate', 'object', 'polarity', 'modality', 'qualifiers', 'confidence', 'why', 'needs'] as const;

/**
 * A proposal as a claims.yaml entry (without `sentenceId`; `extra` keys kept or dropped).
 *
 * @example
 * ```ts
 * claimEntry(proposal, { review: false }); // { id, quote, subject, predicate, object, ... } for claims.yaml
 * ```
 */
export function claimEntry(c: ProposedClaim, opts: { review: boolean }): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of CLAIM_ORDER) {
    if (!opts.review && (k === 'confidence' || k === 'why' || k === 'needs')) continue;
    const v = (c as unknown as Record<string, unknown>)[k];
    if (v === undefined) continue;
    if (k === 'polarity' && v === 'positive' && !opts.review) continue;
    if (k === 'modality' && v === 'stated' && !opts.review) continue;
    if (k === 'qualifiers' && Object.keys(v as object).length === 0) continue;
    out[k] = v;
  }
  return out;
}

/** An entity proposal as an entities.yaml entry. */
export function entityEntry(e: ProposedEntity, opts: { review: boolean }): Record<string, unknown> {
  return opts.review
    ? { id: e.id, label: e.label, type: e.type, quote: e.quote, confidence: e.confidence, why: e.why }
    : { id: e.id, type: e.type, label: e.label };
}

/**
 * The text of a `claims.suggested.yaml`.
 *
 * @example
 * ```ts
 * writeFileSync(path, suggestedText('freedonia-votes', claims, entities));
 * ```
 */
export function suggestedText(article: string, claims: ProposedClaim[], entities: ProposedEntity[]): string {
  const doc = new Document({ article });
  const seq = (items: Array<Record<string, unknown>>): YAMLSeq => {
    const s = new YAMLSeq();
    items.forEach((it, i) => {
      const n = entryNode(doc, it, { quoted: ['quote', 'why'] });
      if (i > 0) n.spaceBefore = true;
      s.items.push(n);
    });
    return s;
  };
  doc.set('claims', seq(claims.map((c) => claimEntry(c, { review: true }))));
  doc.set('entities', seq(entities.map((e) => entityEntry(e, { review: true }))));
  doc.commentBefore = [
    ` Proposed claims for article ${article}, written by \`claimgraph suggest ${article}\`.`,
    ' Nothing here is in the graph until accepted:',
    `   claimgraph suggest ${article} --accept ID...    move proposals (claims or entities) into claims.yaml / entities.yaml`,
    `   claimgraph suggest ${article} --all-above 0.9   accept every claim with confidence >= 0.9`,
    `   claimgraph suggest ${article} --reject ID...    record a rejection (${REJECTED_FILE}): not proposed again`,
    ' Each claim is a claims.yaml entry plus `confidence` (0..1) and `why` (the pattern or rule that produced it);',
    ' `needs` names the new entities (under `entities:`) a claim uses. Edit an entry here before accepting it if',
    ' it is nearly right; running `suggest` again rewrites this file.',
  ].join('\n');
  return doc.toString(YAML_OPTIONS);
}

/** The contents of a `claims.suggested.yaml` (empty when the file does not exist). */
export interface SuggestedFile {
  claims: ProposedClaim[];
  entities: ProposedEntity[];
}

/**
 * Reads an article's `claims.suggested.yaml`.
 *
 * @example
 * ```ts
 * readSuggested('.', 'freedonia-votes').claims.length;
 * ```
 */
export function readSuggested(dir: string, article: string): SuggestedFile {
  const file = articleFile(article, SUGGESTED_FILE);
  const data = readYamlData(dir, file) as { claims?: unknown; entities?: unknown } | undefined;
  if (!data) return { claims: [], entities: [] };
  const claims = listOf(data.claims, file, 'claims').map((c, i) => {
    const o = c as Record<string, unknown>;
    if (typeof o.id !== 'string' || typeof o.quote !== 'string' || typeof o.predicate !== 'string' || o.subject == null || o.object == null) {
      throw new ClaimgraphError('CLAIMS_INVALID', `claim ${i + 1} needs id, quote, subject, predicate and object`, { file, claim: typeof o.id === 'string' ? o.id : undefined });
    }
    return {
      id: o.id, quote: o.quote, subject: o.subject as string | GroupSpecYaml, predicate: o.predicate, object: (typeof o.object === 'number' ? String(o.object) : o.object) as string | GroupSpecYaml,
      polarity: (o.polarity as ProposedClaim['polarity']) ?? 'positive', modality: (o.modality as ProposedClaim['modality']) ?? 'stated',
      qualifiers: (o.qualifiers as ProposedClaim['qualifiers']) ?? {}, confidence: Number(o.confidence ?? 0), why: String(o.why ?? ''),
      ...(Array.isArray(o.needs) ? { needs: o.needs.map(String) } : {}), sentenceId: '',
    } satisfies ProposedClaim;
  });
  const entities = listOf(data.entities, file, 'entities').map((e, i) => {
    const o = e as Record<string, unknown>;
    if (typeof o.id !== 'string' || typeof o.label !== 'string' || typeof o.type !== 'string') {
      throw new ClaimgraphError('CLAIMS_INVALID', `entity ${i + 1} needs id, label and type`, { file });
    }
    return { id: o.id, label: o.label, type: o.type, quote: String(o.quote ?? o.label), confidence: Number(o.confidence ?? 0), why: String(o.why ?? ''), sentenceId: '' };
  });
  return { claims, entities };
}

/**
 * Reads an article's `claims.rejected.yaml`.
 *
 * @example
 * ```ts
 * readRejected('.', 'freedonia-votes').length;
 * ```
 */
export function readRejected(dir: string, article: string): RejectedProposal[] {
  const file = articleFile(article, REJECTED_FILE);
  const data = readYamlData(dir, file) as { rejected?: unknown } | undefined;
  if (!data) return [];
  return listOf(data.rejected, file, 'rejected').map((r) => {
    const o = r as Record<string, unknown>;
    return {
      kind: o.kind === 'entity' ? 'entity' : 'claim', id: String(o.id ?? ''), quote: String(o.quote ?? ''),
      ...(o.subject != null ? { subject: o.subject as string | GroupSpecYaml } : {}),
      ...(o.predicate != null ? { predicate: String(o.predicate) } : {}),
      ...(o.object != null ? { object: (typeof o.object === 'number' ? String(o.object) : o.object) as string | GroupSpecYaml } : {}),
      ...(o.polarity != null ? { polarity: o.polarity as RejectedProposal['polarity'] } : {}),
      ...(o.modality != null ? { modality: o.modality as RejectedProposal['modality'] } : {}),
      ...(o.label != null ? { label: String(o.label) } : {}),
    } satisfies RejectedProposal;
  });
}

/** The text of a `claims.rejected.yaml` holding `rejected`. */
export function rejectedText(article: string, rejected: RejectedProposal[]): string {
  const doc = new Document({ article });
  const s = new YAMLSeq();
  rejected.forEach((r, i) => {
    const n = entryNode(doc, { ...r }, { quoted: ['quote'] });
    if (i > 0) n.spaceBefore = true;
    s.items.push(n);
  });
  doc.set('rejected', s);
  doc.commentBefore = [
    ` Proposals rejected in review (\`claimgraph suggest ${article} --reject ID...\`): \`suggest\` does not make`,
    ' the same proposal (same statement from the same sentence, or the same new entity) again.',
    ' Delete an entry to allow it again.',
  ].join('\n');
  return doc.toString(YAML_OPTIONS);
}

/** Removes a review file (no error when it does not exist). */
export function removeReviewFile(dir: string, display: string): void {
  try {
    rmSync(join(dir, display), { force: true });
  } catch (err) {
    throw new ClaimgraphError('IO', `cannot remove ${display}: ${(err as Error).message}`, { file: display }, { cause: err });
  }
}

/** Writes a review file atomically. */
export function writeReviewFile(dir: string, display: string, text: string): void {
  try {
    writeFileAtomic(join(dir, display), text);
  } catch (err) {
    throw new ClaimgraphError('IO', `cannot write ${display}: ${(err as Error).message}`, { file: display }, { cause: err });
  }
}

function readYamlData(dir: string, file: string): unknown {
  const path = join(dir, file);
  if (!existsSync(path)) return undefined;
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8'));
  } catch (err) {
    const e = err as { message: string; linePos?: Array<{ line: number; col: number }> };
    throw new ClaimgraphError('CLAIMS_SYNTAX', `YAML syntax error: ${e.message.split('\n')[0]}`, { file, line: e.linePos?.[0]?.line });
  }
  if (data === null || data === undefined) return undefined;
  if (typeof data !== 'object' || Array.isArray(data)) throw new ClaimgraphError('CLAIMS_INVALID', 'expected a mapping', { file, line: 1 });
  return data;
}

function listOf(v: unknown, file: string, key: string): unknown[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new ClaimgraphError('CLAIMS_INVALID', `\`${key}:\` must be a list`, { file });
  for (const item of v) if (!item || typeof item !== 'object' || Array.isArray(item)) throw new ClaimgraphError('CLAIMS_INVALID', `each entry of \`${key}:\` must be a mapping`, { file });
  return v;
}
