/**
 * Entry of a query worker thread; the work is in `worker-main.ts`.
 *
 * Started as `dist/serve/worker.js` from the compiled code. Under the test runner the server
 * runs from the TypeScript sources, and Node starts this file itself: it then installs the
 * loader of `source-hooks.ts` (which compiles the other sources as they are imported) before
 * importing the worker's body. This file and that one must stay plain enough for Node's
 * built-in type stripping (no parameter properties, enums or namespaces).
 */
if (import.meta.url.endsWith('.ts')) {
  const hooks = new URL('./source-hooks.ts', import.meta.url).href;
  const { registerSourceHooks } = (await import(hooks)) as { registerSourceHooks: () => void };
  registerSourceHooks();
}
await import('./worker-main.js');
