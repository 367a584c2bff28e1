/**
 * Writing an answer as its reader takes it. A query's answer is formatted in pieces
 * (`formatChunks`); writing them all at once queues the whole text in memory when the reader is
 * slower than the writer (`| less`: 4.5 GB for a 691 MB answer at 1M triples).
 */
import type { CliIO } from './types.js';

/**
 * Writes `pieces` to `out`, waiting for 'drain' whenever `write` says the buffer is full; a
 * stream closed meanwhile (the reader left) ends the wait.
 *
 * @example
 * ```ts
 * await writePieces(process.stdout, formatChunks(result, 'json'));
 * ```
 */
export async function writePieces(out: CliIO['stdout'], pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) {
    if (out.write(piece) === false && out.once) {
      await new Promise<void>((resolve) => {
        out.once!('drain', resolve);
        out.once!('close', resolve);
      });
    }
  }
}
