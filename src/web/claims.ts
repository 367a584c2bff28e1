/**
 * A claim as every view shows it: the statement with its polarity and modality made visible
 * (a negative or modal claim is never shown as a plain fact), then its sources, each sentence
 * with the claim's quote highlighted, optionally inside its paragraph, with the article's
 * title and date and who asserts it.
 */
import { codePoints, h, highlight, status } from './dom.js';
import { count } from './format.js';
import { refLink, valueNode } from './terms.js';
import type { ClaimView, Source } from '../serve/workbench/types.js';

const MODALITY_WORDS: Record<string, string> = {
  expected: 'expected',
  possible: 'possible',
  pledged: 'pledged',
  perceived: 'perceived',
};

/** Badges for polarity and modality ("not", "expected"...); empty for a positive stated claim. */
export function claimBadges(c: Pick<ClaimView, 'polarity' | 'modality'>): HTMLElement {
  return h('span', { class: 'badges' },
    c.polarity === 'negative' ? h('span', { class: 'badge badge-negative', title: 'negative claim: the source denies this' }, 'NOT') : null,
    c.modality !== 'stated' ? h('span', { class: `badge badge-modal badge-${c.modality}`, title: `modality: ${c.modality}, not a stated fact` }, MODALITY_WORDS[c.modality] ?? c.modality) : null,
    c.polarity === 'positive' && c.modality === 'stated' ? h('span', { class: 'badge badge-stated', title: 'positive, stated' }, 'stated') : null,
  );
}

/** The statement line: badges, subject, predicate, object, qualifiers. */
export function claimStatement(c: ClaimView): HTMLElement {
  const quals = c.qualifiers.map((q) => h('span', { class: 'qualifier' },
    `${q.property.label}: `,
    ...q.values.flatMap((v, i) => [i > 0 ? ', ' : '', 'amount' in v ? `${v.amount} ${v.currency}` : valueNode(v)]),
  ));
  return h('div', { class: `statement pol-${c.polarity} mod-${c.modality}` },
    claimBadges(c),
    ' ', valueNode(c.subject), ' ',
    h('span', { class: 'predicate', title: c.predicate.iri }, c.predicate.label),
    ' ', valueNode(c.object),
    quals.length ? h('span', { class: 'qualifiers' }, ' (', ...quals.flatMap((q, i) => [i > 0 ? '; ' : '', q]), ')') : null,
  );
}

/** Who asserts a source: the author, or a reader in a comment. */
export function speakerNode(s: Source): HTMLElement {
  const who = s.speaker.ref ? s.speaker.ref.label : s.speaker.kind === 'reader' ? 'a reader' : 'the author';
  return h('span', { class: `speaker speaker-${s.speaker.kind}` }, s.speaker.kind === 'reader' ? `reader comment by ${who}` : `author: ${who}`);
}

/** Article title (link to the sentence in the article) and date. */
export function sourceHeading(s: Source): HTMLElement {
  return h('div', { class: 'source-head' },
    h('a', { href: `/articles/${encodeURIComponent(s.article.id)}#at=${encodeURIComponent(s.sentence.iri)}`, class: 'article-link' }, s.article.title),
    ' · ', h('time', { datetime: s.date ?? '' }, s.date ?? 'undated'),
    ' · ', speakerNode(s),
    ' · ', h('span', { class: 'sentence-id' }, s.sentence.id),
  );
}

/**
 * One source sentence with the quotes highlighted; with its paragraph when the source has one
 * (the sentence itself is marked inside it).
 */
export function sourceText(s: Source): HTMLElement {
  if (s.paragraph) {
    const base = s.paragraph.begin;
    const marks = [
      { begin: s.sentence.begin - base, end: s.sentence.end - base, cls: 'sentence-in-context' },
      ...s.quotes.map((q) => ({ begin: q.begin - base, end: q.end - base, cls: 'quote' })),
    ];
    return h('blockquote', { class: `source-text in-context segment-${s.segment}` }, highlight(codePoints(s.paragraph.text), marks));
  }
  const marks = s.quotes.map((q) => ({ begin: q.begin - s.sentence.begin, end: q.end - s.sentence.begin, cls: 'quote' }));
  return h('blockquote', { class: `source-text segment-${s.segment}` }, highlight(s.sentence.text, marks));
}

function sourceItem(s: Source): HTMLElement {
  return h('li', { class: 'source', 'data-sentence': s.sentence.iri }, sourceHeading(s), sourceText(s));
}

/**
 * A claim with its sources. When the claim came with only its first sources (`sourcesTotal`),
 * a "Show all N sources" button asks `allSources` for the whole claim and lists the rest (the
 * keyboard's focus then moves to the first of them).
 */
export function claimCard(c: ClaimView, opts: { heading?: boolean; allSources?: () => Promise<ClaimView> } = {}): HTMLElement {
  const list = h('ol', { class: 'sources' }, ...c.sources.map(sourceItem));
  const more = c.sourcesTotal !== undefined && c.sourcesTotal > c.sources.length && opts.allSources
    ? h('button', { type: 'button', class: 'more-sources' }, `Show all ${count(c.sourcesTotal)} sources`)
    : null;
  const card = h('article', { class: `claim pol-${c.polarity} mod-${c.modality}`, 'data-claim': c.iri, id: `claim-${c.curie}`, 'data-sources': c.sources.length, 'data-sources-total': c.sourcesTotal ?? c.sources.length },
    opts.heading === false ? null : claimStatement(c),
    h('div', { class: 'claim-meta' },
      refLink({ iri: c.iri, label: c.curie }, 'claim-iri'),
      c.derivation && c.derivation !== 'direct' ? h('span', { class: 'derivation' }, ` · ${c.derivation.replace('-', ' ')}`) : null,
    ),
    list,
    more,
    c.sources.length === 0 ? h('p', { class: 'uncited' }, 'no source sentence in the graph') : null,
  );
  more?.addEventListener('click', async () => {
    more.disabled = true;
    try {
      const whole = await opts.allSources!();
      if (whole.iri !== c.iri) throw new Error(`asked for the sources of ${c.curie}, got ${whole.curie}`);
      const shown = list.children.length;
      for (const s of whole.sources.slice(shown)) list.append(sourceItem(s));
      card.dataset.sources = String(list.children.length);
      more.remove();
      const first = list.children[shown] as HTMLElement | undefined;
      if (first) {
        first.tabIndex = -1;
        first.focus();
      }
    } catch (err) {
      more.disabled = false;
      more.after(status(`${(err as { code?: string }).code ?? 'ERROR'}: ${(err as Error).message}`, 'error'));
    }
  });
  return card;
}
