#!/usr/bin/env node
// Why the fact checker loads no NLP library at run time (issue 15): load time and first-call
// time of wink-nlp (+ wink-eng-lite-web-model) and compromise, each in a fresh process, beside a
// bare Node start, and what each makes of a few claim words (part of speech of verbs users type,
// spelled-out money). Dev dependencies; run `node bench/reader-libs.cjs`.
const { spawnSync } = require('node:child_process');
const RUNS = Number(process.env.RUNS ?? 3);
const probe = `
const which = process.argv[1];
const t0 = performance.now();
let f;
if (which === 'wink') { const w = require('wink-nlp'); const m = require('wink-eng-lite-web-model'); const n = w(m); f = (t) => { const d = n.readDoc(t); return d.tokens().out(n.its.pos).join(' ') + ' | ' + JSON.stringify(d.entities().out(n.its.detail)); }; }
if (which === 'compromise') { const n = require('compromise'); f = (t) => { const d = n(t); return d.terms().json().map((j) => j.terms[0].tags.slice(-1)[0]).join(' ') + ' | ' + JSON.stringify(d.numbers().get()); }; }
if (which === 'bare') f = () => '';
const t1 = performance.now();
const out = f('Turkmenistan practises non-alignment and ships gas to China; Japan may provide nine hundred million yen.');
const t2 = performance.now();
console.log(JSON.stringify({ which, loadMs: t1 - t0, firstMs: t2 - t1, out }));
`;
for (const which of ['bare', 'wink', 'compromise']) {
  const rs = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, ['-e', probe, which], { encoding: 'utf8' });
    const wall = performance.now() - t;
    try { rs.push({ ...JSON.parse(r.stdout), wall }); } catch { console.log(which, 'failed', r.stderr.slice(0, 200)); }
  }
  rs.sort((a, b) => a.wall - b.wall);
  const m = rs[Math.floor(rs.length / 2)];
  if (m) console.log(`${which.padEnd(10)} process ${m.wall.toFixed(0)} ms, load ${m.loadMs.toFixed(0)} ms, first call ${m.firstMs.toFixed(0)} ms${m.out ? `\n  ${m.out}` : ''}`);
}
