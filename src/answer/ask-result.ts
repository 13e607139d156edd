import { z } from 'zod';

/** One numbered citation: `quote` is always `document.text.slice(start, end)`. */
const citationSchema = z.object({
  n: z.number().int().positive(),
  source: z.string(),
  title: z.string(),
  outlet: z.string(),
  date: z.string(),
  speaker: z.string().nullable(),
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Citation = z.infer<typeof citationSchema>;

const usageSchema = z.object({
  promptTokens: z.number().int().nonnegative(),
  completionTokens: z.number().int().nonnegative(),
  totalTokens: z.number().int().nonnegative(),
});

/** What `ask --json` prints and what every front end renders. */
export const askResultSchema = z.object({
  status: z.enum(['answered', 'declined']),
  answer: z.string(),
  citations: z.array(citationSchema),
  reason: z.string().optional(),
  engine: z.string(),
  corpusVersion: z.string(),
  usage: usageSchema.optional(),
  latencyMs: z.number().nonnegative().optional(),
});
export type AskResult = z.infer<typeof askResultSchema>;
