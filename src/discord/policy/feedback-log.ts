import { randomBytes } from 'node:crypto';
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ActionRowBuilder, ButtonBuilder, ButtonStyle } from 'discord.js';
import type { APIActionRowComponent, APIComponentInMessageActionRow } from 'discord.js';
import { LRUCache } from 'lru-cache';
import type { Clock } from './clock.js';

export type Vote = 'up' | 'down';

/** What a vote refers to. Kept in memory between the answer and the click. */
export interface AnsweredQuestion {
  readonly question: string;
  readonly answer: string;
  readonly corpusVersion: string;
  readonly engine: string;
  readonly status: string;
}

/** One line of the feedback log. */
interface FeedbackEntry extends Partial<AnsweredQuestion> {
  readonly at: string;
  readonly vote: Vote;
  readonly answerId: string;
  readonly userId: string;
}

const CUSTOM_ID = /^feedback:(up|down):([\w-]{1,40})$/;

/** Reads a 👍/👎 button's custom id; null for any other button. */
export function parseFeedbackId(customId: string): { vote: Vote; answerId: string } | null {
  const match = CUSTOM_ID.exec(customId);
  return match ? { vote: match[1] as Vote, answerId: match[2] ?? '' } : null;
}

/** The 👍/👎 row under an answer. */
export function feedbackButtons(answerId: string): APIActionRowComponent<APIComponentInMessageActionRow> {
  return new ActionRowBuilder<ButtonBuilder>()
    .addComponents(
      new ButtonBuilder()
        .setCustomId(`feedback:up:${answerId}`)
        .setEmoji('👍')
        .setLabel('Helpful')
        .setStyle(ButtonStyle.Secondary),
      new ButtonBuilder()
        .setCustomId(`feedback:down:${answerId}`)
        .setEmoji('👎')
        .setLabel('Not helpful')
        .setStyle(ButtonStyle.Secondary),
    )
    .toJSON();
}

/**
 * An append-only JSONL log of votes in DATA_DIR. Answers are remembered in memory (the most recent
 * `capacity`) so a vote can be logged with its question, answer and corpus version.
 */
export class FeedbackLog {
  readonly #answers: LRUCache<string, AnsweredQuestion>;
  /** Votes written to the log. */
  readonly #votes = new Set<string>();
  /** Votes being written: a second click meanwhile is not a second vote. */
  readonly #writing = new Set<string>();
  #writes: Promise<void> = Promise.resolve();

  constructor(
    readonly filePath: string,
    private readonly clock: Clock,
    capacity = 2_000,
  ) {
    this.#answers = new LRUCache({ max: capacity });
  }

  /** Remembers an answer to `question` and returns the id its buttons carry. */
  remember(question: string, result: Omit<AnsweredQuestion, 'question'>): string {
    const answerId = randomBytes(9).toString('base64url');
    const { answer, corpusVersion, engine, status } = result;
    this.#answers.set(answerId, { question, answer, corpusVersion, engine, status });
    return answerId;
  }

  /**
   * Appends one vote. `shownAnswer` (the message the button was on) stands in for an answer
   * forgotten since, e.g. after a restart. Returns false when this user already cast this vote.
   * A vote counts as cast only once it is written, so a failed write can be retried.
   * @throws the write's error.
   */
  async record(vote: Vote, answerId: string, userId: string, shownAnswer: string): Promise<boolean> {
    const key = `${answerId}:${userId}:${vote}`;
    if (this.#votes.has(key) || this.#writing.has(key)) return false;
    this.#writing.add(key);
    try {
      await this.#append(vote, answerId, userId, shownAnswer);
      this.#votes.add(key);
      return true;
    } finally {
      this.#writing.delete(key);
    }
  }

  async #append(vote: Vote, answerId: string, userId: string, shownAnswer: string): Promise<void> {
    const answered = this.#answers.get(answerId);
    const entry: FeedbackEntry = {
      at: new Date(this.clock.now()).toISOString(),
      vote,
      answerId,
      userId,
      ...(answered ?? { answer: shownAnswer }),
    };
    // Serialised so concurrent votes never interleave within a line.
    const write = this.#writes.then(async () => {
      await mkdir(dirname(this.filePath), { recursive: true });
      await appendFile(this.filePath, `${JSON.stringify(entry)}\n`, 'utf8');
    });
    this.#writes = write.catch(() => {});
    await write;
  }
}
