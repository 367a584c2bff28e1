/**
 * Output forms of a check result: the stable JSON contract, schema.org ClaimReview JSON-LD, and
 * a terminal text report (ANSI highlighting of the quoted words when colour is on).
 */
import { NS, localName } from './context.js';
import type { CheckResult, CheckResultJSON, CheckValue, Evidence, Verdict } from './types.js';
import { clockText } from './values.js';

function valueJSON(v: CheckValue): unknown {
  switch (v.kind) {
    case 'entity': return { iri: v.iri, label: v.label, ...(v.mention ? { mention: v.mention } : {}) };
    case 'unknown-entity': return { unknown: true, mention: v.mention };
    case 'entities': return v.items.map((e) => valueJSON(e));
    case 'amount': return v.amounts.map((a) => ({ value: a.value, currency: a.currency, ...(a.bound ? { bound: a.bound } : {}) }));
    case 'daterange': return { start: v.start, end: v.end };
    case 'duration': return { days: v.days, ...(v.bound ? { bound: v.bound } : {}), ...(v.clock ? { clock: clockText(v.days) } : {}) };
    case 'count': return { count: v.n, only: v.only, ...(v.atMost ? { atMost: true } : {}), of: valueJSON(v.group) };
    case 'number': case 'year': return v.bound ? { value: v.value, bound: v.bound } : v.value;
    default: return v.value;
  }
}

/**
 * The JSON contract: `{claim, verdict, interpretation, evidence[{sentence, begin, end, text,
 * claim, segment}], explanation}`.
 *
 * @example
 * ```ts
 * JSON.stringify(checkResultToJSON(await checkClaim(store, 'Freedonia is a member of the League.')));
 * ```
 */
export function checkResultToJSON(r: CheckResult): CheckResultJSON {
  const out = resultJSON(r);
  if (r.parts?.length) {
    out.parts = r.parts.map((p) => {
      const { claim: _c, parts: _p, ...rest } = resultJSON({ ...r, claim: p.text, verdict: p.verdict, interpretation: p.interpretation, evidence: p.evidence, explanation: p.explanation, parts: undefined });
      return { text: p.text, ...rest };
    });
  }
  return out;
}

function resultJSON(r: CheckResult): CheckResultJSON {
  const i = r.interpretation;
  const qualifiers: Record<string, unknown> = {};
  for (const k of Object.keys(i.qualifiers).sort()) qualifiers[k] = valueJSON(i.qualifiers[k]!);
  return {
    claim: r.claim,
    verdict: r.verdict,
    interpretation: {
      subject: valueJSON(i.subject),
      predicate: i.predicateName,
      predicateIri: i.predicate,
      object: valueJSON(i.object),
      polarity: i.polarity,
      modality: i.modality,
      qualifiers,
      ...(i.pattern ? { pattern: i.pattern } : {}),
      ...(i.notes?.length ? { notes: i.notes } : {}),
      ...(i.attributedTo ? { attributedTo: i.attributedTo } : {}),
      ...(i.asOf ? { asOf: i.asOf } : {}),
      ...(i.determiner ? { determiner: i.determiner } : {}),
      ...(i.modalScope ? { modalScope: i.modalScope } : {}),
    },
    evidence: r.evidence.map((e) => ({
      sentence: e.sentence, sentenceIri: e.sentenceIri, ...(e.article ? { article: e.article } : {}), ...(e.articleDate ? { articleDate: e.articleDate } : {}),
      begin: e.begin, end: e.end, text: e.text,
      // quote spans as offsets into the article (code points, as NIF counts) with their text
      quotes: e.highlights.map((h) => ({ begin: e.begin + h.begin, end: e.begin + h.end, text: [...e.text].slice(h.begin, h.end).join('') })),
      claim: e.claim, ...(e.premise ? { premise: e.premise } : {}), segment: e.segment, stance: e.stance,
    })),
    explanation: r.explanation,
  };
}

