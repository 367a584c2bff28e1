/**
 * Readings of a sentence -> proposals in the claims.yaml format: one claim per member of a
 * coordination, group specs as claims.yaml writes them, literals typed by the property's range,
 * an exact quote that lies in the sentence and occurs once in the article, unknown names as new
 * entities (never inside a claim without saying so), and a confidence that also weighs the
 * sentence around the reading (a question, a condition, a reader's comment).
 */
import { typeValue, type EntityIndex, type OntologyInfo } from '../claims/index.js';
import type { Sentence } from '../source/index.js';
import { uniqueQuote } from './quote.js';
import { hedgeBefore } from './sentence.js';
import type {
  GroupSpecYaml, Modality, Polarity, ProposedClaim, ProposedEntity, ArticleReading, SuggestValue,
} from './types.js';

/** What proposing needs to know about the project. */
export interface ProposeContext {
  ontology: OntologyInfo;
  entities: EntityIndex;
  /** The whole article text (quotes must occur once in it). */
  text: string;
  /** cg: class local name of a property's domain and range (for new entities' classes). */
  domainOf(property: string): string | undefined;
  rangeOf(property: string): string | undefined;
}

/** A proposed claim before its id is given (ids depend on every other proposal). */
export type DraftClaim = Omit<ProposedClaim, 'id'> & { newEntities: DraftEntity[]; modalityFromSubject?: boolean };
/** A proposed entity before its id is final. */
export type DraftEntity = Omit<ProposedEntity, 'id'> & { id: string };

/** Largest number of claims one reading may expand to (a coordination on both sides). */
const MAX_EXPANSION = 12;

/**
 * Proposals of one sentence from its readings.
 *
 * @example
 * ```ts
 * const drafts = proposeSentence(pctx, sentence, reader.read(sentence.text, sctx));
 * ```
 */
export function proposeSentence(pctx: ProposeContext, sentence: Sentence, readings: ArticleReading[]): DraftClaim[] {
  const out: DraftClaim[] = [];
  for (const r of readings) {
    const prop = pctx.ontology.properties.get(r.predicate);
    if (!prop || prop.qualifier) continue;
    const hedge = hedgeBefore(sentence.text, r.begin);
    if (hedge === 'question') continue;
    const quote = uniqueQuote(pctx.text, sentence.text, r.begin, r.end);
    if (!quote) continue;
    const subjects = sideValues(pctx, r.subject, r.predicate, 'subject', sentence);
    const objects = prop.kind === 'entity' ? sideValues(pctx, r.object, r.predicate, 'object', sentence) : literalObject(pctx, r.object, r.predicate);
    if (!subjects.length || !objects.length || subjects.length * objects.length > MAX_EXPANSION) continue;
    const qualifiers = typedQualifiers(pctx, r.qualifiers);
    if (!qualifiers) continue;
    let confidence = r.confidence;
    const notes: string[] = [];
    if (hedge) {
      confidence *= 0.3;
      notes.push(`inside "${hedge}": not asserted as a fact`);
    }
    if (sentence.kind === 'comment') notes.push('a reader comment: the build attributes it to the commenter');
    for (const s of subjects) {
      for (const o of objects) {
        const newEntities = [...s.entities, ...o.entities];
        if (s.value === o.value && typeof s.value === 'string') continue;
        let c = confidence;
        if (newEntities.length) c *= 0.8;
        out.push({
          quote, subject: s.value, predicate: r.predicate, object: o.value, polarity: r.polarity, modality: r.modality,
          qualifiers, confidence: round(c), why: [r.why, ...notes].join('; '), sentenceId: sentence.id,
          ...(newEntities.length ? { needs: newEntities.map((e) => e.id) } : {}), newEntities,
          ...(r.modalityFromSubject ? { modalityFromSubject: true } : {}),
        });
      }
    }
  }
  return out;
}

interface Side {
  value: string | GroupSpecYaml;
  entities: DraftEntity[];
}

function sideValues(pctx: ProposeContext, v: SuggestValue, predicate: string, side: 'subject' | 'object', sentence: Sentence): Side[] {
  switch (v.kind) {
    case 'entity':
      return pctx.entities.has(v.id) ? [{ value: v.id, entities: [] }] : [];
    case 'entities':
      return v.ids.every((id) => pctx.entities.has(id)) ? v.ids.map((id) => ({ value: id, entities: [] })) : [];
    case 'group': {
      const ids = [v.group, ...v.plus, ...v.except];
      if (!ids.every((id) => pctx.entities.has(id))) return [];
      const spec: GroupSpecYaml = { group: v.group };
      if (v.plus.length) spec.plus = [...v.plus].sort();
      if (v.except.length) spec.except = [...v.except].sort();
      if (v.role) spec.role = v.role;
      return [{ value: spec, entities: [] }];
    }
    case 'new-entity': {
      const cls = v.cls ?? (side === 'subject' ? pctx.domainOf(predicate) : pctx.rangeOf(predicate));
      const e = newEntity(pctx, v.mention, cls, sentence);
      return e ? [{ value: e.id, entities: [e] }] : [];
    }
    default:
      return [];
  }
}

