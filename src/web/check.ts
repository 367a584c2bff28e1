/**
 * The check view: a claim in (a form whose submission is the claim's stable address,
 * `/check?claim=...`), the verdict, the checker's reading of the claim, and each piece of
 * evidence highlighted in its paragraph with its article, date and speaker. The server renders
 * the check into the page (with the ClaimReview as JSON-LD in the head), so the page needs no
 * second request.
 */
import { h, main, pageData, status } from './dom.js';
import { claimStatement, sourceHeading, sourceText } from './claims.js';
import { getJson } from './api.js';
import { setPrefixes } from './terms.js';
import { checkPath } from '../serve/workbench/paths.js';
import type { CheckView, Vocabulary } from '../serve/workbench/types.js';

const VERDICT_WORDS: Record<CheckView['verdict'], string> = {
  SUPPORTED: 'Supported by the graph',
  REFUTED: 'Refuted by the graph',
  NOT_ENOUGH_INFO: 'Not enough information in the graph',
};

const STANCE_WORDS = { supports: 'supports the claim', refutes: 'refutes the claim', related: 'related (shown for context)' } as const;

/** Starts the check view. */
export async function checkView(): Promise<void> {
  const data = pageData<{ claim?: string; result?: CheckView; error?: { code: string; message: string } }>();
  const root = main();
  const input = h('textarea', { id: 'claim', name: 'claim', rows: 2, required: true, maxlength: 2000, 'aria-describedby': 'claim-help' }, data.claim ?? '');
  const form = h('form', { method: 'get', action: '/check', class: 'check-form' },
    h('label', { for: 'claim' }, 'A claim to check'),
    input,
    h('p', { id: 'claim-help', class: 'help' }, 'One statement in English, e.g. “X is a member of Y.” Enter checks it; Shift+Enter starts a new line.'),
    h('button', { type: 'submit', id: 'check', class: 'primary' }, 'Check'));
  // the address of a check is always the same spelling (`%20`, not the form's `+`): one URL per claim
  form.addEventListener('submit', (e) => {
    if (!input.value.trim()) return;
    e.preventDefault();
    location.assign(checkPath(input.value));
  });
  // Enter submits (a claim is one sentence); Shift+Enter still breaks the line
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      form.requestSubmit();
    }
  });
  root.append(h('h1', {}, 'Check a claim'), form);
  if (data.error) {
    root.append(status(`${data.error.code}: ${data.error.message}`, 'error'));
    return;
  }
  if (!data.result) {
    input.focus();
    return;
  }
  const vocab = await getJson<Vocabulary>('/api/vocabulary').catch(() => undefined);
  if (vocab) setPrefixes(vocab.prefixes);
  root.append(render(data.result));
}

function render(r: CheckView): HTMLElement {
  const verdict = h('section', { class: `verdict verdict-${r.verdict}`, id: 'verdict', 'aria-labelledby': 'verdict-label' },
    h('p', { class: 'verdict-label', id: 'verdict-label' }, h('span', { class: 'verdict-code' }, r.verdict), ' ', VERDICT_WORDS[r.verdict]),
    h('p', { class: 'claim-text' }, `“${r.claim}”`),
    h('p', { class: 'explanation', id: 'explanation' }, r.explanation),
    h('p', { class: 'reading', id: 'interpretation' }, 'Read as: ', h('code', {}, r.reading),
      typeof (r.result.interpretation as { pattern?: string } | undefined)?.pattern === 'string'
        ? h('span', { class: 'pattern' }, ' · pattern ', h('code', {}, (r.result.interpretation as { pattern: string }).pattern)) : null),
    h('p', { class: 'permalink' }, 'Stable link: ', h('a', { href: r.url, id: 'permalink' }, location.origin + r.url)),
  );
  const evidence = h('section', { class: 'evidence', id: 'evidence', 'aria-label': 'Evidence' },
    h('h2', {}, r.evidence.length ? `Evidence (${r.evidence.length})` : 'No evidence in the graph'),
    ...r.evidence.map((e) => h('article', { class: `evidence-item stance-${e.stance}`, 'data-stance': e.stance, 'data-sentence': e.source.sentence.iri },
      h('p', { class: 'stance' }, STANCE_WORDS[e.stance], e.premise ? ' (as a premise: it places a member in the group the claim was stated for)' : ''),
      e.claim ? claimStatement(e.claim) : null,
      sourceHeading(e.source),
      sourceText(e.source))),
  );
  const wrap = h('div', { class: 'check-result' }, verdict, evidence);
  return wrap;
}
