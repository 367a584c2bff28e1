/**
 * Deterministic synthetic corpus generator (for the benchmark and the corpus tests).
 *
 * It writes a project in the real input format (graph/entities.yaml, graph/articles/<id>/
 * {article.txt, meta.yaml, claims.yaml}) shaped like a hand-curated news corpus: fictional
 * countries grouped in regions, organisations and banks, memberships stated through group claims
 * with exceptions, explicit negative claims, amounts in two currencies, dates, modalities, a
 * byline, a reader comment with its own claim, and boilerplate. A world model decides what is
 * true, so articles mostly agree with each other; a small, seeded share of claims contradicts it
 * (conflicts across articles, as real corpora have).
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { GenerateCorpusOptions, GeneratedCorpus } from './types.js';

/** Seeded PRNG (mulberry32): the same seed always gives the same corpus. */
class Rng {
  private state: number;
  constructor(seed: string | number) {
    const h = createHash('sha256').update(String(seed)).digest();
    this.state = h.readUInt32LE(0);
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  sample<T>(xs: readonly T[], n: number): T[] {
    const copy = xs.slice();
    const out: T[] = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]);
    return out;
  }
}

interface Entity {
  id: string;
  type: string | string[];
  label: string;
  altLabels?: string[];
  [key: string]: unknown;
}

interface Country {
  id: string;
  name: string;
  adj: string;
  region: Region;
  president: string;
  presidentOffice: string;
  leader: string;
}

interface Region {
  id: string;
  name: string;
  countries: Country[];
}

interface Org {
  id: string;
  name: string;
  abbr: string;
  kind: 'org' | 'bank';
  founder: Country;
  members: Set<string>;
}

interface World {
  countries: Country[];
  regions: Region[];
  orgs: Org[];
  banks: Org[];
  companies: { id: string; name: string; country: Country }[];
  events: { id: string; name: string; host: Country; date: string }[];
  pipelines: { id: string; name: string; from: Country; to: Country; year: string }[];
  authors: { id: string; name: string; affiliation: string }[];
  sectors: string[];
  purposes: { id: string; phrase: string }[];
  entities: Entity[];
}

interface GenClaim {
  id: string;
  quote: string;
  subject: unknown;
  predicate: string;
  object: unknown;
  polarity?: 'negative';
  modality?: string;
  qualifiers?: Record<string, unknown>;
}

interface GenSentence {
  text: string;
  claims: Omit<GenClaim, 'quote' | 'id'>[];
  /** Substring quoted by the claims (defaults to the sentence without its final period). */
  quote?: string;
}

