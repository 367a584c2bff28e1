// Shared helpers of the benchmark: canonical result rows (to compare engines row for row),
// medians, child-process timing with peak RSS.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const NUMERIC = new Set(['integer', 'decimal', 'double', 'float', 'int', 'long', 'short', 'byte',
  'nonNegativeInteger', 'positiveInteger', 'negativeInteger', 'nonPositiveInteger',
  'unsignedInt', 'unsignedLong', 'unsignedShort', 'unsignedByte'].map((t) => XSD + t));

/** Canonical text of an RDF/JS term; numbers compare by value (engines differ in lexical forms). */
export function canonTerm(t) {
  if (!t) return '';
  switch (t.termType) {
    case 'NamedNode': return `<${t.value}>`;
    case 'BlankNode': return '_:b';
    case 'Literal': {
      const dt = t.datatype?.value ?? XSD + 'string';
      if (NUMERIC.has(dt)) {
        const n = Number(t.value);
        return Number.isFinite(n) ? `num:${n}` : `"${t.value}"^^<${dt}>`;
      }
      if (t.language) return `"${t.value}"@${t.language.toLowerCase()}`;
      if (dt === XSD + 'string' || dt === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString') return `"${t.value}"`;
      return `"${t.value}"^^<${dt}>`;
    }
    default: return `?${t.value}`;
  }
}

/**
 * One row (variable -> term, as a Map or a plain object) as canonical text; `concat` maps
 * GROUP_CONCAT variables to their separator (their parts are sorted: SPARQL leaves the order open).
 */
export function canonRow(row, variables, concat = {}) {
  const get = (v) => (row instanceof Map ? row.get(v) : row[v]);
  return variables.map((v) => {
    const t = get(v);
    if (t && t.termType === 'Literal' && concat[v] !== undefined) return `${v}=concat:${t.value.split(concat[v]).sort().join('\u0001')}`;
    return `${v}=${canonTerm(t)}`;
  }).join(' | ');
}

/** Sorted canonical rows. */
export function canonRows(rows, variables, concat = {}) {
  return rows.map((r) => canonRow(r, variables, concat)).sort();
}

/** First difference between two sorted canonical row lists, or null when equal. */
export function diffRows(a, b) {
  if (a.length !== b.length) {
    const sa = new Set(a);
    const sb = new Set(b);
    const onlyA = a.filter((x) => !sb.has(x)).slice(0, 3);
    const onlyB = b.filter((x) => !sa.has(x)).slice(0, 3);
    return `row count ${a.length} vs ${b.length}; only comunica: ${JSON.stringify(onlyA)}; only oxigraph: ${JSON.stringify(onlyB)}`;
  }
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return `row ${i}: comunica ${a[i]} vs oxigraph ${b[i]}`;
  return null;
}

export function median(xs) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function ms(t0) {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/**
 * Runs a command to completion (with a timeout), measuring wall time from spawn to exit and
 * peak RSS through /usr/bin/time. Resolves { code, ms, rssMB, stdout, stderr, timedOut }.
 * With `digest`, stdout is not kept: it is counted and hashed as it arrives ({ stdoutBytes,
 * stdoutSha256 }, `stdout` empty), so an answer of any size is read to its last byte (a JS
 * string holds at most ~512 M characters: a 1M-triple `--cite` answer is ~700 MB).
 */
export function timedRun(cmd, args, { timeoutMs = 600_000, cwd, env, digest = false } = {}) {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    // its own process group: a timeout kills the command itself, not only /usr/bin/time (whose
    // orphaned child kept the pipes open, so the run waited for it past its cap)
    const child = spawn('/usr/bin/time', ['-f', '__RSS_KB__ %M', cmd, ...args], { cwd, env: env ?? process.env, detached: true });
    let stdout = '';
    let stderr = '';
    const hash = digest ? createHash('sha256') : undefined;
    let stdoutBytes = 0;
    child.stdout.on('data', (d) => {
      stdoutBytes += d.length;
      if (hash) hash.update(d);
      else stdout += d;
    });
    child.stderr.on('data', (d) => { stderr += d; });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try { process.kill(-child.pid, 'SIGKILL'); } catch { child.kill('SIGKILL'); }
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const elapsed = ms(t0);
      const m = /__RSS_KB__ (\d+)/.exec(stderr);
      stderr = stderr.replace(/__RSS_KB__ \d+\n?/, '');
      resolve({ code, ms: elapsed, rssMB: m ? Number(m[1]) / 1024 : NaN, stdout, stderr, timedOut, stdoutBytes, ...(hash ? { stdoutSha256: hash.digest('hex') } : {}) });
    });
  });
}

/** Peak RSS (MB) of a live process, from /proc/<pid>/status VmHWM. */
export function peakRssMB(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}
