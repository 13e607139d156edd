/**
 * Gold speakers of quotations from PolNeAR (Newell, Margolin and Ruths, LREC 2018: 1,008 US political news articles
 * of 2016 with every attribution annotated as source, cue and content spans): pure, no I/O.
 *
 * PolNeAR's sources are spans of text ("he", "the influential US daily", "Trump spokeswoman Hope Hicks"), not
 * people, so a quotation's gold speaker is taken from the span's last run of proper nouns, or, for a pronoun or
 * description, from the representative mention of the CoreNLP coreference chain the corpus ships with it. That chain
 * is automatic, not hand-made: gold speakers reached through it are counted apart.
 */

interface AnnotatedSpan {
  readonly start: number;
  readonly end: number;
}

export interface Attribution {
  readonly content: readonly AnnotatedSpan[];
  readonly source: readonly AnnotatedSpan[];
}

interface Token {
  readonly start: number;
  readonly end: number;
  readonly word: string;
  readonly pos: string;
}

interface CorefMention {
  readonly start: number;
  readonly end: number;
  readonly representative: boolean;
}

export interface CoreNlpDocument {
  readonly tokens: readonly Token[];
  readonly chains: readonly (readonly CorefMention[])[];
}

/** How a gold speaker was found: in the source span itself, through coreference, or not at all. */
export type GoldHow = 'named' | 'coreference' | 'unresolved';

export interface GoldSpeaker {
  readonly name: string | null;
  readonly how: GoldHow;
}

function spansOf(field: string): AnnotatedSpan[] {
  return field.split(';').map((part) => {
    const [start, end] = part.trim().split(/\s+/).map(Number);
    if (start === undefined || end === undefined || Number.isNaN(start) || Number.isNaN(end))
      throw new Error(`PolNeAR span "${part}" is not two offsets`);
    return { start, end };
  });
}

/** The attributions of one brat standoff file: text-bound spans (`T`) joined by events (`E`). */
export function parseBratAttributions(ann: string): Attribution[] {
  const spans = new Map<string, AnnotatedSpan[]>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (id === undefined || body === undefined) continue;
    if (id.startsWith('T')) spans.set(id, spansOf(body.slice(body.indexOf(' ') + 1)));
    else if (id.startsWith('E')) events.push(body);
  }
  return events.map((event) => {
    const roles = new Map<string, AnnotatedSpan[]>();
    for (const argument of event.trim().split(/\s+/)) {
      const [role, target] = argument.split(':');
      if (role && target)
        roles.set(role.replace(/\d+$/, ''), [...(roles.get(role) ?? []), ...(spans.get(target) ?? [])]);
    }
    return { content: roles.get('Content') ?? [], source: roles.get('Source') ?? [] };
  });
}

const tokenPattern =
  /<token id="\d+">\s*<word>([^<]*)<\/word>[\s\S]*?<CharacterOffsetBegin>(\d+)<\/CharacterOffsetBegin>\s*<CharacterOffsetEnd>(\d+)<\/CharacterOffsetEnd>\s*<POS>([^<]*)<\/POS>/g;
const sentencePattern = /<sentence id="(\d+)">([\s\S]*?)<\/sentence>/g;
const chainPattern = /<coreference>\s*(<mention[\s\S]*?)<\/coreference>/g;
const mentionPattern =
  /<mention( representative="true")?>\s*<sentence>(\d+)<\/sentence>\s*<start>(\d+)<\/start>\s*<end>(\d+)<\/end>/g;

/**
 * Tokens and coreference chains of a CoreNLP XML file. Read with patterns rather than an XML library: the file is
 * CoreNLP's own fixed output, and only offsets, parts of speech and mention bounds are needed.
 */
