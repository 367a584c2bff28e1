/**
 * The API addresses the workbench's pages ask for first, shared by the pages (`src/web/`), which
 * ask for them, and by the server, which names them in each page's head
 * (`<link rel="preload" as="fetch">`), so the browser starts them while it parses the page
 * instead of after the scripts have loaded: the same strings, so the page's fetches take those
 * answers.
 */

/** The data each view's page starts from, as `fetch` URLs (the view's own and the vocabulary). */
export function viewFetches(view: string, id: string | undefined): string[] {
  if (view === 'entity' && id !== undefined) return ['/api/vocabulary', entityViewUrl(id), neighbourhoodUrl(id, 2)];
  if (view === 'article' && id !== undefined) return ['/api/vocabulary', `/api/articles/${encodeURIComponent(id)}`];
  if (view === 'query') return ['/api/vocabulary'];
  return [];
}

/** Claims of each property group the view shows first; the rest come on demand ("more"). */
export const CLAIMS_FIRST = 5;

/**
 * Sources shown per claim at first; a claim with more has "Show all N sources". A claim about a
 * group's members is repeated by every article that names the group: the 1M bench corpus's
 * busiest entity had claims with 30-37 sources each, over half of the page's answer.
 */
export const SOURCES_FIRST = 3;

/** Claims asked for per "more", and per request of "show all" (the API's page limit). */
export const CLAIMS_MORE = 25;
export const CLAIMS_ALL_PAGE = 200;

/**
 * Entities and edges of the first drawing: cytoscape's first drawing costs grow with both (its
 * style, label sizes and edge curves are worked out per element, cold, on the page's main
 * thread), and a hub's two-hop neighbourhood has hundreds of each, unreadable in one picture.
 * The view says how many it left out, and "Draw more" doubles both, up to the API's limits.
 */
export const DRAWN_NODES = 20;
export const DRAWN_EDGES = 40;
/** The API's limits (`WORKBENCH_LIMITS` in src/serve/workbench/index.ts): the largest drawing. */
export const DRAWN_NODES_MAX = 300;
export const DRAWN_EDGES_MAX = 600;

/**
 * The size of the drawing after `more` clicks on "Draw more": each doubles the nodes and edges
 * of the first drawing, up to the API's limits.
 *
 * @example
 * ```ts
 * drawingSize(0); // { nodes: 20, edges: 40 }
 * drawingSize(1); // { nodes: 40, edges: 80 }
 * ```
 */
export function drawingSize(more: number): { nodes: number; edges: number } {
  const k = 2 ** Math.max(0, Math.min(more, 8));
  return { nodes: Math.min(DRAWN_NODES * k, DRAWN_NODES_MAX), edges: Math.min(DRAWN_EDGES * k, DRAWN_EDGES_MAX) };
}

/** `/api/entities/<id>` of a page id. */
export function entityApi(id: string): string {
  return `/api/entities/${encodeURIComponent(id)}`;
}

/** The entity with the first page of each group. */
export function entityViewUrl(id: string): string {
  return `${entityApi(id)}?perGroup=${CLAIMS_FIRST}&sources=${SOURCES_FIRST}`;
}

/** The drawing's data (`more`: clicks on "Draw more", see {@link drawingSize}). */
export function neighbourhoodUrl(id: string, hops: number, more = 0): string {
  const { nodes, edges } = drawingSize(more);
  return `${entityApi(id)}/neighbourhood?hops=${hops}&maxNodes=${nodes}&maxEdges=${edges}`;
}

/** A page of one group's claims (`sources`: the first of each claim's sources, or all). */
export function groupPageUrl(id: string, property: string, direction: string, offset: number, limit: number, sources: number | 'all' = SOURCES_FIRST): string {
  return `${entityApi(id)}/claims?property=${encodeURIComponent(property)}&direction=${direction}&offset=${offset}&limit=${limit}${sources === 'all' ? '' : `&sources=${sources}`}`;
}
