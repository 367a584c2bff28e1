/**
 * The workbench's JSON APIs as the pages call them; errors come back as {@link ApiError} with
 * the server's code and, for a query, the line and column it names.
 */

/** An error answer of an API (or of the SPARQL endpoint). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}

async function fail(res: Response): Promise<never> {
  const text = await res.text();
  try {
    const body = JSON.parse(text) as { error?: { code: string; message: string; line?: number; column?: number } };
    if (body.error) throw new ApiError(res.status, body.error.code, body.error.message, body.error.line, body.error.column);
  } catch (e) {
    if (e instanceof ApiError) throw e;
  }
  // the SPARQL endpoint answers errors as text: `error[CODE]: line L, column C: message`
  const m = /^error\[([A-Z_]+)\]: ([\s\S]*)$/.exec(text.trim());
  const where = m ? /line (\d+), column (\d+)/.exec(m[2]!) : null;
  throw new ApiError(res.status, m?.[1] ?? `HTTP_${res.status}`, m?.[2] ?? (text.trim() || res.statusText), where ? Number(where[1]) : undefined, where ? Number(where[2]) : undefined);
}

/**
 * GETs a JSON API.
 *
 * @example
 * ```ts
 * const list = await getJson<ArticleList>('/api/articles?limit=50');
 * ```
 */
export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const early = prefetched.get(url);
  if (early && !signal) {
    prefetched.delete(url);
    return (await early) as T;
  }
  return readJson<T>(await fetch(url, { headers: { Accept: 'application/json' }, ...(signal ? { signal } : {}) }));
}

async function readJson<T>(res: Response): Promise<T> {
  if (!res.ok) return fail(res);
  return (await res.json()) as T;
}

const prefetched = new Map<string, Promise<unknown>>();

/**
 * Starts GETs a view will make, before its code has loaded (the view's chunk and the answers
 * then arrive together); the view's {@link getJson} of the same URL takes the answer.
 *
 * @example
 * ```ts
 * prefetch(['/api/vocabulary']);
 * ```
 */
export function prefetch(urls: string[]): void {
  for (const url of urls) {
    if (prefetched.has(url)) continue;
    // a plain GET, no headers of its own: so it matches the page's `<link rel="preload" as="fetch">`
    // of the same URL and takes its answer (a request with another Accept would be sent again)
    const p = fetch(url).then((res) => readJson(res));
    p.catch(() => undefined);
    prefetched.set(url, p);
  }
}

/**
 * POSTs a query (form-encoded, as the SPARQL Protocol does) and reads the answer.
 *
 * @example
 * ```ts
 * const res = await postQuery('/sparql', 'ASK {}', 'application/sparql-results+json');
 * ```
 */
export async function postQuery(url: string, query: string, accept: string, signal?: AbortSignal): Promise<Response> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: accept },
    body: new URLSearchParams({ query }),
    ...(signal ? { signal } : {}),
  });
  if (!res.ok) return fail(res);
  return res;
}
