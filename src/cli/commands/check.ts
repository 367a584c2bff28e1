import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ClaimgraphError, ERROR_CODES } from '../../errors.js';
import { CommandExit, projectDir } from '../index.js';
import type { CliIO } from '../types.js';
import { DEFAULT_CLAIM_BUDGET_MS } from '../../check/recheck-depth.js';
import type { CheckResult, ModalityName } from '../../check/index.js';
import type { BatchLineResult, BatchMetrics } from '../../check/types.js';

interface CheckOpts {
  format: string;
  subject?: string;
  predicate?: string;
  object?: string;
  negated?: boolean;
  modality?: string;
  qualifier?: string[];
  batch?: string;
  metrics?: string;
  jobs?: number;
  budgetMs?: number;
  color?: boolean;
}

const FORMATS = ['text', 'json', 'claimreview'];
const MODALITIES: ModalityName[] = ['stated', 'expected', 'possible', 'pledged', 'perceived'];

function collect(v: string, prev: string[] = []): string[] {
  return [...prev, v];
}

async function readInput(file: string, io: CliIO): Promise<string> {
  if (file === '-') {
    if (!io.stdin) throw new ClaimgraphError('CHECK_INPUT', 'no standard input to read the batch from');
    const chunks: Buffer[] = [];
    for await (const c of io.stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
    return Buffer.concat(chunks).toString('utf8');
  }
  const path = resolve(io.cwd, file);
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (err) {
    throw new ClaimgraphError('CHECK_INPUT', `cannot read batch file: ${(err as Error).message}`, { file });
  }
  if (buf.includes(0)) throw new ClaimgraphError('CHECK_INPUT', 'the batch file is binary; expected JSON Lines', { file });
  return buf.toString('utf8');
}

/**
 * Registers `check`: fact-check a claim (free text or structured) or a JSON Lines batch.
 *
 * @example
 * ```ts
 * register(program, io); // claimgraph check "Freedonia is a member of the League." --format json
 * ```
 */
export function register(program: Command, io: CliIO): void {
  program
    .command('check')
    .description('Fact-check a claim against the graph: SUPPORTED, REFUTED or NOT_ENOUGH_INFO, with the sentences to cite')
    .argument('[claim...]', 'the claim sentence (quote it)')
    .option('-f, --format <format>', `output format: ${FORMATS.join('|')}`, 'text')
    .option('--subject <entity>', 'structured form: subject entity (id, IRI or label)')
    .option('--predicate <property>', 'structured form: property local name (memberOf) or label')
    .option('--object <value>', 'structured form: object entity or literal')
    .option('--negated', 'structured form: the claim denies the triple')
    .option('--modality <modality>', `structured form: ${MODALITIES.join('|')}`)
    .option('--qualifier <name=value>', 'structured form: a qualifier, e.g. year=2006 (repeatable)', collect)
    .option('--batch <file>', 'check one JSON object {"id","claim"[,"label","evidence"]} per line (- for stdin)')
    .option('--metrics <file>', 'with --batch: also write the metrics as JSON to this file')
    .option('--jobs <n>', 'with --batch: threads checking claims (default 1; never more than the batch needs); output as with 1', (v: string) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new ClaimgraphError('USAGE', `--jobs needs a positive integer, got "${v}"`);
      return n;
    })
    .option('--budget-ms <n>', `time budget of one claim, ms of CPU time; past it the claim is unread with CHECK_BUDGET (default ${DEFAULT_CLAIM_BUDGET_MS})`, (v: string) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new ClaimgraphError('USAGE', `--budget-ms needs a positive integer, got "${v}"`);
      return n;
    })
    .option('--color', 'highlight evidence with ANSI colours (default: when stdout is a terminal)')
    .option('--no-color', 'never use ANSI colours')
    .addHelpText('after', `
Examples:
  claimgraph check "Freedonia is a member of the League."
  claimgraph check "Freedonia is not a member of the League." --format json
  claimgraph check --subject freedonia --predicate memberOf --object league --negated
  claimgraph check --batch claims.jsonl > results.jsonl

Exit codes: 0 for any verdict; ${ERROR_CODES.CHECK_UNINTERPRETABLE} (CHECK_UNINTERPRETABLE) when the claim cannot be read;
${ERROR_CODES.CHECK_INPUT} (CHECK_INPUT) for bad input (empty, oversized, binary, malformed batch line);
${ERROR_CODES.CHECK_BUDGET} (CHECK_BUDGET) when the claim ran past its time budget (--budget-ms): unread, never a guessed verdict.
A batch writes one JSON result per line to stdout and its summary (label accuracy, evidence
recall, confusion matrix) to stderr; malformed lines are reported with their line number while the
other lines still run, and the exit code is then ${ERROR_CODES.CHECK_INPUT}. With --jobs N a batch of 64 claims or more
is shared by worker threads (at most one per 32 claims), each loading the graph once; the output
is byte-identical to --jobs 1. The default is one thread: on a 2-core machine V8's own compiler and
garbage-collector threads already keep the second core busy, and two threads were slower.`)
    .action(async (words: string[], opts: CheckOpts, cmd: Command) => {
      if (!FORMATS.includes(opts.format)) throw new ClaimgraphError('USAGE', `unknown format ${JSON.stringify(opts.format)}: expected ${FORMATS.join(', ')}`);
      const dir = projectDir(cmd, io);
      const structured = opts.subject !== undefined || opts.predicate !== undefined || opts.object !== undefined;
      const modes = [words.length > 0, structured, opts.batch !== undefined].filter(Boolean).length;
      if (modes !== 1) {
        throw new ClaimgraphError('USAGE', 'give exactly one of: a claim sentence, --subject/--predicate/--object, or --batch FILE');
      }
      if (opts.jobs !== undefined && opts.batch === undefined) throw new ClaimgraphError('USAGE', '--jobs goes with --batch');
      // read the input before loading the graph, so bad input fails fast
      const batchText = opts.batch !== undefined ? await readInput(opts.batch, io) : undefined;
      // the checker and the index are loaded when a check runs, not at every command's start
      // (imported statically, every reader was loaded and run at the start of `claimgraph query` too)
      const [{ LARGE_GRAPH_BYTES, openGraphForLookups }, {
        checkClaim, checkResultToJSON, checkStructured, formatCheckText, loadCheckContext, toClaimReview,
      }, { batchLineJSON, formatBatchSummary, parseBatch, runBatch }] = await Promise.all([
        import('../../index-store/index.js'), import('../../check/index.js'), import('../../check/batch.js'),
      ]);
      // the graph's index when current, whatever its size: a fresh process need not parse (or
      // fill an n3 Store with) the Turtle; passing over a small graph's index is not worth a word
      const store = await openGraphForLookups(dir, (m) => io.stderr.write(`note: ${m}\n`), { fromBytes: 0, quietBelow: LARGE_GRAPH_BYTES });
      const context = loadCheckContext(store, { dir });
      // a lexicon.ttl edited without `npm run build` leaves lexicon.derived.json of another version:
      // the checker then reads with the lexicon's own words only, which must not pass unnoticed
      if (context.derived.ignored) io.stderr.write(`warning: ${context.derived.ignored}; claims are read with the lexicon's own words only\n`);
      const color = opts.color ?? !!io.stdout.isTTY;

      if (batchText !== undefined) {
        const inputs = parseBatch(batchText);
        const budget = opts.budgetMs !== undefined ? { budgetMs: opts.budgetMs } : {};
        const check = (claim: string) => checkClaim(store, claim, { context, ...budget });
        const { batchThreads, runBatchThreads } = await import('../../check/batch-jobs.js');
        // one thread unless asked: measured on 2 cores, a second thread only added its own load
        // (bench/README.md "Round 28 (lead)"); more cores are where --jobs pays
        const threads = batchThreads(opts.jobs ?? 1, inputs.length);
        let results: BatchLineResult[];
        let metrics: BatchMetrics;
        if (threads === 1) {
          ({ results, metrics } = await runBatch(inputs, check));
          for (const r of results) io.stdout.write(JSON.stringify(batchLineJSON(r)) + '\n');
        } else {
          // the same lines in the same order (src/check/batch-jobs.ts)
          let json: string[];
          ({ json, results, metrics } = await runBatchThreads(inputs, threads, dir, check, budget));
          for (const line of json) io.stdout.write(line + '\n');
        }
        for (const r of results) if (r.error) io.stderr.write(`error[${r.error.code}]: ${r.error.message}\n`);
        io.stderr.write(formatBatchSummary(metrics));
        if (opts.metrics) writeFileSync(resolve(io.cwd, opts.metrics), JSON.stringify(metrics, null, 2) + '\n');
        if (metrics.malformed) throw new CommandExit(ERROR_CODES.CHECK_INPUT);
        return;
      }

      let result: CheckResult;
      if (structured) {
        if (!opts.subject || !opts.predicate || !opts.object) throw new ClaimgraphError('USAGE', 'the structured form needs --subject, --predicate and --object');
        if (opts.modality && !MODALITIES.includes(opts.modality as ModalityName)) {
          throw new ClaimgraphError('USAGE', `unknown modality ${JSON.stringify(opts.modality)}: expected ${MODALITIES.join(', ')}`);
        }
        const qualifiers: Record<string, string> = {};
        for (const q of opts.qualifier ?? []) {
          const eq = q.indexOf('=');
          if (eq <= 0) throw new ClaimgraphError('USAGE', `--qualifier expects name=value, got ${JSON.stringify(q)}`);
          qualifiers[q.slice(0, eq).trim()] = q.slice(eq + 1).trim();
        }
        result = await checkStructured(store, {
          subject: opts.subject, predicate: opts.predicate, object: opts.object, negated: !!opts.negated,
          modality: opts.modality as ModalityName | undefined, qualifiers,
        }, { context });
      } else {
        result = await checkClaim(store, words.join(' '), { context, ...(opts.budgetMs !== undefined ? { budgetMs: opts.budgetMs } : {}) });
      }
      if (opts.format === 'json') io.stdout.write(JSON.stringify(checkResultToJSON(result), null, 2) + '\n');
      else if (opts.format === 'claimreview') {
        const articles = ['AnalysisNewsArticle', 'NewsArticle', 'Article', 'ReportageNewsArticle', 'OpinionNewsArticle']
          .flatMap((t) => store.getSubjects('http://www.w3.org/1999/02/22-rdf-syntax-ns#type', `https://schema.org/${t}`, null).map((x) => x.value));
        io.stdout.write(JSON.stringify(toClaimReview(result, { articles }), null, 2) + '\n');
      } else io.stdout.write(formatCheckText(result, { color }));
    });
}
