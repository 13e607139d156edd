import { creditAskedEvent } from '../answer/asked-event.js';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Answerer } from '../answer/answerer.js';
import { answerAboutSources } from '../answer/answer-about-sources.js';
import type { AskResult } from '../answer/ask-result.js';
import { checkGrounding } from '../answer/ground-citations.js';
import { describeCorpus } from '../answer/render-answer.js';
import { prepareSpeakerAliases } from '../answer/speakers-asked-about.js';
import { renderVerdictAnswer } from '../answer/render-verdict.js';
import { parseClaimCheck } from '../quotes/parse-claim-check.js';
import type { QuoteIndex } from '../quotes/quote-index.js';
import { verifyQuote } from '../quotes/verify-quote.js';
import type { VerifyResult } from '../quotes/verify-result.js';
import { hasQuotationMark } from '../text/quotation-marks.js';
import type { AppConfig } from '../config/config.js';
import type { Logger } from '../log/create-logger.js';
import { resolveClaimedSpeaker, speakerNamedIn } from '../corpus/speakers/resolve-claimed-speaker.js';
import { InputError } from '../errors/input-error.js';
import { loadTagger } from '../corpus/speakers/tag-words.js';
import { createAnswerer } from './create-answerer.js';
import { CorpusStore } from './corpus-store.js';
import { parseUserText } from './question-input.js';
import type { VerifyRequest } from '../quotes/verify-request.js';
import type { QuotationView, SourceSummary, VerbatimService } from './verbatim-service.js';

/** The verdict on a quote found in a question, or null when the quote is too short to check: the question is then answered as asked. */
function checkableVerdict(index: QuoteIndex, claim: VerifyRequest): VerifyResult | null {
  try {
    return verifyQuote(index, claim);
  } catch (error) {
    if (error instanceof InputError) return null;
    throw error;
  }
}

/** One snapshot file per corpus directory, so corpora sharing a DATA_DIR do not evict each other. */
function snapshotFileFor(config: AppConfig): string {
  const directory = createHash('sha256').update(path.resolve(config.CORPUS_DIR)).digest('hex').slice(0, 12);
  return path.join(config.DATA_DIR, `corpus-${directory}.snapshot`);
}

export interface VerbatimOptions {
  readonly config: AppConfig;
  readonly logger: Logger;
  /** The engine that writes answers; by default the LLM engine when configured, else the offline engine. */
  readonly answerer?: Answerer;
}

/**
 * The composition root: loads the corpus, builds the indexes and wires the answer engine.
 * The CLI, the chat, the Discord bot and the benchmarks all start here.
 * @throws CorpusLoadError or CorpusValidationError when the first corpus cannot be loaded.
 */
export async function createVerbatim({ config, logger, answerer: given }: VerbatimOptions): Promise<VerbatimService> {
  const answerer = given ?? (await createAnswerer(config, logger));
  const store = new CorpusStore({
    directory: config.CORPUS_DIR,
    maxDocumentBytes: config.MAX_DOCUMENT_BYTES,
    snapshotFile: snapshotFileFor(config),
    onSnapshot: (event) => logger.info(event, 'corpus snapshot'),
    buildOffThread: true,
    prepare: async (snapshot, pause) => {
      await snapshot.search.prepare(pause);
      await prepareSpeakerAliases(snapshot.corpus, pause);
    },
  });
  const first = await store.reload();
  for (const refused of first.refused) logger.warn({ file: refused.file, reason: refused.reason }, 'document refused');
  logger.info(
    {
      corpusVersion: first.corpusVersion,
      documents: first.documents,
      quotations: first.quotations,
      engine: answerer.engine,
    },
    'corpus loaded',
  );

  async function ask(question: string): Promise<AskResult> {
    const text = parseUserText(question);
    const { corpus, search, quotes: quoteIndex } = store.current;
    const started = performance.now();
    const claim = parseClaimCheck(text);
    const verdict = claim ? checkableVerdict(quoteIndex, claim) : null;
    // A check written without quotation marks ("Is it true that Lavrov said Russia ...") is often a paraphrase:
    // when no wording comes close, it is answered as a question instead.
    const paraphrased = verdict?.verdict === 'not_found' && !hasQuotationMark(text);
    const answerQuestion = async () => {
      const retrieval = creditAskedEvent(text, search.search(text));
      // Questions about the articles themselves are answered from their metadata, whichever engine answers the rest.
      return (
        answerAboutSources(text, corpus, retrieval, answerer.engine) ??
        answerer.answer({ question: text, corpus, retrieval })
      );
    };
    const result =
      verdict && !paraphrased ? renderVerdictAnswer(verdict, corpus, answerer.engine) : await answerQuestion();
    const rejected = checkGrounding(result, corpus);
    if (rejected.length > 0) {
      logger.error({ engine: result.engine, rejected }, 'an answer failed the grounding check and was withheld');
      return {
        status: 'declined',
        answer: `I could not ground an answer in the corpus, so I will not give one. ${describeCorpus(corpus)}`,
        citations: [],
        reason: 'grounding_failed',
        engine: result.engine,
        corpusVersion: corpus.version,
      };
    }
    logger.debug(
      { engine: result.engine, status: result.status, ms: Math.round(performance.now() - started) },
      'answered',
    );
    return result;
  }

  function sources(): SourceSummary[] {
    return store.current.corpus.documents.map((document) => ({
      source: document.id,
      title: document.title,
      outlet: document.outlet,
      date: document.date,
      characters: document.text.length,
      paragraphs: document.paragraphs.length,
      sentences: document.sentences.length,
      quotations: document.quotations.length,
    }));
  }

  function quotes(speaker?: string): QuotationView[] {
    const { corpus, quotes: quoteIndex } = store.current;
    const wanted = speaker === undefined ? null : resolveClaimedSpeaker(quoteIndex.speakers, speaker);
    if (speaker !== undefined && wanted === null) {
      throw new InputError(
        `No speaker called ${speaker} in the corpus. Speakers quoted: ${speakerNames().join(', ')}.`,
      );
    }
    return corpus.documents.flatMap((document) =>
      document.quotations
        .filter((quotation) => wanted === null || quotation.speaker === wanted)
        .map((quotation) => ({
          id: quotation.id,
          source: document.id,
          speaker: quotation.speaker,
          quote: quotation.text,
          start: quotation.start,
          end: quotation.end,
        })),
    );
  }

  function speakerNames(): string[] {
    const quoted = store.current.corpus.documents.flatMap((document) =>
      document.quotations.map((quotation) => quotation.speaker),
    );
    return [...new Set(quoted)].filter((name): name is string => name !== null).sort();
  }

  return {
    ask,
    verify: (request) => verifyQuote(store.current.quotes, request),
    sources,
    refusedFiles: () => store.refused,
    quotes,
    speakers: speakerNames,
    speakerNamedIn: (text) => speakerNamedIn(store.current.quotes.speakers, text),
    corpusVersion: () => store.current.corpus.version,
    reload: (options) => store.reload(options),
    addDocument: (fileName, bytes, options) => store.addDocument(fileName, bytes, options),
    removeDocument: (fileName, options) => store.removeDocument(fileName, options),
    storedInBackground: () => store.persisted,
    warmUp: () => {
      loadTagger();
    },
  };
}
