import { Command, CommanderError } from 'commander';
import { z } from 'zod';
import { askResultSchema } from '../answer/ask-result.js';
import { startVerbatim } from '../app/start-verbatim.js';
import type { VerbatimService } from '../app/verbatim-service.js';
import { CorpusValidationError } from '../snapshot/corpus-snapshot.js';
import { ConfigError } from '../config/config.js';
import { CorpusLoadError } from '../corpus/read-corpus-dir.js';
import { InputError } from '../errors/input-error.js';
import { escapeForTerminal } from '../text/control-characters.js';
import { verifyResultSchema } from '../quotes/verify-result.js';
import { runChat } from './run-chat.js';
import { formatAskResult } from './format-ask-result.js';
import { formatQuotes, formatSources } from './format-listings.js';
import { formatVerifyResult } from './format-verify-result.js';
import { processJsonLines } from './read-json-lines.js';

const EXIT_INPUT = 2;

const askLineSchema = z.object({ question: z.string() });
const verifyLineSchema = z.object({ quote: z.string(), speaker: z.string().nullish() });

/** Prints an error the way the caller asked for: only `{"error"}` on stdout with --json, a line on stderr otherwise. */
function fail(error: unknown, json: boolean): never {
  const known = error instanceof InputError || error instanceof ConfigError;
  const corpus = error instanceof CorpusLoadError || error instanceof CorpusValidationError;
  const message = known
    ? error.message
    : corpus
      ? `${error.message.replace(/\.?$/, '.')} Set CORPUS_DIR to a directory of .txt or .md articles (default ./seeds).`
      : `Something went wrong: ${(error as Error).message ?? String(error)}`;
  if (json) process.stdout.write(`${JSON.stringify({ error: message })}\n`);
  else process.stderr.write(`verbatim: ${escapeForTerminal(message)}\n`);
  process.exit(error instanceof InputError ? EXIT_INPUT : 1);
}

function print(value: unknown, json: boolean, text: string): void {
  process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${escapeForTerminal(text)}\n`);
}

async function service(json: boolean): Promise<VerbatimService> {
  try {
    return (await startVerbatim(process.env, { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' })).service;
  } catch (error) {
    fail(error, json);
  }
}

interface BatchOptions {
  json?: boolean;
  batch?: boolean;
}

interface OneOrBatch<Line, Result> {
  /** The message when neither an argument nor --batch is given. */
  readonly missing: string;
  readonly lineSchema: z.ZodType<Line>;
  readonly fromLine: (verbatim: VerbatimService, line: Line) => Promise<Result>;
  readonly fromArgument: (verbatim: VerbatimService, text: string) => Promise<Result>;
  readonly format: (result: Result) => string;
  /** The README's schema for what is printed; a result that does not fit it is a bug, never printed. */
  readonly resultSchema: z.ZodType<Result>;
}

/** `ask` and `verify`: one argument, printed as text or JSON, or JSON Lines from stdin with --batch. */
async function runOneOrBatch<Line, Result>(
  argument: string | undefined,
  options: BatchOptions,
  command: OneOrBatch<Line, Result>,
): Promise<void> {
  const json = options.json === true || options.batch === true;
  if (options.batch) {
    if (argument !== undefined)
      fail(new InputError('--batch reads JSON Lines from stdin; give no other argument.'), true);
    const verbatim = await service(true);
    await processJsonLines(process.stdin, process.stdout, command.lineSchema, async (line) =>
      command.resultSchema.parse(await command.fromLine(verbatim, line)),
    );
    return;
  }
  if (argument === undefined) fail(new InputError(command.missing), json);
  const verbatim = await service(json);
  try {
    const result = command.resultSchema.parse(await command.fromArgument(verbatim, argument));
    print(result, json, command.format(result));
  } catch (error) {
    fail(error, json);
  }
}

/** Builds the command-line program. */
function buildProgram(): Command {
  const program = new Command('verbatim')
    .description(
      'Answers questions about the May 2019 Pompeo-Putin-Lavrov meetings in Sochi, citing the corpus word for word.',
    )
    .showHelpAfterError()
    .exitOverride();

  program
    .command('ask')
    .description('answer a question from the corpus, or check a quote asked as a question')
    .argument('[question]', 'the question, in quotes')
    .option('--json', 'print one JSON object')
    .option('--batch', 'read JSON Lines {"question": "..."} from stdin, write one JSON result per line')
    .action((question: string | undefined, options: BatchOptions) =>
      runOneOrBatch(question, options, {
        missing: 'Give a question, e.g. ask "What did Lavrov say about New START?"',
        lineSchema: askLineSchema,
        fromLine: (verbatim, line) => verbatim.ask(line.question),
        fromArgument: (verbatim, text) => verbatim.ask(text),
        format: formatAskResult,
        resultSchema: askResultSchema,
      }),
    );

  program
    .command('verify')
    .description('check whether a quote stands word for word in the corpus, and who said it')
    .argument('[quote]', 'the quoted words, in quotes')
    .option('--speaker <name>', 'who supposedly said it (any name the corpus uses)')
    .option('--json', 'print one JSON object')
    .option('--batch', 'read JSON Lines {"quote": "...", "speaker"?: "..."} from stdin, write one JSON result per line')
    .action((quote: string | undefined, options: BatchOptions & { speaker?: string }) =>
      runOneOrBatch(quote, options, {
        missing: 'Give a quote, e.g. verify "We should give Mueller credit" --speaker Putin',
        lineSchema: verifyLineSchema,
        fromLine: async (verbatim, line) => verbatim.verify(line),
        fromArgument: async (verbatim, text) => verbatim.verify({ quote: text, speaker: options.speaker ?? null }),
        format: formatVerifyResult,
        resultSchema: verifyResultSchema,
      }),
    );

  program
    .command('sources')
    .description('list the documents with their metadata and counts')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const verbatim = await service(options.json === true);
      const sources = verbatim.sources();
      const refused = verbatim.refusedFiles();
      print(
        { corpusVersion: verbatim.corpusVersion(), sources, refused },
        options.json === true,
        formatSources(sources, refused),
      );
    });

  program
    .command('quotes')
    .description('list every quotation with its speaker and citation')
    .option('--speaker <name>', 'only this speaker (any name the corpus uses: Pompeo, the Secretary of State, ...)')
    .option('--json', 'print JSON')
    .action(async (options: { speaker?: string; json?: boolean }) => {
      const json = options.json === true;
      const verbatim = await service(json);
      try {
        const quotes = verbatim.quotes(options.speaker);
        print({ corpusVersion: verbatim.corpusVersion(), quotes }, json, formatQuotes(quotes));
      } catch (error) {
        fail(error, json);
      }
    });

  program
    .command('chat')
    .description('an interactive chat in the terminal, like a direct message to the bot')
    .action(async () => {
      await runChat(await service(false), process.stdin, process.stdout);
    });

  return program;
}

/** A reader that goes away (`| head -1`) ends the program quietly, as it ends other Unix tools. */
function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

async function main(): Promise<void> {
  exitQuietlyOnClosedPipe();
  const program = buildProgram();
  try {
    await program.parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has told stderr already; with --json, stdout still owes the caller its one object.
      if (error.exitCode !== 0 && process.argv.includes('--json')) {
        process.stdout.write(`${JSON.stringify({ error: error.message.replace(/^error: /, '') })}\n`);
      }
      process.exit(error.exitCode === 0 ? 0 : EXIT_INPUT);
    }
    fail(error, process.argv.includes('--json'));
  }
}

await main();