const SYL_A = ['Bal', 'Cor', 'Dar', 'El', 'Fen', 'Gal', 'Hal', 'Ist', 'Jor', 'Kel', 'Lor', 'Mar', 'Nor', 'Ost', 'Pel', 'Quar', 'Ros', 'Sel', 'Tor', 'Ul', 'Val', 'Wes', 'Yar', 'Zan'];
const SYL_B = ['av', 'en', 'ir', 'od', 'un', 'ar', 'eth', 'ov', 'im', 'ast', 'el', 'or'];
const SYL_C = ['ia', 'ania', 'onia', 'istan', 'avia', 'land', 'ora', 'esia'];
const FIRST = ['Amara', 'Boris', 'Celia', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Karin', 'Lev', 'Mira', 'Nadir', 'Olga', 'Pavel', 'Rosa', 'Samir', 'Tessa', 'Viktor'];
const LAST = ['Andor', 'Brell', 'Castan', 'Dorn', 'Evers', 'Falk', 'Grisham', 'Holt', 'Ivanek', 'Jarl', 'Kovan', 'Lund', 'Morrow', 'Norlin', 'Orsk', 'Pryce', 'Quill', 'Rask', 'Stavros', 'Tamm'];
const REGION_WORDS = ['Northern Steppe', 'Amber Coast', 'High Plateau', 'Inner Basin', 'Western Marches', 'Lake District', 'Southern Rim', 'Eastern Highlands', 'Delta', 'Silver Gulf', 'Iron Hills', 'Far Reaches'];
const ORG_WORDS = ['Cooperation Organisation', 'Security Council', 'Customs Union', 'Economic Forum', 'Trade Pact', 'Energy Community', 'Water Commission', 'Transit Alliance'];
const BANK_WORDS = ['Infrastructure Investment Bank', 'Development Bank', 'Reconstruction Fund', 'Export Credit Bank'];
const SECTORS = ['energy', 'agriculture', 'transport', 'telecommunications', 'mining', 'health', 'education', 'water'];
const PURPOSES: [string, string][] = [
  ['power-facilities', 'power facilities'], ['hospital-equipment', 'hospital equipment'], ['roadways', 'roadways'],
  ['airport-infrastructure', 'airport infrastructure'], ['irrigation', 'irrigation canals'], ['rail-links', 'rail links'],
  ['schools', 'rural schools'], ['water-supply', 'water supply networks'], ['grain-storage', 'grain storage'],
  ['border-posts', 'border crossing posts'],
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ORDINAL = ['', 'largest', 'second largest', 'third largest', 'fourth largest', 'fifth largest', 'sixth largest'];

/** Filler phrases: commentary sentences that carry no claim, to give realistic uncited text. */
const FILL_A = ['For years', 'In recent months', 'Clearly', 'Nevertheless', 'At the same time', 'Against this backdrop', 'In this context', 'Interestingly', 'Over the past decade', 'Seen from the capitals of the region'];
const FILL_B = ['relations in the region', 'the balance of influence', 'the regional economy', 'the debate among analysts', 'public opinion', 'the diplomatic calendar', 'trade along the old routes', 'the investment climate'];
const FILL_C = ['has been shaped by historical baggage and mutual distance', 'remains difficult to read from the outside', 'has shifted in ways few observers predicted', 'depends heavily on commodity prices and transit fees', 'reflects a cautious search for new partners', 'is still marked by the legacy of earlier decades', 'will not be transformed by a single visit', 'has become a quiet contest of soft power'];
const FILL_D = ['and the coming years will show whether this changes', 'although officials rarely say so in public', 'which makes long-term planning a challenge', 'as several commentators have pointed out', 'even if the rhetoric suggests otherwise', 'and the smaller states know it well'];

function slug(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function isoDate(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function longDate(y: number, m: number, d: number): string {
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

function listText(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** An amount in two currencies: the first in USD with its text, the second converted. */
function amountPair(rng: Rng): { text: string; amounts: { value: string; currency: string }[] } {
  const millions = rng.pick([5, 7.5, 12, 18, 45, 60, 105, 107.9, 250, 400, 900, 1200, 2500, 18000]);
  const usd = Math.round(millions * 1_000_000);
  const rate = 120;
  const jpy = usd * rate;
  const fmt = (v: number, cur: string): string => {
    if (v >= 1e12) return `${cur} ${trim(v / 1e12)} trillion`;
    if (v >= 1e9) return `${cur} ${trim(v / 1e9)} billion`;
    return `${cur} ${trim(v / 1e6)} million`;
  };
  return {
    text: `${fmt(usd, 'US$')} (${fmt(jpy, '¥')})`,
    amounts: [
      { value: String(usd), currency: 'USD' },
      { value: String(jpy), currency: 'JPY' },
    ],
  };
}

function trim(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function buildWorld(rng: Rng, size: number): World {
  const nCountries = Math.max(8, Math.min(90, Math.round(8 + Math.sqrt(size) * 2)));
  const usedNames = new Set<string>();
  const countryName = (): string => {
    for (;;) {
      const n = rng.pick(SYL_A) + rng.pick(SYL_B) + rng.pick(SYL_C);
      if (!usedNames.has(n)) {
        usedNames.add(n);
        return n;
      }
    }
  };
  const personName = (): string => {
    for (;;) {
      const n = `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
      if (!usedNames.has(n)) {
        usedNames.add(n);
        return n;
      }
    }
  };
  const nRegions = Math.max(2, Math.min(REGION_WORDS.length, Math.ceil(nCountries / 6)));
  const regions: Region[] = REGION_WORDS.slice(0, nRegions).map((w) => ({ id: slug(w), name: w, countries: [] }));
  const countries: Country[] = [];
  for (let i = 0; i < nCountries; i++) {
    const name = countryName();
    const region = regions[i % nRegions];
    const adj = name.replace(/(ia|ania|onia|avia|ora|esia)$/, '') + 'ian';
    const c: Country = {
      id: slug(name), name, adj: adj.replace(/landian$/, 'lander').replace(/istanian$/, 'i'),
      region, president: personName(), presidentOffice: `president-of-${slug(name)}`, leader: personName(),
    };
    region.countries.push(c);
    countries.push(c);
  }
  const orgs: Org[] = [];
  const nOrgs = Math.min(ORG_WORDS.length, 2 + Math.floor(nCountries / 12));
  for (let i = 0; i < nOrgs; i++) {
    const region = regions[i % regions.length];
    const name = `${region.name} ${ORG_WORDS[i]}`;
    const abbr = name.split(/\s+/).map((w) => w[0]).join('').toUpperCase();
    const members = new Set<string>();
    for (const c of region.countries) if (!rng.chance(0.2)) members.add(c.id);
    for (const c of rng.sample(countries, 2)) members.add(c.id);
    orgs.push({ id: slug(name), name, abbr, kind: 'org', founder: rng.pick(region.countries), members });
  }
  const banks: Org[] = [];
  const nBanks = Math.min(BANK_WORDS.length, 2 + Math.floor(nCountries / 30));
  for (let i = 0; i < nBanks; i++) {
    const founder = rng.pick(countries);
    const name = `${founder.adj} ${BANK_WORDS[i]}`;
    const abbr = name.split(/\s+/).map((w) => w[0]).join('').toUpperCase();
    const members = new Set<string>();
    for (const c of countries) if (rng.chance(0.6)) members.add(c.id);
    banks.push({ id: slug(name), name, abbr, kind: 'bank', founder, members });
  }
  const companies = Array.from({ length: Math.min(40, 4 + Math.floor(nCountries / 2)) }, () => {
    const country = rng.pick(countries);
    const name = `${country.adj} ${rng.pick(['Gasworks', 'Steel', 'Rail', 'Power', 'Engineering', 'Pipelines', 'Telecom'])} Group`;
    return { id: slug(name), name, country };
  }).filter((c, i, all) => all.findIndex((d) => d.id === c.id) === i);
  const events = Array.from({ length: Math.min(24, 3 + Math.floor(nCountries / 4)) }, (_, i) => {
    const host = rng.pick(countries);
    const kind = ['Victory Day Parade', 'Independence Day Parade', 'Regional Summit', 'Energy Forum', 'Trade Fair'][i % 5];
    const year = 2010 + (i % 8);
    const date = isoDate(year, rng.int(1, 12), rng.int(1, 28));
    return { id: slug(`${host.adj} ${kind} ${year}`), name: `${host.adj} ${kind}`, host, date };
  }).filter((e, i, all) => all.findIndex((d) => d.id === e.id) === i);
  const pipelines = Array.from({ length: Math.min(20, 2 + Math.floor(nCountries / 5)) }, () => {
    const [from, to] = rng.sample(countries, 2);
    return { id: slug(`${to.name} ${from.name} gas pipeline`), name: `${to.name}-${from.name} gas pipeline`, from, to, year: String(rng.int(1995, 2014)) };
  }).filter((p, i, all) => all.findIndex((d) => d.id === p.id) === i);
  const authors = Array.from({ length: Math.min(40, 5 + Math.floor(nCountries / 3)) }, () => {
    const name = personName();
    return { id: slug(name), name, affiliation: `${rng.pick(['Associate Fellow', 'Senior Fellow', 'Research Director'])}, Institute for ${rng.pick(regions).name} Studies` };
  });
  const purposes = PURPOSES.map(([id, phrase]) => ({ id, phrase }));

  const entities: Entity[] = [];
  for (const r of regions) entities.push({ id: r.id, type: 'Region', label: r.name, altLabels: [`the ${r.name}`, `${r.name} region`] });
  for (const c of countries) {
    entities.push({ id: c.id, type: 'Country', label: c.name, altLabels: [c.adj, `Republic of ${c.name}`] });
    entities.push({ id: c.presidentOffice, type: 'Office', label: `President of ${c.name}`, altLabels: [`${c.name}'s President`, `${c.adj} President`], officeOf: c.id, roleType: 'president' });
    entities.push({ id: slug(c.president), type: 'Person', label: c.president, altLabels: [c.president.split(' ')[1]] });
    entities.push({ id: slug(c.leader), type: 'Person', label: c.leader, altLabels: [c.leader.split(' ')[1]] });
  }
  for (const o of orgs) entities.push({ id: o.id, type: 'IntergovernmentalOrganisation', label: o.name, altLabels: [o.abbr] });
  for (const b of banks) entities.push({ id: b.id, type: 'MultilateralBank', label: b.name, altLabels: [b.abbr] });
  for (const c of companies) entities.push({ id: c.id, type: 'Company', label: c.name, altLabels: [] });
  for (const e of events) entities.push({ id: e.id, type: e.name.endsWith('Parade') ? 'Parade' : 'Event', label: e.name, altLabels: [] });
  for (const p of pipelines) entities.push({ id: p.id, type: 'Pipeline', label: p.name, altLabels: [] });
  for (const a of authors) entities.push({ id: a.id, type: 'Person', label: a.name, altLabels: [] });
  for (const s of SECTORS) entities.push({ id: s, type: 'Sector', label: s, altLabels: [] });
  for (const p of purposes) entities.push({ id: p.id, type: 'Purpose', label: p.phrase, altLabels: [] });
  return { countries, regions, orgs, banks, companies, events, pipelines, authors, sectors: SECTORS, purposes, entities };
}

/** Claim-bearing sentence templates; each returns null when it does not apply. */
type Template = (rng: Rng, w: World, focus: Country, flip: boolean) => GenSentence | null;

/** Region composition (partOf), several claims on one quote: what makes group claims expand. */
const COMPOSITION: Template = (_rng, _w, focus) => {
  const region = focus.region;
  const members = region.countries;
  const text = `The ${region.name} is made up of ${listText(members.map((c) => c.name))}, ${members.length === 1 ? 'a single state' : `${members.length} states`} with a shared history.`;
  return { text, claims: members.map((c) => ({ subject: c.id, predicate: 'partOf', object: region.id })) };
};

const TEMPLATES: [number, Template][] = [
  // group membership with exception (and a plus)
  [3, (rng, w, focus) => {
    const org = rng.pick(w.orgs);
    const region = focus.region;
    const outside = region.countries.filter((c) => !org.members.has(c.id));
    if (outside.length !== 1) return null;
    const plus = w.countries.filter((c) => c.region !== region && org.members.has(c.id));
    const plusC = plus.length ? rng.pick(plus) : null;
    const text = `All ${region.name} states${plusC ? ` and ${plusC.name}` : ''} except ${outside[0].name} are active members of the ${org.name} (${org.abbr}).`;
    const subject: Record<string, unknown> = { group: region.id };
    if (plusC) subject.plus = [plusC.id];
    subject.except = [outside[0].id];
    return { text, quote: text.slice(0, text.indexOf(' (')), claims: [{ subject, predicate: 'memberOf', object: org.id }] };
  }],
  // consent with "minus"
  [2, (rng, w, focus) => {
    const bank = rng.pick(w.banks);
    const region = focus.region;
    const outside = region.countries.filter((c) => !bank.members.has(c.id));
    if (outside.length === 0 || outside.length > 2) return null;
    const text = `The ${region.name} minus ${listText(outside.map((c) => c.name))} has also given official consent to the ${bank.name}, another ${bank.founder.adj}-led institution.`;
    return {
      text,
      claims: [
        { subject: { group: region.id, except: outside.map((c) => c.id) }, predicate: 'consentedToJoin', object: bank.id },
        { subject: bank.id, predicate: 'ledBy', object: bank.founder.id },
      ],
    };
  }],
  // explicit negative membership
  [2, (rng, w, focus, flip) => {
    const org = rng.pick(w.orgs);
    const isMember = org.members.has(focus.id);
    const negative = flip ? isMember : !isMember;
    const text = negative
      ? `${focus.name} is not a member of the ${org.name}, and its officials have shown little interest in joining.`
      : `${focus.name} has been a full member of the ${org.name} for several years.`;
    return { text, claims: [{ subject: focus.id, predicate: 'memberOf', object: org.id, ...(negative ? { polarity: 'negative' as const } : {}) }] };
  }],
  // initiatedBy
  [1, (rng, w) => {
    const org = rng.pick(w.orgs);
    const text = `The ${org.name} was initiated by ${org.founder.name} as a forum for regional security.`;
    return { text, claims: [{ subject: org.id, predicate: 'initiatedBy', object: org.founder.id }] };
  }],
  // perceived rivalry
  [1, (rng, w) => {
    if (w.banks.length < 2) return null;
    const [a, b] = rng.sample(w.banks, 2);
    const text = `The ${a.name} has been perceived as an archrival of the ${b.name} in the competition for lending.`;
    return { text, claims: [{ subject: a.id, predicate: 'rivalOf', object: b.id, modality: 'perceived' }] };
  }],
  // visit with dates
  [3, (rng, w, focus) => {
    const visitor = rng.pick(w.countries.filter((c) => c !== focus));
    const y = rng.int(2005, 2016);
    const m = rng.int(1, 12);
    const d = rng.int(1, 20);
    const len = rng.int(1, 7);
    const text = `${visitor.adj} leader ${visitor.leader} visited ${focus.name} from ${longDate(y, m, d)} to ${longDate(y, m, d + len)}, meeting officials and business leaders.`;
    return {
      text,
      claims: [{ subject: slug(visitor.leader), predicate: 'visited', object: focus.id, qualifiers: { startDate: isoDate(y, m, d), endDate: isoDate(y, m, d + len) } }],
    };
  }],
  // deal with amounts in two currencies
  [3, (rng, w, focus) => {
    const partner = rng.pick(w.countries.filter((c) => c !== focus));
    const a = amountPair(rng);
    const sector = rng.pick(w.sectors);
    const text = `One of the major takeaways was the signing of several ${sector} deals worth ${a.text} between ${partner.name} and ${focus.name}.`;
    return { text, claims: [{ subject: partner.id, predicate: 'signedDealWith', object: focus.id, qualifiers: { amounts: a.amounts, sector } }] };
  }],
  // financial assistance with purposes
  [3, (rng, w, focus) => {
    const donor = rng.pick(w.countries.filter((c) => c !== focus));
    const a = amountPair(rng);
    const ps = rng.sample(w.purposes, 2);
    const text = `${donor.name} also extended financial assistance of ${a.text} to ${focus.name}, mainly to upgrade ${ps[0].phrase} and ${ps[1].phrase}.`;
    return { text, claims: [{ subject: donor.id, predicate: 'financialAssistanceTo', object: focus.id, qualifiers: { amounts: a.amounts, purpose: ps.map((p) => p.id) } }] };
  }],
  // possible grants
  [2, (rng, w, focus) => {
    const donor = rng.pick(w.countries.filter((c) => c !== focus));
    const a = amountPair(rng);
    const text = `For the same purpose, the ${donor.adj} side may also provide ${a.text} in grants to ${focus.name}.`;
    return { text, claims: [{ subject: donor.id, predicate: 'grantTo', object: focus.id, modality: 'possible', qualifiers: { amounts: a.amounts } }] };
  }],
  // pledged aid with acting person
  [2, (rng, w, focus) => {
    const donor = rng.pick(w.countries.filter((c) => c !== focus));
    const a = amountPair(rng);
    const p = rng.pick(w.purposes);
    const text = `While in ${focus.name}, ${donor.leader} pledged to grant ${a.text} in aid for ${p.phrase}.`;
    return { text, claims: [{ subject: donor.id, predicate: 'helpTo', object: focus.id, modality: 'pledged', qualifiers: { amounts: a.amounts, purpose: [p.id], actingPerson: slug(donor.leader) } }] };
  }],
  // expected membership by a year
  [2, (rng, w) => {
    const org = rng.pick(w.orgs);
    const outsiders = w.countries.filter((c) => !org.members.has(c.id));
    if (outsiders.length < 2) return null;
    const two = rng.sample(outsiders, 2);
    const year = String(rng.int(2015, 2020));
    const text = `${two[0].name} and ${two[1].name} are also set to become full-fledged members of the ${org.name} by ${year}.`;
    return { text, claims: two.map((c) => ({ subject: c.id, predicate: 'memberOf', object: org.id, modality: 'expected', qualifiers: { byYear: year } })) };
  }],
  // attendance: presidents of a region except one (role), plus the event date
  [2, (rng, w, focus) => {
    const ev = rng.pick(w.events);
    const region = focus.region;
    if (region.countries.length < 3) return null;
    // Who stayed away is a fact of the world (per event and region), not a per-article draw.
    const absent = region.countries[(w.events.indexOf(ev) * 7 + w.regions.indexOf(region)) % region.countries.length];
    const [y, m, d] = ev.date.split('-').map(Number);
    const text = `Presidents of all the ${region.name} states except ${absent.name}'s President were in attendance at the ${ev.name} held on ${longDate(y, m, d)}.`;
    return {
      text,
      claims: [
        { subject: { group: region.id, except: [absent.id], role: 'president' }, predicate: 'attended', object: ev.id },
        { subject: ev.id, predicate: 'heldOn', object: ev.date },
      ],
    };
  }],
  // functional: largest economy (the world's truth: first country of the region)
  [1, (rng, w, focus, flip) => {
    const region = focus.region;
    const truth = region.countries[0];
    const who = flip ? region.countries[1] ?? truth : truth;
    const text = `${who.name} is the largest economy in the ${region.name}, and its currency is watched closely by its neighbours.`;
    return { text, claims: [{ subject: who.id, predicate: 'largestEconomyIn', object: region.id }] };
  }],
  // functional datatype: reserves rank
  [1, (rng, w, focus, flip) => {
    const rank = (w.countries.indexOf(focus) % 6) + 1 + (flip ? 1 : 0);
    if (rank >= ORDINAL.length) return null;
    const text = `${focus.name} has the world's ${ORDINAL[rank]} reserves of natural gas, a fact that shapes its foreign policy.`;
    return { text, claims: [{ subject: focus.id, predicate: 'naturalGasReservesRank', object: String(rank) }] };
  }],
  // functional gYear: pipeline
  [1, (rng, w, _focus, flip) => {
    const p = rng.pick(w.pipelines);
    const year = flip ? String(Number(p.year) + 1) : p.year;
    const text = `The ${p.name} was operationalized in ${year} and now ${p.to.name} is the largest importer of natural gas from ${p.from.name}.`;
    return {
      text,
      claims: [
        { subject: p.id, predicate: 'operationalSince', object: year },
        { subject: p.to.id, predicate: 'importsFrom', object: p.from.id, qualifiers: { rank: '1' } },
      ],
    };
  }],
  // trading partner
  [2, (rng, w, focus) => {
    const partner = rng.pick(w.countries.filter((c) => c !== focus));
    const text = `${partner.name} has acquired the place of one of the largest trading partners of ${focus.name} in the last decade.`;
    return { text, claims: [{ subject: partner.id, predicate: 'tradingPartnerOf', object: focus.id }] };
  }],
  // company involvement
  [1, (rng, w, focus) => {
    const co = rng.pick(w.companies);
    const text = `As an outcome of the agreements, ${co.name} will be involved in the construction of a plant linked to a gas field in ${focus.name}.`;
    return { text, claims: [{ subject: co.id, predicate: 'involvedIn', object: focus.id, modality: 'expected' }] };
  }],
];

const TEMPLATE_TOTAL = TEMPLATES.reduce((n, [w]) => n + w, 0);

function pickTemplate(rng: Rng): Template {
  let r = rng.next() * TEMPLATE_TOTAL;
  for (const [w, t] of TEMPLATES) {
    r -= w;
    if (r < 0) return t;
  }
  return TEMPLATES[TEMPLATES.length - 1][1];
}

function filler(rng: Rng, focus: Country): string {
  return `${rng.pick(FILL_A)}, ${rng.pick(FILL_B)} around ${focus.name} ${rng.pick(FILL_C)}, ${rng.pick(FILL_D)}.`;
}

function countOccurrences(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) n++;
  return n;
}

interface GenArticle {
  id: string;
  text: string;
  meta: Record<string, unknown>;
  claims: GenClaim[];
}

function generateArticle(rng: Rng, w: World, index: number, total: number, conflictRate: number): GenArticle {
  const focus = rng.pick(w.countries);
  const other = rng.pick(w.countries.filter((c) => c !== focus));
  const headline = `${focus.name} and ${other.name}: ${rng.pick(['Better Late Than Never', 'A New Chapter', 'Old Rivals, New Deals', 'The Quiet Partnership', 'Pipelines and Promises'])} – Analysis`;
  const id = `a${String(index + 1).padStart(5, '0')}-${slug(focus.name)}-${slug(other.name)}`;
  const author = rng.pick(w.authors);
  const sentences: GenSentence[] = [];
  const used = new Set<string>();
  const nSentences = rng.int(28, 44);
  // The first articles state every region's composition, so group claims always expand; later
  // ones restate one now and then (each restatement is one more citation of the expansions).
  const primers = Math.min(total, w.regions.length);
  for (let r = 0; r < w.regions.length; r++) {
    if (r % primers === index) sentences.push(COMPOSITION(rng, w, w.regions[r].countries[0], false)!);
  }
  if (index >= primers && rng.chance(0.1)) sentences.push(COMPOSITION(rng, w, focus, false)!);
  for (const s of sentences) used.add(s.text);
  let guard = 0;
  while (sentences.length < nSentences && guard++ < nSentences * 20) {
    const f = rng.chance(0.7) ? focus : rng.pick(w.countries);
    let s: GenSentence | null;
    if (rng.chance(0.3)) s = { text: filler(rng, f), claims: [] };
    else s = pickTemplate(rng)(rng, w, f, rng.chance(conflictRate));
    if (!s || used.has(s.text)) continue;
    used.add(s.text);
    sentences.push(s);
  }
  // Paragraphs of 3 to 6 sentences.
  const paragraphs: GenSentence[][] = [];
  for (let i = 0; i < sentences.length;) {
    const n = rng.int(3, 6);
    paragraphs.push(sentences.slice(i, i + n));
    i += n;
  }
  const commentFocus = rng.pick(w.countries);
  const commentPartner = rng.pick(w.countries.filter((c) => c !== commentFocus));
  const commentClaim: GenSentence = {
    text: `I would add that ${commentPartner.name} is one of the largest trading partners of ${commentFocus.name} today.`,
    claims: [{ subject: commentPartner.id, predicate: 'tradingPartnerOf', object: commentFocus.id }],
  };
  const commentSentences = [`Well analysed.`, commentClaim.text, `There are big opportunities for mutual cooperation.`];
  const cy = rng.int(2012, 2016);
  const cm = rng.int(1, 12);
  const cd = rng.int(1, 28);
  const text = [
    headline,
    '',
    '',
    paragraphs.map((p) => p.map((s) => s.text).join(' ')).join('\n\n'),
    '',
    `*${author.name}`,
    author.affiliation,
    '',
    `One thought on “${headline}”`,
    '',
    `  • ${longDate(cy, cm, cd)} at ${rng.int(1, 11)}:${String(rng.int(0, 59)).padStart(2, '0')} pm`,
    '',
    `    ${commentSentences.join(' ')}`,
    '',
    '',
    'Leave a Reply',
    '',
    'Your email address will not be published. Required fields are marked *',
  ].join('\n');

  const claims: GenClaim[] = [];
  const ids = new Map<string, number>();
  for (const s of [...sentences, commentClaim]) {
    if (!s.claims.length) continue;
    const quote = s.quote ?? s.text.replace(/\.$/, '');
    if (countOccurrences(text, quote) !== 1) continue;
    for (const c of s.claims) {
      const subj = typeof c.subject === 'string' ? c.subject : `group-${(c.subject as { group: string }).group}`;
      const base = slug(`${subj}-${c.predicate}-${typeof c.object === 'string' ? c.object : 'x'}`).slice(0, 60);
      const n = (ids.get(base) ?? 0) + 1;
      ids.set(base, n);
      claims.push({ id: n === 1 ? base : `${base}-${n}`, quote, ...c });
    }
  }
  const meta = {
    id,
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    title: headline,
    author: author.id,
    published: isoDate(cy, cm, cd),
    url: `https://news.example.org/${id}`,
  };
  return { id, text, meta, claims };
}

/**
 * Writes a synthetic project of `articles` articles into `dir` (replacing graph/ there),
 * with ontology/ and queries/ copied from `projectRoot`.
 *
 * @example
 * ```ts
 * const info = generateCorpus({ dir: '.bench/c100', articles: 100, seed: 'bench', projectRoot: '.' });
 * console.log(info.claims); // number of curated claims written
 * ```
 */
export function generateCorpus(opts: GenerateCorpusOptions): GeneratedCorpus {
  const rng = new Rng(opts.seed ?? 'claimgraph-bench');
  const world = buildWorld(rng, opts.worldSize ?? opts.articles);
  const graphDir = join(opts.dir, 'graph');
  if (existsSync(graphDir)) rmSync(graphDir, { recursive: true, force: true });
  mkdirSync(join(graphDir, 'articles'), { recursive: true });
  if (opts.projectRoot) {
    for (const sub of ['ontology', 'queries']) {
      const from = join(opts.projectRoot, sub);
      if (existsSync(from)) cpSync(from, join(opts.dir, sub), { recursive: true });
    }
  }
  writeFileSync(join(graphDir, 'entities.yaml'), stringify({ entities: world.entities }, { lineWidth: 0 }));
  let claims = 0;
  let chars = 0;
  const ids: string[] = [];
  for (let i = 0; i < opts.articles; i++) {
    // Each article draws from its own stream, so article k is the same whatever the corpus size.
    const a = generateArticle(new Rng(`${opts.seed ?? 'claimgraph-bench'}/${i}`), world, i, opts.articles, opts.conflictRate ?? 0.02);
    const adir = join(graphDir, 'articles', a.id);
    mkdirSync(adir, { recursive: true });
    writeFileSync(join(adir, 'article.txt'), a.text);
    writeFileSync(join(adir, 'meta.yaml'), stringify(a.meta, { lineWidth: 0 }));
    writeFileSync(join(adir, 'claims.yaml'), stringify({ article: a.id, claims: a.claims }, { lineWidth: 0 }));
    claims += a.claims.length;
    chars += a.text.length;
    ids.push(a.id);
  }
  return { dir: opts.dir, articles: ids, entities: world.entities.length, claims, chars };
}
