/**
 * The front-end bundle (`dist/web/`, built by `scripts/web.mjs` from `src/web/`), served from
 * the same origin under `/assets/`. Only files of that folder with a known type are served.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

let dir: string | undefined;

/**
 * The bundle's folder: dist/web/ seen from dist/serve/workbench/, from the CLI bundle in
 * dist/cli/, or from src/serve/workbench/ (tests run the sources against the built bundle).
 *
 * @example
 * ```ts
 * assetDir(); // '/path/to/claimgraph/dist/web'
 * ```
 */
export function assetDir(): string | undefined {
  if (dir) return dir;
  for (const c of ['../../web/', '../web/', '../../../dist/web/']) {
    const d = fileURLToPath(new URL(c, import.meta.url));
    if (existsSync(join(d, 'app.js'))) return (dir = d);
  }
  return undefined;
}

/**
 * The file for an asset name, or undefined (unknown name, type, or no bundle built).
 *
 * @example
 * ```ts
 * assetFile('app.js')?.type; // 'text/javascript; charset=utf-8'
 * ```
 */
export function assetFile(name: string): { name: string; path: string; type: string } | undefined {
  // names are flat: no folders, no dot-files, nothing to climb out with
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) return undefined;
  const ext = name.slice(name.lastIndexOf('.'));
  const type = TYPES[ext];
  const base = assetDir();
  if (!type || !base) return undefined;
  const path = join(base, name);
  return existsSync(path) ? { name, path, type } : undefined;
}

/**
 * esbuild's names for split chunks (`chunkNames: 'chunk-[name]-[hash]'` in scripts/web.mjs):
 * the hash is of the chunk's content, so a rebuilt chunk has a new name.
 */
const HASHED = /^chunk-[A-Za-z0-9_-]+-[A-Z0-9]{8}\.js(\.map)?$/;

/**
 * How long a browser may keep an asset: a content-hashed chunk for a year without asking again
 * (`immutable`: a returning browser takes cytoscape's 450 KB chunk, and the code V8 compiled
 * from it, from its cache); the entry points (`app.js`, `app.css`, named by the pages, their
 * names fixed) are asked again each time (`no-cache`), and an unchanged one answers 304.
 *
 * @example
 * ```ts
 * assetCacheControl('chunk-neighbourhood-VKPURCDU.js'); // 'public, max-age=31536000, immutable'
 * assetCacheControl('app.js'); // 'no-cache'
 * ```
 */
export function assetCacheControl(name: string): string {
  return HASHED.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * The chunks a view's page will load besides `app.js` (`preload.json`, written by the bundler
 * from esbuild's metafile), for `<link rel="modulepreload">`: the browser fetches and compiles
 * them beside `app.js` instead of discovering them one import at a time (on the entity page,
 * cytoscape's chunk was asked for only after the view's own chunk had run). Read on each page
 * (a file of a few hundred bytes), so a rebuilt bundle is never named by stale hashes; empty
 * when no bundle or no list is there.
 *
 * @example
 * ```ts
 * viewPreloads('entity'); // ['chunk-chunk-IPOJKJDF.js', ..., 'chunk-neighbourhood-BROGP3A3.js']
 * ```
 */
export function viewPreloads(view: string): string[] {
  const base = assetDir();
  if (!base) return [];
  try {
    const list = (JSON.parse(readFileSync(join(base, 'preload.json'), 'utf8')) as Record<string, unknown>)[view];
    return Array.isArray(list) ? list.filter((n): n is string => typeof n === 'string' && assetFile(n) !== undefined) : [];
  } catch {
    return [];
  }
}
