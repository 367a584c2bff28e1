/**
 * A signal from code about to hold its thread for a while without yielding (a query parse that
 * missed the cache, Oxigraph loading a graph or evaluating a query, a Turtle parse), for whoever
 * bounds the thread's time: the CLI's `--timeout` starts its watchdog thread on it
 * (src/cli/time-limit.ts) instead of on every command, since starting a thread costs a fresh
 * process ~50 ms of CPU that a quick query does not need. A leaf module: every stage may
 * import it; with nobody listening, a signal costs a loop over an empty set.
 */

const listeners = new Set<() => void>();

/**
 * Says that the work about to run may hold this thread (no timer of the thread fires until it
 * ends).
 *
 * @example
 * ```ts
 * beforeBlocking();
 * store.load(text, { format: 'text/turtle' });
 * ```
 */
export function beforeBlocking(): void {
  for (const listener of listeners) listener();
}

/**
 * Calls `listener` at every {@link beforeBlocking} of this thread until the returned function is
 * called.
 *
 * @example
 * ```ts
 * const off = onBlocking(() => startWatchdog());
 * try { await work(); } finally { off(); }
 * ```
 */
export function onBlocking(listener: () => void): () => void {
  const own = (): void => listener();
  listeners.add(own);
  return () => void listeners.delete(own);
}
