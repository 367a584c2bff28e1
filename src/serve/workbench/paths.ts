/**
 * The workbench's page and API paths, shared by the server and the pages in the browser (this
 * module imports nothing, so the front-end bundle takes it as it is).
 */

const CGR = 'https://w3id.org/claimgraph/resource/';
const CGA = 'https://w3id.org/claimgraph/article/';

/** A path segment for an id: a local name as it is, anything else percent-encoded. */
function segment(id: string, base: string): string {
  const local = id.startsWith(base) ? id.slice(base.length) : id;
  return /^[A-Za-z0-9._~-]+$/.test(local) ? local : encodeURIComponent(local);
}

/**
 * The page of an entity (`/entities/<local name>`) or an article (`/articles/<id>`); IRIs
 * outside the project's namespaces are carried whole, percent-encoded.
 *
 * @example
 * ```ts
 * pathFor('entity', 'https://w3id.org/claimgraph/resource/freedonia'); // '/entities/freedonia'
 * ```
 */
export function pathFor(view: 'entity' | 'article', id: string): string {
  return view === 'entity' ? `/entities/${segment(id, CGR)}` : `/articles/${segment(id, CGA)}`;
}

/**
 * The stable address of a check: the claim with its whitespace collapsed, so the same
 * sentence typed twice shares one URL.
 *
 * @example
 * ```ts
 * checkPath('Freedonia is  a member of the Guild.'); // '/check?claim=Freedonia%20is%20a%20member%20of%20the%20Guild.'
 * ```
 */
export function checkPath(claim: string): string {
  return `/check?claim=${encodeURIComponent(normaliseClaim(claim))}`;
}

/**
 * A claim's text as checked and addressed: trimmed, runs of white space made one space.
 *
 * @example
 * ```ts
 * normaliseClaim('  a\n b '); // 'a b'
 * ```
 */
export function normaliseClaim(claim: string): string {
  return claim.replace(/\s+/g, ' ').trim();
}
