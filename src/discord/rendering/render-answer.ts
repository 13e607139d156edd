import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { AskResult, Citation } from '../../answer/ask-result.js';
import { escapeText } from './escape-text.js';
import { LIMITS, embedLength, packEmbeds, truncateAtWord } from './message-limits.js';
import { splitMessage } from './split-message.js';

/** One Discord message's worth of content and embeds, before buttons are added. */
export interface RenderedMessage {
  readonly content: string;
  readonly embeds: readonly APIEmbed[];
}

const SOURCES_COLOUR = 0x2b6cb0;
const DECLINED_COLOUR = 0x718096;

function citationTitle(citation: Citation): string {
  const who = citation.speaker ?? 'Unattributed';
  return truncateAtWord(
    [`[${citation.n}] ${who}`, citation.outlet, citation.date].filter((part) => part !== null).join(' · '),
    LIMITS.fieldName,
  );
}

function citationBody(citation: Citation): string {
  return `“${escapeText(citation.quote)}”\n— *${escapeText(citation.title)}*`;
}

/**
 * The sources embeds: one field per citation while it fits a field, otherwise the citation gets an
 * embed of its own (descriptions hold 4096 characters), so a quotation is never cut short.
 */
function renderSources(citations: readonly Citation[], footer: string): APIEmbed[] {
  const embeds: APIEmbed[] = [];
  let fields: APIEmbedField[] = [];
  const flush = () => {
    if (fields.length === 0) return;
    embeds.push({ title: embeds.length === 0 ? 'Sources' : 'Sources (continued)', color: SOURCES_COLOUR, fields });
    fields = [];
  };
  for (const citation of citations) {
    const body = citationBody(citation);
    if (body.length <= LIMITS.fieldValue) {
      const candidate = { title: 'Sources', fields: [...fields, { name: citationTitle(citation), value: body }] };
      if (fields.length === LIMITS.fields || embedLength(candidate) > LIMITS.embedTotal) flush();
      fields.push({ name: citationTitle(citation), value: body });
    } else {
      flush();
      // A quotation longer than one embed continues in the next ones, whole: a quote is never shortened.
      splitMessage(body, LIMITS.description).forEach((description, part) => {
        embeds.push({
          title: part === 0 ? citationTitle(citation) : `${citationTitle(citation)} (continued)`,
          color: SOURCES_COLOUR,
          description,
        });
      });
    }
  }
  flush();
  const last = embeds.at(-1);
  if (last) last.footer = { text: truncateAtWord(footer, LIMITS.footer) };
  return embeds;
}

/** Packs text chunks and embed groups into messages: embeds ride on the last text chunk when they can. */
function packMessages(chunks: readonly string[], embeds: readonly APIEmbed[]): RenderedMessage[] {
  const groups = packEmbeds(embeds);
  const messages: RenderedMessage[] = chunks.map((content) => ({ content, embeds: [] }));
  if (messages.length === 0) messages.push({ content: '', embeds: [] });
  const [firstGroup, ...otherGroups] = groups;
  const lastIndex = messages.length - 1;
  if (firstGroup) messages[lastIndex] = { content: messages[lastIndex]?.content ?? '', embeds: firstGroup };
  for (const group of otherGroups) messages.push({ content: '', embeds: group });
  return messages;
}

/** Messages of prose one answer may take; past that the text is cut between chunks, never inside a quotation. */
export const MAX_TEXT_MESSAGES = 4;

/** Chunks of escaped text, at most MAX_TEXT_MESSAGES, the last saying how much was left out. */
function boundedChunks(text: string): string[] {
  const chunks = splitMessage(text);
  if (chunks.length <= MAX_TEXT_MESSAGES) return chunks;
  const left = chunks.length - MAX_TEXT_MESSAGES + 1;
  return [
    ...chunks.slice(0, MAX_TEXT_MESSAGES - 1),
    `*…${left} more message${left === 1 ? '' : 's'} of this answer left out; the command line shows it whole.*`,
  ];
}

/**
 * Renders an answer for Discord: escaped prose with its numbered citations, split within the
 * 2000-character limit (never inside a quotation or citation), then the sources embeds.
 * A decline says so plainly, with the reason.
 */
export function renderAnswer(result: AskResult): RenderedMessage[] {
  const footer = `Corpus ${result.corpusVersion} · ${result.engine}`;
  if (result.status === 'declined') {
    // The answer already says why in words; the reason code is for logs and JSON.
    const answer = result.answer.trim() ? `\n${escapeText(result.answer)}` : '';
    const text = `**I can't answer that from the corpus.**${answer}`;
    return packMessages(boundedChunks(text), [
      { color: DECLINED_COLOUR, description: 'No sources cited.', footer: { text: footer } },
    ]);
  }
  const sources =
    result.citations.length > 0
      ? renderSources(result.citations, footer)
      : [{ color: SOURCES_COLOUR, description: 'No sources cited.', footer: { text: footer } }];
  return packMessages(boundedChunks(escapeText(result.answer)), sources);
}