function literalObject(pctx: ProposeContext, v: SuggestValue, predicate: string): Side[] {
  if (v.kind !== 'literal') return [];
  try {
    typeValue(v.value, predicate, pctx.entities, pctx.ontology, { file: '', line: 0 }, '');
  } catch {
    return [];
  }
  return [{ value: v.value, entities: [] }];
}

function typedQualifiers(pctx: ProposeContext, qs: Record<string, SuggestValue>): ProposedClaim['qualifiers'] | undefined {
  const out: ProposedClaim['qualifiers'] = {};
  for (const [k, v] of Object.entries(qs).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (k === 'amounts' || k === 'amount') {
      if (v.kind !== 'amounts' || !v.amounts.length) return undefined;
      // in the order the text gives them (the build sorts them; a reviewer reads them as written)
      out.amounts = v.amounts;
      continue;
    }
    const qp = pctx.ontology.properties.get(k);
    // a qualifier the ontology does not declare cannot be written: the reading is not kept whole
    if (!qp?.qualifier) return undefined;
    const ids = v.kind === 'entity' ? [v.id] : v.kind === 'entities' ? v.ids : undefined;
    if (ids) {
      if (!ids.every((id) => pctx.entities.has(id))) return undefined;
      out[k] = ids.length === 1 ? ids[0]! : [...ids].sort();
    } else if (v.kind === 'literal') {
      // a value the qualifier's range does not take (a month for a day) is left out, not guessed
      try {
        typeValue(v.value, k, pctx.entities, pctx.ontology, { file: '', line: 0 }, '');
      } catch {
        continue;
      }
      out[k] = v.value;
    } else return undefined;
  }
  return out;
}

/**
 * A proposed entity for a name the graph cannot link: id from the label, the class its place in
 * the reading implies, and the exact words that name it.
 */
function newEntity(pctx: ProposeContext, mention: string, cls: string | undefined, sentence: Sentence): DraftEntity | undefined {
  // a class that says nothing (cg:Entity) makes an entity a reviewer has to type anyway
  if (!cls || cls === 'Entity' || !pctx.ontology.classes.has(cls)) return undefined;
  const at = findMention(sentence.text, mention);
  if (!at) return undefined;
  const quote = uniqueQuote(pctx.text, sentence.text, at.begin, at.end);
  if (!quote) return undefined;
  const clean = sentence.text.slice(at.begin, at.end);
  let id = slug(clean);
  if (!id) return undefined;
  // a different entity may have the same slug: the new one gets its own id
  for (let k = 2; pctx.entities.has(id); k++) id = `${slug(clean)}-${k}`;
  return {
    id, label: clean, type: cls, quote, confidence: 0.5, sentenceId: sentence.id,
    why: `"${clean}" names no entity of graph/entities.yaml; cg:${cls} from its place in the statement`,
  };
}

/** Where a mention (tokens joined by spaces) lies in the sentence, punctuation between words allowed. */
export function findMention(sentence: string, mention: string): { begin: number; end: number } | undefined {
  const words = mention.split(/\s+/).filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!words.length) return undefined;
  const m = new RegExp(words.join('[\\s\\p{P}]*'), 'u').exec(sentence);
  return m ? { begin: m.index, end: m.index + m[0].length } : undefined;
}

/**
 * An entity id from a name: lowercase ASCII words joined by `-`.
 *
 * @example
 * ```ts
 * slug('Rufus T. Firefly'); // 'rufus-t-firefly'
 * ```
 */
export function slug(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/['\u2019]s\b/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 50).replace(/-+$/, '');
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
}

/** The statement of a claim in one line, for reports. */
export function statementOf(c: { subject: unknown; predicate: string; object: unknown; polarity: Polarity; modality: Modality }): string {
  const side = (v: unknown): string => {
    if (typeof v === 'string') return v;
    const g = v as GroupSpecYaml;
    return `{${g.group}${g.plus?.length ? ` + ${g.plus.join(', ')}` : ''}${g.except?.length ? ` except ${g.except.join(', ')}` : ''}${g.role ? ` (${g.role})` : ''}}`;
  };
  return `${side(c.subject)} ${c.polarity === 'negative' ? 'NOT ' : ''}${c.predicate} ${side(c.object)}${c.modality !== 'stated' ? ` [${c.modality}]` : ''}`;
}
