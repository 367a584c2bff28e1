/**
 * A module loader for running the TypeScript sources in a worker thread (tests only).
 *
 * Why: the test runner compiles the sources it imports itself, but a worker thread is started by
 * Node, which only strips types: it cannot resolve `./x.js` to `./x.ts` and refuses parameter
 * properties. These synchronous hooks (`module.registerHooks`, Node >= 22.15) map a missing
 * relative `.js` to its `.ts` and compile `.ts` files with Node's own TypeScript transform
 * (`module.stripTypeScriptTypes`, mode `transform`). tests/serve/source-hooks.test.ts fails
 * when either premise breaks. The compiled code (`dist/`) never uses this.
 */
import module from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface Hooks {
  resolve(specifier: string, context: unknown, next: (s: string, c?: unknown) => { url: string }): { url: string };
  load(url: string, context: unknown, next: (u: string, c?: unknown) => unknown): unknown;
}
type ModuleWithHooks = typeof module & {
  registerHooks?: (hooks: Hooks) => unknown;
  stripTypeScriptTypes?: (code: string, opts: { mode: 'transform'; sourceMap?: boolean; sourceUrl?: string }) => string;
};

/**
 * Installs the hooks in the calling thread.
 *
 * @example
 * ```ts
 * registerSourceHooks();
 * await import('./worker-main.js'); // loads worker-main.ts
 * ```
 */
export function registerSourceHooks(): void {
  const m = module as ModuleWithHooks;
  if (typeof m.registerHooks !== 'function' || typeof m.stripTypeScriptTypes !== 'function') {
    throw new Error('running the TypeScript sources in a worker needs module.registerHooks and module.stripTypeScriptTypes (Node >= 22.15)');
  }
  const strip = m.stripTypeScriptTypes;
  m.registerHooks({
    resolve(specifier, context, next) {
      try {
        return next(specifier, context);
      } catch (err) {
        if (!specifier.startsWith('.') || !specifier.endsWith('.js')) throw err;
        return next(`${specifier.slice(0, -3)}.ts`, context);
      }
    },
    load(url, context, next) {
      if (!url.startsWith('file:') || !url.endsWith('.ts')) return next(url, context);
      const source = strip(readFileSync(fileURLToPath(url), 'utf8'), { mode: 'transform', sourceUrl: url });
      return { format: 'module', source, shortCircuit: true };
    },
  });
}
