/**
 * Batch checking of JSON Lines (`{"id","claim"[,"label","evidence"]}` per line) with label
 * accuracy, evidence recall and a confusion matrix when lines carry gold labels.
 */
import { ClaimgraphError, hasErrorCode } from '../errors.js';
import { checkResultToJSON } from './format.js';
import { normalizeTypography } from './text.js';
import type { BatchLineResult, BatchMetrics, CheckResult, Verdict } from './types.js';

const VERDICTS: Verdict[] = ['SUPPORTED', 'REFUTED', 'NOT_ENOUGH_INFO'];

/** A parsed batch line, or the error that made it unreadable. */
export interface BatchInput {
  line: number;
  id?: string;
  claim?: string;
  label?: Verdict;
  evidence?: string[];
  error?: { code: string; message: string };
}

/**
 * Splits JSON Lines into inputs; a malformed line becomes an input with an error (its line number
 * in the message), so the other lines still run. Blank lines are skipped.
 *
 * @example
 * ```ts
 * parseBatch('{"id":"a","claim":"Freedonia is a member of the League."}\nnot json');
 * // [{ line: 1, id: 'a', claim: '…' }, { line: 2, error: { code: 'CHECK_INPUT', … } }]
 * ```
 */
export function parseBatch(text: string): BatchInput[] {
  const out: BatchInput[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, idx) => {
    const line = idx + 1;
    if (!raw.trim()) return;
    const bad = (msg: string): void => void out.push({ line, error: { code: 'CHECK_INPUT', message: `line ${line}: ${msg}` } });
    let obj: unknown;
    try {
      obj = JSON.parse(raw);
    } catch (err) {
      return bad(`not valid JSON (${(err as Error).message})`);
    }
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return bad('expected a JSON object {"id","claim"}');
    const o = obj as Record<string, unknown>;
    if (typeof o.claim !== 'string') return bad('missing "claim" string');
    if (o.id !== undefined && typeof o.id !== 'string' && typeof o.id !== 'number') return bad('"id" must be a string');
    if (o.label !== undefined && !VERDICTS.includes(o.label as Verdict)) return bad(`"label" must be one of ${VERDICTS.join(', ')}`);
    if (o.evidence !== undefined && (!Array.isArray(o.evidence) || o.evidence.some((e) => typeof e !== 'string'))) {
      return bad('"evidence" must be a list of quote strings');
    }
    out.push({
      line,
      id: o.id === undefined ? undefined : String(o.id),
      claim: o.claim,
      label: o.label as Verdict | undefined,
      evidence: o.evidence as string[] | undefined,
    });
  });
  return out;
}

const squash = (s: string): string => normalizeTypography(s).replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Runs a parsed batch through `check` and scores it.
 *
 * @example
 * ```ts
 * const { results, metrics } = await runBatch(parseBatch(text), (claim) => checkClaim(store, claim, { context: ctx }));
 * metrics.accuracy; // 1
 * ```
 */
export async function runBatch(
  inputs: BatchInput[],
  check: (claim: string) => Promise<CheckResult>,
): Promise<{ results: BatchLineResult[]; metrics: BatchMetrics }> {
  const results: BatchLineResult[] = [];
  for (const inp of inputs) results.push(await checkBatchLine(inp, check));
  return { results, metrics: scoreBatch(results) };
}

/**
 * One batch line through `check`: its verdict, or its error (a malformed line is not checked);
 * rethrows what is not a {@link ClaimgraphError}. Shared by {@link runBatch} and the worker
 * threads of `check --batch --jobs N` (batch-jobs.ts), so both score a line alike.
 *
 * @example
 * ```ts
 * (await checkBatchLine(parseBatch(line)[0], check)).predicted; // 'SUPPORTED'
 * ```
 */
export async function checkBatchLine(inp: BatchInput, check: (claim: string) => Promise<CheckResult>): Promise<BatchLineResult> {
  if (inp.error) return { line: inp.line, error: inp.error };
  const r: BatchLineResult = { line: inp.line, id: inp.id, claim: inp.claim, label: inp.label, gold: inp.evidence };
  try {
    r.result = await check(inp.claim!);
    r.predicted = r.result.verdict;
  } catch (err) {
    if (!(err instanceof ClaimgraphError)) throw err;
    r.error = { code: err.code, message: `line ${inp.line}: ${err.message}` };
    // an unreadable claim gets no verdict of its own; for scoring it counts as "not enough info"
    // (a claim past its time budget likewise: unread, src/check/recheck-depth.ts)
    if (hasErrorCode(err, 'CHECK_UNINTERPRETABLE') || hasErrorCode(err, 'CHECK_BUDGET')) r.predicted = 'NOT_ENOUGH_INFO';
  }
  if (r.gold && r.gold.length) {
    const cited = (r.result?.evidence ?? []).map((e) => squash(e.text));
    r.evidenceFound = r.gold.filter((q) => cited.some((t) => t.includes(squash(q)))).length;
  }
  return r;
}

/**
 * Label accuracy, evidence recall and the confusion matrix of batch results.
 *
 * @example
 * ```ts
 * scoreBatch(results).confusion.SUPPORTED.REFUTED; // gold SUPPORTED predicted REFUTED
 * ```
 */
