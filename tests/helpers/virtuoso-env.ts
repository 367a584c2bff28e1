/**
 * The private Virtuoso started by `scripts/virtuoso.sh start` (see its header), as the tests see
 * it through environment variables. Locally the Virtuoso tests skip when it is absent; with
 * CI=true its absence is a failure.
 */
export interface VirtuosoEnv {
  /** Graph Store endpoint (digest auth). */
  gsp: string;
  /** SPARQL query endpoint. */
  sparql: string;
  user: string;
  password: string;
}

/**
 * Reads CLAIMGRAPH_VIRTUOSO_{GSP,SPARQL,USER,PASSWORD}; undefined when any is missing.
 *
 * @example
 * const v = virtuosoEnv();
 */
export function virtuosoEnv(): VirtuosoEnv | undefined {
  const e = process.env;
  if (!e.CLAIMGRAPH_VIRTUOSO_GSP || !e.CLAIMGRAPH_VIRTUOSO_SPARQL || !e.CLAIMGRAPH_VIRTUOSO_USER || !e.CLAIMGRAPH_VIRTUOSO_PASSWORD) return undefined;
  return { gsp: e.CLAIMGRAPH_VIRTUOSO_GSP, sparql: e.CLAIMGRAPH_VIRTUOSO_SPARQL, user: e.CLAIMGRAPH_VIRTUOSO_USER, password: e.CLAIMGRAPH_VIRTUOSO_PASSWORD };
}

/** True when the Virtuoso tests must run (CI) or can (the variables are set). */
export function virtuosoWanted(): boolean {
  return process.env.CI === 'true' || virtuosoEnv() !== undefined;
}

/**
 * The Virtuoso settings, or an error that fails the calling hook/test when they are missing.
 *
 * @example
 * beforeAll(() => { v = requireVirtuoso(); });
 */
export function requireVirtuoso(): VirtuosoEnv {
  const v = virtuosoEnv();
  if (!v) {
    throw new Error('CI=true but CLAIMGRAPH_VIRTUOSO_GSP/SPARQL/USER/PASSWORD are not set: .ci/run must `eval "$(bash scripts/virtuoso.sh start)"` before the tests');
  }
  return v;
}
