/**
 * A build progress bar (cli-progress) on a terminal, nothing in pipes or files: scripts and CI
 * logs must not fill with carriage returns.
 */
import { createRequire } from 'node:module';
import type { BuildProgress } from './types.js';

/** Minimal surface of cli-progress' SingleBar used here (the package ships no types). */
interface Bar {
  start(total: number, value: number, payload?: Record<string, unknown>): void;
  update(value: number, payload?: Record<string, unknown>): void;
  setTotal(total: number): void;
  stop(): void;
}

/** What {@link buildProgressBar} returns: the callback for `buildCorpus` and a `stop`. */
export interface ProgressReporter {
  onProgress?: (p: BuildProgress) => void;
  stop(): void;
}

/**
 * A progress reporter writing to `stream` when it is a TTY; otherwise a no-op (undefined
 * `onProgress`).
 *
 * @example
 * ```ts
 * const bar = buildProgressBar(process.stderr);
 * try { await buildCorpus('.', { onProgress: bar.onProgress }); } finally { bar.stop(); }
 * ```
 */
export function buildProgressBar(stream: { write(chunk: string): unknown; isTTY?: boolean }): ProgressReporter {
  if (!stream.isTTY) return { stop() {} };
  const require = createRequire(import.meta.url);
  const cliProgress = require('cli-progress') as {
    SingleBar: new (opts: Record<string, unknown>, preset: unknown) => Bar;
    Presets: Record<string, unknown>;
  };
  const bar = new cliProgress.SingleBar({
    stream,
    format: '{phase} [{bar}] {value}/{total}',
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 50,
  }, cliProgress.Presets.shades_classic);
  let phase: BuildProgress['phase'] | undefined;
  let started = false;
  return {
    onProgress(p) {
      if (p.phase === 'merge') {
        // The merged triple count is unknown until the end: show a running count.
        if (!started) {
          bar.start(p.done, p.done, { phase: 'merge (triples)' });
          started = true;
        }
        phase = 'merge';
        bar.setTotal(p.done);
        bar.update(p.done, { phase: 'merge (triples)' });
        return;
      }
      if (!started) {
        bar.start(p.total, p.done, { phase: p.phase });
        started = true;
      } else if (p.phase !== phase) {
        bar.setTotal(p.total);
      }
      phase = p.phase;
      bar.update(p.done, { phase: p.phase });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