export function scoreBatch(results: BatchLineResult[]): BatchMetrics {
  const confusion = Object.fromEntries(VERDICTS.map((g) => [g, Object.fromEntries(VERDICTS.map((p) => [p, 0]))])) as BatchMetrics['confusion'];
  let labelled = 0;
  let correct = 0;
  let goldEvidence = 0;
  let evidenceFound = 0;
  let fever = 0;
  for (const r of results) {
    if (r.label && r.predicted) {
      labelled++;
      if (r.label === r.predicted) correct++;
      // FEVER's strict score: the label right and, for SUPPORTED / REFUTED, every gold quote cited
      if (r.label === r.predicted && (r.label === 'NOT_ENOUGH_INFO' || (r.evidenceFound ?? 0) === (r.gold?.length ?? 0))) fever++;
      confusion[r.label][r.predicted]++;
    } else if (r.label) labelled++;
    if (r.gold?.length) {
      goldEvidence += r.gold.length;
      evidenceFound += r.evidenceFound ?? 0;
    }
  }
  const byLabel = perLabel(confusion);
  return {
    lines: results.length,
    checked: results.filter((r) => r.result || r.checked).length,
    malformed: results.filter((r) => r.error?.code === 'CHECK_INPUT').length,
    uninterpretable: results.filter((r) => r.error?.code === 'CHECK_UNINTERPRETABLE').length,
    labelled,
    correct,
    accuracy: labelled ? correct / labelled : null,
    falseSupported: results.filter((r) => r.label && r.label !== 'SUPPORTED' && r.predicted === 'SUPPORTED').length,
    falseRefuted: results.filter((r) => r.label && r.label !== 'REFUTED' && r.predicted === 'REFUTED').length,
    goldEvidence,
    evidenceFound,
    evidenceRecall: goldEvidence ? evidenceFound / goldEvidence : null,
    feverScore: labelled ? fever / labelled : null,
    perLabel: byLabel,
    macroF1: labelled ? VERDICTS.reduce((a, v) => a + byLabel[v].f1, 0) / VERDICTS.length : null,
    confusion,
  };
}

/** Precision, recall and F1 of each label from the confusion matrix (0 where undefined, as scikit-learn reports). */
function perLabel(confusion: BatchMetrics['confusion']): BatchMetrics['perLabel'] {
  const out = {} as BatchMetrics['perLabel'];
  for (const v of VERDICTS) {
    const tp = confusion[v][v];
    const predicted = VERDICTS.reduce((a, g) => a + confusion[g][v], 0);
    const gold = VERDICTS.reduce((a, p) => a + confusion[v][p], 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = gold ? tp / gold : 0;
    out[v] = { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  }
  return out;
}

/**
 * One JSON object per batch line: the check JSON contract plus `id` and `line`, or an `error`.
 *
 * @example
 * ```ts
 * batchLineJSON(results[0]); // { id: 'a', line: 1, claim: '…', verdict: 'SUPPORTED', … }
 * ```
 */
export function batchLineJSON(r: BatchLineResult): Record<string, unknown> {
  const head: Record<string, unknown> = { id: r.id ?? null, line: r.line };
  if (r.result) return { ...head, ...checkResultToJSON(r.result) };
  return { ...head, ...(r.claim !== undefined ? { claim: r.claim } : {}), verdict: r.predicted ?? null, error: r.error };
}

const pct = (n: number | null): string => (n === null ? 'n/a' : `${(n * 100).toFixed(1)}%`);

/**
 * Human summary of batch metrics (accuracy, recall, confusion matrix with gold rows).
 *
 * @example
 * ```ts
 * process.stderr.write(formatBatchSummary(metrics));
 * ```
 */
export function formatBatchSummary(m: BatchMetrics): string {
  const lines: string[] = [];
  lines.push(`checked ${m.checked} of ${m.lines} line(s)${m.malformed ? `, ${m.malformed} malformed` : ''}${m.uninterpretable ? `, ${m.uninterpretable} uninterpretable` : ''}`);
  if (m.labelled) {
    lines.push(`label accuracy: ${m.correct}/${m.labelled} = ${pct(m.accuracy)}`);
    lines.push(`uninterpretable: ${m.uninterpretable}/${m.lines} = ${pct(m.lines ? m.uninterpretable / m.lines : null)}`);
    lines.push(`false SUPPORTED: ${m.falseSupported}, false REFUTED: ${m.falseRefuted}`);
    lines.push(`evidence recall: ${m.evidenceFound}/${m.goldEvidence} = ${pct(m.evidenceRecall)}`);
    lines.push(`FEVER score (label right and, for SUPPORTED/REFUTED, all gold evidence cited): ${pct(m.feverScore)}`);
    lines.push(`per label (precision / recall / F1): ${VERDICTS.map((v) => `${v} ${pct(m.perLabel[v].precision)} / ${pct(m.perLabel[v].recall)} / ${pct(m.perLabel[v].f1)}`).join('; ')}; macro F1 ${pct(m.macroF1)}`);
    lines.push('confusion matrix (rows: gold label, columns: predicted):');
    const w = 16;
    lines.push(`${''.padEnd(w)}${VERDICTS.map((v) => v.padStart(w)).join('')}`);
    for (const g of VERDICTS) lines.push(`${g.padEnd(w)}${VERDICTS.map((p) => String(m.confusion[g][p]).padStart(w)).join('')}`);
  }
  return lines.join('\n') + '\n';
}
