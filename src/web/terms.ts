/**
 * Terms as the pages show them: IRIs in their prefixed form, as links to the page that shows
 * the resource (`/resource?iri=` finds the right view), literals with their language or type.
 */
import { h } from './dom.js';
import type { LiteralValue, Ref, Value } from '../serve/workbench/types.js';

/** A SPARQL JSON results term. */
export interface JsonTerm {
  type: string;
  value: string;
  datatype?: string;
  'xml:lang'?: string;
}

let prefixes: Record<string, string> = {};

/** Sets the prefix map used to shorten IRIs (from `/api/vocabulary`). */
export function setPrefixes(p: Record<string, string>): void {
  prefixes = p;
}

/**
 * The prefixed form of an IRI, or the IRI in angle brackets.
 *
 * @example
 * ```ts
 * compact('https://w3id.org/claimgraph/resource/freedonia'); // 'cgr:freedonia'
 * ```
 */
export function compact(iri: string): string {
  let best: [string, string] | undefined;
  for (const [p, ns] of Object.entries(prefixes)) if (iri.startsWith(ns) && (!best || ns.length > best[1].length)) best = [p, ns];
  if (best) {
    const local = iri.slice(best[1].length);
    if (/^[A-Za-z0-9_.\-/#]*$/.test(local) && !local.endsWith('.')) return `${best[0]}:${local}`;
  }
  return `<${iri}>`;
}

/** The page of a resource. */
export function resourceHref(iri: string): string {
  return `/resource?iri=${encodeURIComponent(iri)}`;
}

/** A link to a resource, labelled with its label or prefixed form, with the full IRI as title. */
export function refLink(ref: Ref | { iri: string; label?: string }, cls = 'iri'): HTMLAnchorElement {
  return h('a', { href: resourceHref(ref.iri), class: cls, title: ref.iri }, ref.label ?? compact(ref.iri));
}

function isRef(v: Value): v is Ref {
  return (v as Ref).iri !== undefined;
}

/** A value (entity or literal) of a claim. */
export function valueNode(v: Value): Node {
  if (isRef(v)) return refLink(v, 'entity');
  return literalNode(v);
}

function literalNode(v: LiteralValue): HTMLElement {
  const suffix = v.lang ? `@${v.lang}` : v.datatype ? `^^${compact(v.datatype)}` : '';
  return h('span', { class: 'literal' }, v.value, suffix ? h('span', { class: 'datatype' }, suffix) : null);
}

/** A cell of a results table. */
export function termNode(t: JsonTerm | undefined): Node {
  if (!t) return h('span', { class: 'unbound', title: 'unbound' }, '');
  if (t.type === 'uri') return h('a', { href: resourceHref(t.value), class: 'iri', title: t.value }, compact(t.value));
  if (t.type === 'bnode') return h('span', { class: 'bnode' }, `_:${t.value}`);
  return literalNode({ value: t.value, ...(t.datatype ? { datatype: t.datatype } : {}), ...(t['xml:lang'] ? { lang: t['xml:lang'] } : {}) });
}

/** The plain text of a term (for sorting and CSV-like displays). */
export function termText(t: JsonTerm | undefined): string {
  return t ? t.value : '';
}