const RATING: Record<Verdict, number> = { REFUTED: 1, NOT_ENOUGH_INFO: 2, SUPPORTED: 3 };

/**
 * schema.org ClaimReview JSON-LD: claimReviewed, reviewRating (the verdict as alternateName),
 * itemReviewed (the claim, appearing in the cited articles), evidence as citations. The context
 * is inline, so processors need no network.
 *
 * @example
 * ```ts
 * const doc = toClaimReview(result, { articles: ['https://w3id.org/claimgraph/article/x'] });
 * doc['@type']; // 'ClaimReview'
 * ```
 */
export function toClaimReview(r: CheckResult, opts: { articles?: string[] } = {}): Record<string, unknown> {
  const fromEvidence = [...new Set(r.evidence.map((e) => e.article).filter((a): a is string => !!a))].sort();
  // an article typed twice (schema:NewsArticle and a subtype) is one article
  const articles = fromEvidence.length ? fromEvidence : [...new Set(opts.articles ?? [])].sort();
  return {
    '@context': {
      '@vocab': NS.schema,
      schema: NS.schema,
      cg: NS.cg,
      nif: NS.nif,
      xsd: NS.xsd,
      beginIndex: { '@id': `${NS.nif}beginIndex`, '@type': `${NS.xsd}nonNegativeInteger` },
      endIndex: { '@id': `${NS.nif}endIndex`, '@type': `${NS.xsd}nonNegativeInteger` },
      supportsClaim: { '@id': `${NS.cg}claim`, '@type': '@id' },
    },
    '@type': 'ClaimReview',
    claimReviewed: r.claim,
    author: { '@type': 'Organization', name: 'claimgraph' },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: RATING[r.verdict],
      bestRating: 3,
      worstRating: 1,
      alternateName: r.verdict,
      ratingExplanation: r.explanation,
    },
    itemReviewed: {
      '@type': 'Claim',
      text: r.claim,
      appearance: articles.map((a) => ({ '@id': a, '@type': 'CreativeWork', url: a })),
    },
    citation: r.evidence.map((e) => ({
      '@id': e.sentenceIri,
      '@type': 'Quotation',
      identifier: e.sentence,
      text: e.text,
      beginIndex: e.begin,
      endIndex: e.end,
      ...(e.article ? { isPartOf: { '@id': e.article } } : {}),
      about: { '@id': e.claim },
      genre: e.segment,
    })),
  };
}

const ANSI = { bold: '\u001b[1m', reset: '\u001b[0m', yellow: '\u001b[43m\u001b[30m', green: '\u001b[32m', red: '\u001b[31m', dim: '\u001b[2m', cyan: '\u001b[36m' };

const short = (iri: string): string => (iri.startsWith(NS.cgc) ? `cgc:${iri.slice(NS.cgc.length)}` : iri);

function highlight(e: Evidence, color: boolean): string {
  const cps = [...e.text];
  if (!e.highlights.length) return e.text;
  let out = '';
  let pos = 0;
  for (const h of e.highlights) {
    const b = Math.max(pos, Math.max(0, h.begin));
    const en = Math.min(cps.length, h.end);
    if (en <= b) continue;
    out += cps.slice(pos, b).join('');
    const mid = cps.slice(b, en).join('');
    out += color ? `${ANSI.yellow}${mid}${ANSI.reset}` : `[${mid}]`;
    pos = en;
  }
  return out + cps.slice(pos).join('');
}