export function parseCoreNlp(xml: string): CoreNlpDocument {
  const sentences: Token[][] = [];
  const sentenceBlock = xml.slice(0, xml.indexOf('<coreference>') === -1 ? xml.length : xml.indexOf('<coreference>'));
  for (const sentence of sentenceBlock.matchAll(sentencePattern)) {
    const tokens: Token[] = [];
    for (const match of (sentence[2] ?? '').matchAll(tokenPattern))
      tokens.push({ word: match[1] ?? '', start: Number(match[2]), end: Number(match[3]), pos: match[4] ?? '' });
    sentences[Number(sentence[1]) - 1] = tokens;
  }
  const chains: CorefMention[][] = [];
  for (const chain of xml.matchAll(chainPattern)) {
    const mentions: CorefMention[] = [];
    for (const mention of (chain[1] ?? '').matchAll(mentionPattern)) {
      const tokens = sentences[Number(mention[2]) - 1] ?? [];
      const first = tokens[Number(mention[3]) - 1];
      const last = tokens[Number(mention[4]) - 2];
      if (first && last) mentions.push({ start: first.start, end: last.end, representative: mention[1] !== undefined });
    }
    if (mentions.length > 0) chains.push(mentions);
  }
  return { tokens: sentences.flat(), chains };
}

function tokensIn(document: CoreNlpDocument, span: AnnotatedSpan): Token[] {
  return document.tokens.filter((token) => token.start >= span.start && token.end <= span.end);
}

const properNoun = /^NNPS?$/;
const commonNoun = /^NNS?$/;

/**
 * The name a span gives its referent: its last run of proper nouns before any comma, bracket, preposition or
 * relative pronoun ("Sen. Dick Durbin (D-Ill.)", "Rep. Tom Cole of Oklahoma", "a spokesman for Clinton"), when no
 * common noun follows that run as the span's head ("the Trump campaign" names a campaign, not Trump).
 */
function nameOfSpan(tokens: readonly Token[]): string | null {
  const cut = tokens.findIndex(
    (token, index) =>
      index > 0 && (token.word === ',' || token.pos === '-LRB-' || /^(?:IN|WP|WDT|TO)$/.test(token.pos)),
  );
  const head = cut === -1 ? tokens : tokens.slice(0, cut);
  let end = -1;
  for (let index = head.length - 1; index >= 0; index--) {
    if (properNoun.test(head[index]?.pos ?? '')) {
      end = index;
      break;
    }
  }
  if (end === -1 || head.slice(end + 1).some((token) => commonNoun.test(token.pos))) return null;
  let start = end;
  while (start > 0 && properNoun.test(head[start - 1]?.pos ?? '')) start--;
  return head
    .slice(start, end + 1)
    .map((token) => token.word)
    .join(' ');
}

function overlaps(a: AnnotatedSpan, b: AnnotatedSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The gold speaker of an attribution: named in its source span, or through the chain of a mention inside it. */
export function goldSpeaker(attribution: Attribution, document: CoreNlpDocument): GoldSpeaker {
  if (attribution.source.length === 0) return { name: null, how: 'unresolved' };
  const sourceTokens = attribution.source.flatMap((span) => tokensIn(document, span));
  const named = nameOfSpan(sourceTokens);
  if (named !== null) return { name: named, how: 'named' };
  for (const chain of document.chains) {
    if (!chain.some((mention) => attribution.source.some((span) => overlaps(mention, span)))) continue;
    const representative = chain.find((mention) => mention.representative);
    const names = [representative, ...chain]
      .filter((mention): mention is CorefMention => mention !== undefined)
      .map((mention) => nameOfSpan(tokensIn(document, mention)))
      .filter((name): name is string => name !== null);
    if (names[0] !== undefined) return { name: names[0], how: 'coreference' };
  }
  return { name: null, how: 'unresolved' };
}

/** The attribution whose content holds `offset`, if any. */
export function attributionAt(attributions: readonly Attribution[], offset: number): Attribution | undefined {
  return attributions.find((attribution) =>
    attribution.content.some((span) => span.start <= offset && offset < span.end),
  );
}
