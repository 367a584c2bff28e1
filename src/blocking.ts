/**
 * A signal from code about to hold its thread for a while without yielding (a query parse that
 * missed the cache, Oxigraph loading a graph or evaluating a query, a Turtle parse), for whoever
 * bounds the thread's time: the CLI's `--timeout` starts its watchdog thread on it
 * (src/cli/time-limit.ts) instead of on every command, since starting a thread costs a fresh
 * process ~50 ms of CPU that a quick query does not need. A leaf module: every stage may
 * import it; with nobody listening, a signal costs a check of a flag.
 *
 * The signal is Node's `node:diagnostics_channel` channel {@link BLOCKING_CHANNEL}: named
 * channels are shared by every copy of this module in a thread (the bundled CLI and the
 * unbundled modules it loads), are per thread (a worker's signal reaches its own listeners), and
 * tools can observe them. One difference from a plain loop over listeners is kept away: a
 * listener that throws (a watchdog thread that cannot start) fails the work that signalled, as
 * before, instead of becoming an uncaught exception on the next tick, which is what
 * `diagnostics_channel` makes of a subscriber's error.
 */
import diagnosticsChannel from 'node:diagnostics_channel';

/** The name of the channel (a `diagnostics_channel` subscriber to it sees every signal; its message is undefined). */
export const BLOCKING_CHANNEL = 'claimgraph:blocking';

const channel = diagnosticsChannel.channel(BLOCKING_CHANNEL);

/** A listener's error during the current signal, thrown to whoever signalled. */
let failure: { error: unknown } | undefined;

/**
 * Says that the work about to run may hold this thread (no timer of the thread fires until it
 * ends). Throws what a listener threw.
 *
 * @example
 * ```ts
 * beforeBlocking();
 * store.load(text, { format: 'text/turtle' });
 * ```
 */
export function beforeBlocking(): void {
  if (!channel.hasSubscribers) return;
  failure = undefined;
  channel.publish(undefined);
  const f = failure as { error: unknown } | undefined;
  failure = undefined;
  if (f) throw f.error;
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
  // a function of its own: the same listener registered twice is called twice, and each `off` removes one
  const own = (): void => {
    try {
      listener();
    } catch (error) {
      failure ??= { error };
    }
  };
  channel.subscribe(own);
  return () => void channel.unsubscribe(own);
}