function valueText(v: CheckValue): string {
  switch (v.kind) {
    case 'entity': return `${v.label} <${v.iri.startsWith(NS.cgr) ? `cgr:${v.iri.slice(NS.cgr.length)}` : v.iri}>`;
    case 'unknown-entity': return `"${v.mention}" (not in the graph)`;
    case 'entities': return v.items.map((e) => valueText(e)).join(' and ');
    case 'amount': return v.amounts.map((a) => `${a.bound ? `${a.bound} ` : ''}${a.currency} ${a.value}`).join(' / ');
    case 'daterange': return `${v.start} to ${v.end}`;
    case 'duration': return `${v.bound ? `${v.bound} ` : ''}${v.clock ? clockText(v.days) : `${v.days} days`}`;
    case 'count': return `${v.only ? 'only ' : v.atMost ? 'at most ' : ''}${v.n} of ${valueText(v.group)}`;
    case 'number': case 'year': return `${v.bound ? `${v.bound} ` : ''}${v.value}`;
    default: return v.value;
  }
}

/**
 * Text report for a terminal: verdict, interpretation, explanation and numbered evidence with
 * the quoted words highlighted (ANSI when `color`, [brackets] otherwise).
 *
 * @example
 * ```ts
 * process.stdout.write(formatCheckText(result, { color: process.stdout.isTTY }));
 * ```
 */
export function formatCheckText(r: CheckResult, opts: { color?: boolean } = {}): string {
  const c = !!opts.color;
  const i = r.interpretation;
  const verdictColor = r.verdict === 'SUPPORTED' ? ANSI.green : r.verdict === 'REFUTED' ? ANSI.red : ANSI.cyan;
  const lines: string[] = [];
  lines.push(`${c ? ANSI.bold + verdictColor : ''}${r.verdict}${c ? ANSI.reset : ''}  ${r.claim}`);
  lines.push('Interpretation:');
  lines.push(`  subject    ${valueText(i.subject)}`);
  lines.push(`  predicate  cg:${localName(i.predicate)}`);
  lines.push(`  object     ${valueText(i.object)}`);
  lines.push(`  polarity   ${i.polarity}`);
  lines.push(`  modality   ${i.modality}`);
  for (const k of Object.keys(i.qualifiers).sort()) lines.push(`  ${k.padEnd(10)} ${valueText(i.qualifiers[k]!)}`);
  if (i.pattern) lines.push(`  pattern    "${i.pattern}"`);
  for (const n of i.notes ?? []) lines.push(`  note       ${n}`);
  if (i.attributedTo) lines.push(`  source     ${i.attributedTo}`);
  if (i.asOf) lines.push(`  as of      ${i.asOf}`);
  if (i.modalScope) lines.push(`  modal      ${i.modalScope}`);
  if (i.determiner) lines.push(`  determiner ${i.determiner.kind} ('${i.determiner.word} ${i.determiner.noun}')`);
  lines.push(`Explanation: ${r.explanation}`);
  if (r.evidence.length) {
    lines.push(r.evidence.every((e) => e.stance === 'related') ? 'Related (near misses; they do not decide the claim):' : 'Evidence:');
    r.evidence.forEach((e, n) => {
      const claim = short(e.claim);
      const where = e.article ? `${e.article.replace(/^.*\//, '')}${e.articleDate ? ` (${e.articleDate})` : ''} ` : '';
      const premise = e.premise ? ` (for the premise ${short(e.premise)})` : '';
      lines.push(`  ${n + 1}. ${where}${e.sentence} [${e.segment}] ${e.begin}-${e.end} ${e.stance} ${c ? ANSI.dim : ''}${claim}${premise}${c ? ANSI.reset : ''}`);
      lines.push(`     ${highlight(e, c)}`);
    });
  } else lines.push('Evidence: none');
  if (r.parts?.length) {
    lines.push(`Parts (${r.parts.length} statements; any REFUTED -> REFUTED, all SUPPORTED -> SUPPORTED, else NOT_ENOUGH_INFO):`);
    r.parts.forEach((p, n) => lines.push(`  ${n + 1}. ${p.verdict}  ${p.text}${p.evidence.length ? ` (${p.evidence.map((e) => e.sentence).join(', ')})` : ''}`));
  }
  return lines.join('\n') + '\n';
}
