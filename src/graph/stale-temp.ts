/**
 * Temporary files left beside an output by a build that was killed (`kill -9` between writing
 * `graph/claimgraph.ttl.tmp-<pid>-<time>` and renaming it): removed by the next build. A file
 * whose process is still alive (another build at work) is kept.
 */
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: a process of another user holds that pid
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes `<path>.tmp-<pid>-*` files whose process has ended; returns their names.
 *
 * @example
 * ```ts
 * removeStaleTemps('graph/claimgraph.ttl'); // ['claimgraph.ttl.tmp-4242-1764660000000']
 * ```
 */
export function removeStaleTemps(path: string): string[] {
  const prefix = `${basename(path)}.tmp-`;
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (!Number.isInteger(pid) || pid <= 0 || alive(pid)) continue;
    rmSync(join(dirname(path), name), { force: true });
    removed.push(name);
  }
  return removed;
}
