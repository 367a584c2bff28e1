#!/usr/bin/env node
// The suggest section of `npm run bench`, runnable alone: `node bench/suggest.js` (after
// `npm run build`), or `BENCH_ONLY=suggest npm run bench`.
//
// 1. Leave-one-article-out on the curated articles of graph/: each article's claims removed,
//    `suggest` proposes, proposals are compared with the curated claims (subject, predicate,
//    object, polarity, modality; qualifiers apart). Targets: precision >= 90%, recall >= 70%.
// 2. Speed: `claimgraph suggest <article> --all --dry-run` from process start (every sentence
//    read) on the longest article of the project once built (`claimgraph build` first, untimed),
//    median of BENCH_SUGGEST_RUNS runs after a warm-up run, beside `node -e ''` in the same minute
//    (what no code of ours can remove on this machine), with the CPU time (user + system) of
//    both. Target: < 2 s for a 1,000-word article.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'bin', 'claimgraph.js');

/** Wall and CPU seconds of one command, through /usr/bin/time. */
function timed(cmd, args) {
  const r = spawnSync('/usr/bin/time', ['-f', '__TIME__ %e %U %S', cmd, ...args], { encoding: 'utf8', timeout: 120_000 });
  const m = /__TIME__ ([\d.]+) ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
  return { code: r.status ?? 1, wall: m ? Number(m[1]) : NaN, cpu: m ? Number(m[2]) + Number(m[3]) : NaN, stderr: r.stderr };
}

function median(xs) {
  const s = [...xs].filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function articles(root) {
  const dir = join(root, 'graph', 'articles');
  return readdirSync(dir).filter((d) => !d.startsWith('.') && statSync(join(dir, d)).isDirectory()).sort().map((id) => {
    const text = readFileSync(join(dir, id, 'article.txt'), 'utf8');
    return { id, words: text.split(/\s+/).filter(Boolean).length };
  });
}

/**
 * Runs the section; returns { evaluation: [...], speed: {...} } and prints its report.
 */
export async function benchSuggest({ root = ROOT, out = process.stdout, runs = Number(process.env.BENCH_SUGGEST_RUNS ?? 5) } = {}) {
  const { evaluateSuggestions, formatEvaluation } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
  const started = performance.now();
  const evaluation = evaluateSuggestions(root);
  const evalMs = performance.now() - started;
  const total = evaluation.reduce((a, r) => ({ curated: a.curated + r.curated, proposed: a.proposed + r.proposed, matched: a.matched + r.matched }), { curated: 0, proposed: 0, matched: 0 });
  out.write(`\n== suggest: leave-one-article-out on the curated articles (${(evalMs / 1000).toFixed(1)} s)\n`);
  out.write(formatEvaluation(evaluation));
  out.write(`all articles: ${total.matched} of ${total.proposed} proposals match (precision ${pct(total.matched / total.proposed)}), ${total.matched} of ${total.curated} curated claims proposed (recall ${pct(total.matched / total.curated)})\n`);
  const longest = articles(root).sort((a, b) => b.words - a.words)[0];
  const speed = { article: longest?.id, words: longest?.words, runs: [], bare: [] };
  if (longest) {
    const args = [CLI, 'suggest', longest.id, '--all', '--dry-run', '--dir', root];
    // as a user runs it: on a built project (`suggest` reads graph/claimgraph.ttl when `build`
    // would call it up to date, else builds the project in memory first); `build` writes
    // nothing when the graph is current, and brings the build cache up to date with this code
    const built = timed(process.execPath, [CLI, 'build', '--dir', root]);
    if (built.code !== 0) throw new Error(`build failed: ${built.stderr.slice(0, 400)}`);
    const warm = timed(process.execPath, args);
    if (warm.code !== 0) throw new Error(`suggest failed: ${warm.stderr.slice(0, 400)}`);
    for (let i = 0; i < runs; i++) {
      speed.runs.push(timed(process.execPath, args));
      speed.bare.push(timed(process.execPath, ['-e', '']));
    }
    speed.wall = median(speed.runs.map((r) => r.wall));
    speed.cpu = median(speed.runs.map((r) => r.cpu));
    speed.bareWall = median(speed.bare.map((r) => r.wall));
    speed.bareCpu = median(speed.bare.map((r) => r.cpu));
    out.write(`\n== suggest: ${longest.id} (${longest.words} words), every sentence read, fresh process\n`);
    out.write(`${speed.wall.toFixed(2)} s wall, ${speed.cpu.toFixed(2)} s CPU (median of ${runs} after one warm-up run); bare \`node -e ''\`: ${speed.bareWall.toFixed(2)} s wall, ${speed.bareCpu.toFixed(2)} s CPU\n`);
  }
  return { evaluation, total, speed, targets: suggestTargets(evaluation, speed) };
}

function pct(x) {
  return Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : '-';
}

/** The targets, per article. */
export function suggestTargets(evaluation, speed) {
  const t = [];
  for (const r of evaluation) {
    t.push({ target: `suggest ${r.article}: precision >= 90%`, met: (r.precision ?? 0) >= 0.9, detail: `${r.matched}/${r.proposed} (${pct(r.precision)})` });
    t.push({ target: `suggest ${r.article}: recall >= 70%`, met: (r.recall ?? 0) >= 0.7, detail: `${r.matched}/${r.curated} (${pct(r.recall)})` });
  }
  if (speed?.wall !== undefined) {
    t.push({ target: 'suggest: a 1,000-word article < 2 s from process start', met: speed.words >= 1000 && speed.wall < 2,
      detail: `${speed.wall.toFixed(2)} s for ${speed.words} words (node -e '' ${speed.bareWall.toFixed(2)} s in the same runs)` });
  }
  return t;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await benchSuggest();
  process.stdout.write('\n== suggest targets\n');
  for (const t of r.targets) process.stdout.write(`${t.met ? 'MET    ' : 'NOT MET'}  ${t.target}  (${t.detail})\n`);
}
