/**
 * When two claims say the same thing, and the ids of proposals.
 *
 * The statement of a claim is its subject, predicate, object, polarity and modality; "A leads
 * B" and "B ledBy A" are one statement (owl:inverseOf), as are "A rivalOf B" and "B rivalOf A"
 * (owl:SymmetricProperty). Curated claims, proposals and rejections are compared on this key.
 */
import type { GroupSpecYaml, Modality, Polarity } from './types.js';

/** What {@link statementKey} needs of the ontology: inverse pairs and symmetric properties, by local name. */
export interface StatementAxioms {
  inverse: Map<string, string>;
  symmetric: Set<string>;
}

/** The parts of a claim that make its statement. */
export interface Statement {
  subject: unknown;
  predicate: string;
  object: unknown;
  polarity?: Polarity;
  modality?: Modality;
}

/**
 * A side of a claim as a canonical string: an entity id or literal as is, a group spec with its
 * lists sorted.
 *
 * @example
 * ```ts
 * sideKey({ group: 'g', except: ['b', 'a'] }); // '{g+-a,b}'
 * ```
 */
export function sideKey(v: unknown): string {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const g = v as Partial<GroupSpecYaml> & Record<string, unknown>;
    const list = (x: unknown): string => (Array.isArray(x) ? x.map(String) : x == null ? [] : [String(x)]).sort().join(',');
    return `{${String(g.group)}+${list(g.plus)}-${list(g.except)}${g.role ? `@${String(g.role)}` : ''}}`;
  }
  return String(v);
}

/**
 * The canonical key of a claim's statement.
 *
 * @example
 * ```ts
 * statementKey({ subject: 'b', predicate: 'ledBy', object: 'a' }, axioms) ===
 *   statementKey({ subject: 'a', predicate: 'leads', object: 'b' }, axioms); // true
 * ```
 */
export function statementKey(c: Statement, axioms: StatementAxioms): string {
  let s = sideKey(c.subject);
  let p = c.predicate;
  let o = sideKey(c.object);
  const inv = axioms.inverse.get(p);
  if (inv && inv < p) {
    [s, o] = [o, s];
    p = inv;
  }
  if (axioms.symmetric.has(p) && o < s) [s, o] = [o, s];
  return `${s} ${p} ${o} ${c.polarity ?? 'positive'} ${c.modality ?? 'stated'}`;
}

/**
 * An id for a proposal from its statement (`freedonia-grant-to-sylvania-possible`), unique among
 * `taken` (a `-2`, `-3`... suffix otherwise); `taken` gets the new id.
 *
 * @example
 * ```ts
 * proposalId({ subject: 'acme', predicate: 'memberOf', object: 'guild', polarity: 'negative' }, new Set());
 * // 'acme-not-member-of-guild'
 * ```
 */
export function proposalId(c: Statement, taken: Set<string>): string {
  const side = (v: unknown): string => {
    if (v !== null && typeof v === 'object') {
      const g = v as GroupSpecYaml;
      return [g.role ? `${g.role}s-of` : '', g.group, g.plus?.length ? `and-${g.plus.join('-')}` : '', g.except?.length ? `except-${g.except.join('-')}` : '']
        .filter(Boolean).join('-');
    }
    return String(v).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  };
  const pred = c.predicate.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  let base = [side(c.subject), c.polarity === 'negative' ? 'not' : '', pred, side(c.object), c.modality && c.modality !== 'stated' ? c.modality : '']
    .filter(Boolean).join('-').replace(/-+/g, '-');
  if (base.length > 80) base = base.slice(0, 80).replace(/-+$/, '');
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
  taken.add(id);
  return id;
}
