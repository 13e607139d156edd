import { escapeRegExp } from '../discover-speakers.js';
import { initialsOf } from '../initialism-long-form.js';
import { reportingVerbAt } from '../reporting-verbs.js';
import { COUNTRIES } from '../speaker-lexicon.js';
import type { AttributionContext } from './attribution-context.js';

/** Kinds of organisation a news story is about, taken up as "the company said". */
const ORGANISATION_KINDS = new Set(['company', 'corporation', 'firm', 'group', 'bank', 'club']);
const NAME = /\p{Lu}[\p{L}&'\u2019-]*(?:\s+\p{Lu}[\p{L}&'\u2019-]*)*/gu;
const countryForms = new Set(COUNTRIES.flatMap((country) => [country.name, ...country.forms]));
const topics = new WeakMap<AttributionContext, string | null>();

/** Whether `name` stands in `text` as whole words after a word of its sentence: a proper noun, not a capitalised opener. */
function properNounIn(text: string, name: string): boolean {
  const escaped = escapeRegExp(name);
  return new RegExp(`[\\p{Ll},]\\s+${escaped}(?![\\p{L}])`, 'u').test(text);
}

/**
 * The organisation a story is about: a name its headline opens with that the story's first paragraph names too
 * ("Kraft cuts snack ads …" / "Kraft plans to cut …"), or whose initials the headline gives ("GM issues …" /
 * "General Motors has warned …"). It must stand mid-sentence somewhere in the story (not "Shares …"), speak there
 * ("GM said": not "Top" of "Top of the Pops"), and be no one the story gives a gender nor a country. Null when the
 * headline opens with no such name.
 */
function headlineTopic(context: AttributionContext): string | null {
  const { text, sentences } = context;
  const headline = text.slice(0, Math.max(0, text.indexOf('\n')));
  const first = sentences[0];
  if (!first) return null;
  const lede = text.slice(
    first.start,
    sentences.findLast((sentence) => sentence.paragraphIndex === first.paragraphIndex)?.end ?? first.end,
  );
  const opening = headline.match(NAME)?.[0];
  if (opening === undefined || headline.indexOf(opening) !== 0) return null;
  // "Renault said" may have made a person of a company: only someone with a gender is surely a person.
  const people = [...context.genderOf].filter(([, gender]) => gender !== null).flatMap(([name]) => name.split(' '));
  const spelled = [...lede.matchAll(NAME)].map((match) => match[0]).find((name) => initialsOf(name) === opening);
  const topic = new RegExp(`(?<![\\p{L}])${escapeRegExp(opening)}(?![\\p{L}])`, 'u').test(lede) ? opening : spelled;
  if (topic === undefined || countryForms.has(topic) || topic.split(' ').some((word) => people.includes(word)))
    return null;
  return properNounIn(text.slice(headline.length), topic) && speaksIn(text, topic) ? topic : null;
}

/** Whether `name` is somewhere the subject of a reporting verb ("GM said", "Kraft has announced"). */
function speaksIn(text: string, name: string): boolean {
  const escaped = escapeRegExp(name);
  const subject = new RegExp(
    `(?<![\\p{L}])${escaped}\\s+(?:(?:has|have|had|also)\\s+)?(\\p{L}+)(?:\\s+(\\p{L}+))?`,
    'gu',
  );
  return [...text.matchAll(subject)].some((match) => reportingVerbAt(match[1] ?? '', match[2]) !== null);
}

/**
 * "Kraft plans to cut …. But the firm said": the organisation a description of its kind takes up, when the story is
 * about one (see `headlineTopic`); null for any other description.
 */
export function organisationDescribed(context: AttributionContext, speaker: string): string | null {
  const kind = /^the (?:\p{Ll}+ )*(\p{Ll}+)$/u.exec(speaker)?.[1];
  if (kind === undefined || !ORGANISATION_KINDS.has(kind)) return null;
  if (!topics.has(context)) topics.set(context, headlineTopic(context));
  return topics.get(context) ?? null;
}
