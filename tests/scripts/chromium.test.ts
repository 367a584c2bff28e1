// scripts/chromium.mjs repeats playwright-core's own `--disable-features` list, because Chromium
// reads only the last such switch and ours (Chromium's UI off) comes after playwright's. This
// fails when the installed playwright-core's list names a feature ours does not.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSER_UI_OFF, chromiumLaunchOptions, PLAYWRIGHT_FEATURES_OFF } from '../../scripts/chromium.mjs';

function playwrightDisabledFeatures(): string[] {
  const root = dirname(createRequire(import.meta.url).resolve('playwright-core/package.json'));
  const bundle = readFileSync(join(root, 'lib/coreBundle.js'), 'utf8');
  const list = /disabledFeatures = \[([\s\S]*?)\]/.exec(bundle);
  if (!list) throw new Error('playwright-core/lib/coreBundle.js: no disabledFeatures list (its layout changed: check scripts/chromium.mjs against chromiumSwitches.ts)');
  return [...list[1]!.replace(/\/\/.*$/gm, '').matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
}

describe('the Chromium launch options', () => {
  it("keep every feature playwright-core turns off, and turn Chromium's own UI off in the one --disable-features switch", () => {
    const theirs = playwrightDisabledFeatures();
    expect(theirs.length).toBeGreaterThan(5);
    expect(theirs.filter((f) => !PLAYWRIGHT_FEATURES_OFF.includes(f))).toEqual([]);
    const switches = chromiumLaunchOptions().args.filter((a: string) => a.startsWith('--disable-features='));
    expect(switches).toHaveLength(1);
    const ours = switches[0].slice('--disable-features='.length).split(',');
    for (const f of [...theirs, ...BROWSER_UI_OFF]) expect(ours).toContain(f);
  });
});
