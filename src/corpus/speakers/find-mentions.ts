import type { Span } from '../corpus-types.js';
import { escapeRegExp, type SpeakerRegistry } from './discover-speakers.js';
import { COUNTRIES, ROLE_NOUNS, ROLE_SYNONYMS } from './speaker-lexicon.js';

export interface Mention extends Span {
  readonly speaker: string;
}

const DESCRIPTION = new RegExp(
  `\\b[Tt]he\\s+(?:(${COUNTRIES.flatMap((country) => country.demonyms).map(escapeRegExp).join('|')})\\s+)?(?:(?:top|senior|chief|deputy|foreign|former|new|veteran)\\s+)*(${[...ROLE_NOUNS].join('|')})\\b`,
  'g',
);

function overlaps(span: Span, others: readonly Span[]): boolean {
  return others.some((other) => span.start < other.end && other.start < span.end);
}

/**
 * Every mention of a known speaker in the paragraphs given, in text order: names and titles as written,
 * and descriptions ("the US top diplomat", "the Russian minister") resolved to the person most recently
 * mentioned who holds that role and nationality.
 */
export function findMentions(text: string, paragraphs: readonly Span[], registry: SpeakerRegistry): Mention[] {
  const forms = registry.entries.flatMap((entry) => entry.forms.map((form) => ({ form, speaker: entry.speaker.name })));
  forms.sort((a, b) => b.form.length - a.form.length);
  const speakerByForm = new Map(forms.map(({ form, speaker }) => [form, speaker]));
  const names = new RegExp(`(?<![\\p{L}\\p{N}.])(?:${forms.map(({ form }) => escapeRegExp(form)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const persons = registry.entries.filter((entry) => entry.speaker.kind === 'person');

  const mentions: Mention[] = [];
  for (const paragraph of paragraphs) {
    const slice = text.slice(paragraph.start, paragraph.end);
    const descriptions: { span: Span; demonym: string | undefined; role: string }[] = [];
    for (const match of slice.matchAll(DESCRIPTION)) {
      const start = paragraph.start + (match.index ?? 0);
      descriptions.push({ span: { start, end: start + match[0].length }, demonym: match[1], role: (match[2] ?? '').toLowerCase() });
    }
    const found: (Mention | { span: Span; demonym: string | undefined; role: string })[] = [...descriptions];
    if (forms.length > 0) {
      for (const match of slice.matchAll(names)) {
        const start = paragraph.start + (match.index ?? 0);
        const span = { start, end: start + match[0].length };
        if (overlaps(span, descriptions.map((description) => description.span))) continue;
        found.push({ ...span, speaker: speakerByForm.get(match[0]) ?? match[0] });
      }
    }
    found.sort((a, b) => ('span' in a ? a.span.start : a.start) - ('span' in b ? b.span.start : b.start));
    for (const item of found) {
      if (!('span' in item)) {
        mentions.push(item);
        continue;
      }
      const roles = ROLE_SYNONYMS[item.role] ?? [item.role];
      const nationality = item.demonym?.toLowerCase();
      const candidates = persons.filter(
        (entry) =>
          entry.titles.some((title) => roles.some((role) => title.includes(role))) &&
          (nationality === undefined || entry.nationality === null || entry.nationality === nationality),
      );
      const names = new Set(candidates.map((entry) => entry.speaker.name));
      const recent = [...mentions].reverse().find((mention) => names.has(mention.speaker));
      const chosen = recent?.speaker ?? (candidates.length === 1 ? candidates[0]?.speaker.name : undefined);
      if (chosen) mentions.push({ ...item.span, speaker: chosen });
    }
  }
  return mentions;
}
