/**
 * The SPARQL editor: CodeMirror 6 with the Lezer SPARQL grammar of `codemirror-lang-sparql`,
 * completion of the project's prefixes and of the ontology's classes and properties (the
 * declaration of a prefix is added when a completed term needs it, as YASGUI does), error
 * marks at the position the server names, and Ctrl/Cmd+Enter to run.
 *
 * Keyboard: Tab is left to the browser (it moves focus out of the editor, as WAI-ARIA asks of a
 * text field); Ctrl+Space opens completion; Escape closes it.
 */
import { EditorView, basicSetup } from 'codemirror';
import { EditorState, Prec } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { autocompletion, type Completion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { setDiagnostics } from '@codemirror/lint';
import { sparql } from 'codemirror-lang-sparql';
import type { Vocabulary } from '../serve/workbench/types.js';

const KEYWORDS = ['SELECT', 'DISTINCT', 'WHERE', 'OPTIONAL', 'FILTER', 'NOT EXISTS', 'MINUS', 'UNION', 'GROUP BY', 'ORDER BY', 'LIMIT', 'OFFSET', 'PREFIX', 'ASK', 'CONSTRUCT', 'DESCRIBE', 'VALUES', 'BIND', 'COUNT', 'GROUP_CONCAT', 'HAVING'];

function declared(doc: string): Set<string> {
  const out = new Set<string>();
  for (const m of doc.matchAll(/PREFIX\s+([A-Za-z][\w.-]*)?:/gi)) out.add(m[1] ?? '');
  return out;
}

/** Completion of prefixed names, prefix declarations and keywords from the vocabulary. */
function completions(vocab: Vocabulary) {
  const terms: Array<Completion & { ns: string; prefix: string }> = [];
  for (const c of vocab.classes) {
    const [prefix] = c.curie.split(':');
    terms.push({ label: c.curie, type: 'class', detail: c.label ?? 'class', info: c.comment ?? c.iri, boost: 1, ns: vocab.prefixes[prefix!] ?? '', prefix: prefix! });
  }
  for (const p of vocab.properties) {
    const [prefix] = p.curie.split(':');
    terms.push({ label: p.curie, type: 'property', detail: `${p.label ?? 'property'}${p.kind === 'other' ? '' : ` (${p.kind})`}`, info: p.comment ?? p.iri, boost: p.kind === 'relation' ? 2 : 0, ns: vocab.prefixes[prefix!] ?? '', prefix: prefix! });
  }
  return (ctx: CompletionContext): CompletionResult | null => {
    const line = ctx.state.doc.lineAt(ctx.pos);
    const before = line.text.slice(0, ctx.pos - line.from);
    // after PREFIX: the project's prefixes with their namespaces
    const decl = /PREFIX\s+([\w.-]*:?)$/i.exec(before);
    if (decl) {
      return {
        from: ctx.pos - decl[1]!.length,
        options: Object.entries(vocab.prefixes).map(([p, ns]) => ({ label: `${p}: <${ns}>`, type: 'namespace', detail: 'prefix' })),
      };
    }
    const word = ctx.matchBefore(/[A-Za-z][\w.-]*:[\w.-]*|[A-Za-z_]\w*/);
    if (!word || (word.from === word.to && !ctx.explicit)) return null;
    const afterA = /(^|\s)a\s+[\w.-]*:?[\w.-]*$/.test(before);
    const have = declared(ctx.state.doc.toString());
    const options: Completion[] = terms.map((t) => ({
      ...t,
      boost: (t.boost ?? 0) + (afterA && t.type === 'class' ? 5 : 0),
      apply: (view: EditorView, completion: Completion, from: number, to: number) => {
        const changes = [{ from, to, insert: completion.label }];
        // declare the prefix at the top when the query does not yet
        if (!have.has(t.prefix) && t.ns) changes.push({ from: 0, to: 0, insert: `PREFIX ${t.prefix}: <${t.ns}>\n` });
        view.dispatch({ changes, selection: { anchor: from + completion.label.length + (have.has(t.prefix) || !t.ns ? 0 : `PREFIX ${t.prefix}: <${t.ns}>\n`.length) } });
      },
    }));
    if (!word.text.includes(':')) {
      for (const k of KEYWORDS) options.push({ label: k, type: 'keyword' });
      for (const [p, ns] of Object.entries(vocab.prefixes)) options.push({ label: `${p}:`, type: 'namespace', detail: ns });
    }
    return { from: word.from, options, validFor: /^[\w.:-]*$/ };
  };
}

/** The editor and what the page does with it. */
export interface QueryEditor {
  view: EditorView;
  text(): string;
  setText(text: string): void;
  /** Marks an error at a 1-based line and column (as the server reports it); clears with undefined. */
  markError(err: { line?: number; column?: number; message: string } | undefined): void;
}

/**
 * Creates the editor in a parent element.
 *
 * @example
 * ```ts
 * const ed = createEditor(el, 'SELECT * WHERE { ?s ?p ?o }', vocab, () => run(), nonce);
 * ```
 */
export function createEditor(parent: HTMLElement, doc: string, vocab: Vocabulary, onRun: () => void, nonce: string | undefined): QueryEditor {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => { onRun(); return true; } }])),
        basicSetup,
        sparql(),
        autocompletion({ override: [completions(vocab)], activateOnTyping: true }),
        EditorView.contentAttributes.of({ 'aria-label': 'SPARQL query', 'aria-describedby': 'editor-help' }),
        ...(nonce ? [EditorView.cspNonce.of(nonce)] : []),
      ],
    }),
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    setText: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
    markError(err) {
      if (!err) {
        view.dispatch(setDiagnostics(view.state, []));
        return;
      }
      const doc = view.state.doc;
      let from = 0;
      let to = doc.length;
      if (err.line !== undefined && err.line >= 1 && err.line <= doc.lines) {
        const line = doc.line(err.line);
        from = Math.min(line.to, line.from + Math.max(0, (err.column ?? 1) - 1));
        // the token at the position: up to the next space
        const rest = /^\S*/.exec(doc.sliceString(from, line.to))![0];
        to = Math.max(from + rest.length, Math.min(line.to, from + 1));
        if (to === from && from > line.from) from -= 1;
      }
      view.dispatch(setDiagnostics(view.state, [{ from, to, severity: 'error', message: err.message }]));
    },
  };
}
