/**
 * vitest `globalSetup`: the whole run gets one temporary root, and TMPDIR points at it for every
 * test process and every program a test starts (the CLI's query cache, Node's compile cache,
 * Chromium's profile, temp projects). The root is removed when the run ends, so a test run leaves
 * nothing in the temp directory it was started with, and no test reads a cache an earlier run or
 * the user's own commands left there.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const saved = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
  const root = mkdtempSync(join(tmpdir(), 'claimgraph-tests-'));
  process.env.TMPDIR = root;
  process.env.TMP = root;
  process.env.TEMP = root;
  return () => {
    if (process.env.CLAIMGRAPH_TEST_TEMP_REPORT === '1') {
      process.stderr.write(`test temp root held at the end: ${readdirSync(root).join(', ') || '(nothing)'}\n`);
    }
    rmSync(root, { recursive: true, force: true });
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}
