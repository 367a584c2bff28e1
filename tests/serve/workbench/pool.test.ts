import { expect, test } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { TaskPool } from '../../../src/serve/workbench/pool.js';
import { tempDir } from '../../helpers/temp.js';

// CI found this: a task past its deadline has its thread replaced; the replacement started after
// the test had removed the project, failed to open the graph with no task running, and piscina's
// re-emitted 'error' (no listener) was thrown in the test process, as it would end a server.
test('a thread that cannot open the graph answers each task with that error and ends nothing', async () => {
  const errors: unknown[] = [];
  const pool = new TaskPool({ dir: tempDir('claimgraph-pool-') }, 1, (err) => errors.push(err));
  try {
    // the thread starts (and fails to load) with no task waiting: nothing may be thrown here
    await sleep(1500);
    await expect(pool.run({ kind: 'vocabulary' }, Date.now() + 30_000)).rejects.toMatchObject({ code: 'SOURCE_NOT_FOUND' });
    // still answering, not stuck on a thread piscina stopped restarting
    await expect(pool.run({ kind: 'vocabulary' }, Date.now() + 30_000)).rejects.toMatchObject({ code: 'SOURCE_NOT_FOUND' });
    expect(errors).toEqual([]);
  } finally {
    await pool.close();
  }
});
