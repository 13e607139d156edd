import { createInterface } from 'node:readline';
import type { VerbatimService } from '../app/verbatim-service.js';
import { InputError } from '../errors/input-error.js';
import { escapeForTerminal } from '../text/control-characters.js';
import { formatAskResult } from './format-ask-result.js';

const HELP = [
  'Ask about the May 2019 Pompeo-Putin-Lavrov meetings in Sochi, or check a quote:',
  '  What did Lavrov say about New START?',
  '  Did Pompeo say "we will keep talking"?',
  'Commands: /sources, /help, /quit',
].join('\n');

/** The terminal chat: one question per line, answered as the bot would answer a direct message. */
export async function runChat(
  service: VerbatimService,
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
): Promise<void> {
  // In a terminal, readline gives line editing and history; piped input is read line by line as it comes.
  const terminal = 'isTTY' in input && input.isTTY === true;
  const lines = createInterface({ input, crlfDelay: Infinity, ...(terminal ? { output, terminal } : {}) });
  const prompt = () => output.write('> ');
  output.write(`Verbatim (corpus ${service.corpusVersion()}). ${HELP}\n`);
  prompt();
  try {
    for await (const raw of lines) {
      const line = raw.trim();
      if (line === '/quit' || line === '/exit') break;
      if (line === '/help') output.write(`${HELP}\n`);
      else if (line === '/sources') {
        output.write(
          `${escapeForTerminal(
            service
              .sources()
              .map((source) => `${source.source}: ${source.title} (${source.outlet ?? '?'}, ${source.date ?? '?'})`)
              .join('\n'),
          )}\n`,
        );
      } else if (line !== '') {
        try {
          output.write(`${escapeForTerminal(formatAskResult(await service.ask(line)))}\n`);
        } catch (error) {
          output.write(
            error instanceof InputError
              ? `${escapeForTerminal(error.message)}\n`
              : 'Sorry, something went wrong answering that.\n',
          );
        }
      }
      prompt();
    }
  } finally {
    lines.close();
  }
}
