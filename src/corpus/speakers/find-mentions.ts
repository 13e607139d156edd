import type { Span } from '../corpus-types.js';
import { textWords, type TextWords } from '../../text/text-words.js';
import { wordTokens, type WordToken } from '../../text/word-tokens.js';
import { escapeRegExp, type SpeakerRegistry } from './discover-speakers.js';
import { COUNTRIES, countryOfDemonym, ROLE_NOUNS, ROLE_SYNONYMS } from './speaker-lexicon.js';

export interface Mention extends Span {
  readonly speaker: string;
}

/** `words` shares a tokenisation of `text` already made; without it the finder makes its own. */
export type MentionFinder = (text: string, paragraphs: readonly Span[], words?: TextWords) => Mention[];

const DESCRIPTION = new RegExp(
  `\\b[Tt]he\\s+(?:(${COUNTRIES.flatMap((country) => country.demonyms)
    .map(escapeRegExp)
    .join('|')})\\s+)?(?:(?:top|senior|chief|deputy|foreign|former|new|veteran)\\s+)*(${[...ROLE_NOUNS].join('|')})\\b`,
  'g',
);

interface NameForm {
  readonly form: string;
  readonly words: number;
  readonly speaker: string;
}

interface Description {
  readonly span: Span;
  readonly demonym: string | undefined;
  readonly role: string;
}

/** "Putin's" is a mention of Putin: a possessive ending is not part of the name. */
function withoutPossessive(token: WordToken): WordToken {
  const text = token.text.replace(/['\u2019]s$/u, '');
  return text === token.text ? token : { ...token, text, end: token.start + text.length };
}

/**
 * Compiles the registry once into a finder of every mention of a known speaker, in text order: names and
 * titles as written (longest first, looked up by their first word), and descriptions ("the US top diplomat",
 * "the Russian minister") resolved to the person most recently mentioned who holds that role and nationality.
 */
export function createMentionFinder(registry: SpeakerRegistry): MentionFinder {
  const byFirstWord = new Map<string, NameForm[]>();
  for (const entry of registry.entries) {
    for (const form of entry.forms) {
      const words = wordTokens(form);
      const first = words[0];
      if (!first) continue;
      const list = byFirstWord.get(first.text) ?? [];
      list.push({ form, words: words.length, speaker: entry.speaker.name });
      byFirstWord.set(first.text, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.form.length - a.form.length);
  const persons = registry.entries.filter((entry) => entry.speaker.kind === 'person');

  function namesIn(text: string, words: TextWords, paragraph: Span, skip: readonly Span[]): Mention[] {
    const tokens = words.within(paragraph.start, paragraph.end).map(withoutPossessive);
    const found: Mention[] = [];
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index] as WordToken;
      const candidates = byFirstWord.get(token.text);
      if (!candidates || skip.some((span) => token.start >= span.start && token.start < span.end)) continue;
      const match = candidates.find((candidate) => {
        const last = tokens[index + candidate.words - 1];
        return last !== undefined && text.slice(token.start, last.end) === candidate.form;
      });
      if (!match) continue;
      found.push({
        start: token.start,
        end: (tokens[index + match.words - 1] as WordToken).end,
        speaker: match.speaker,
      });
      index += match.words - 1;
    }
    return found;
  }

  function resolve(description: Description, earlier: readonly Mention[]): string | undefined {
    const roles = ROLE_SYNONYMS[description.role] ?? [description.role];
    const nationality = description.demonym === undefined ? undefined : countryOfDemonym(description.demonym);
    const candidates = persons.filter(
      (entry) =>
        entry.titles.some((title) => roles.some((role) => title.includes(role))) &&
        (nationality === undefined || entry.nationality === null || entry.nationality === nationality),
    );
    const names = new Set(candidates.map((entry) => entry.speaker.name));
    for (let index = earlier.length - 1; index >= 0; index--) {
      const mention = earlier[index] as Mention;
      if (names.has(mention.speaker)) return mention.speaker;
    }
    return candidates.length === 1 ? candidates[0]?.speaker.name : undefined;
  }

  return (text, paragraphs, words = textWords(text)) => {
    const mentions: Mention[] = [];
    for (const paragraph of paragraphs) {
      const descriptions: Description[] = [];
      for (const match of text.slice(paragraph.start, paragraph.end).matchAll(DESCRIPTION)) {
        const start = paragraph.start + (match.index ?? 0);
        descriptions.push({
          span: { start, end: start + match[0].length },
          demonym: match[1],
          role: (match[2] ?? '').toLowerCase(),
        });
      }
      const names = namesIn(
        text,
        words,
        paragraph,
        descriptions.map((description) => description.span),
      );
      let nextName = 0;
      for (const description of descriptions) {
        while (nextName < names.length && (names[nextName] as Mention).start < description.span.start)
          mentions.push(names[nextName++] as Mention);
        const speaker = resolve(description, mentions);
        if (speaker) mentions.push({ ...description.span, speaker });
      }
      mentions.push(...names.slice(nextName));
    }
    return mentions;
  };
}
