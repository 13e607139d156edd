import { z } from 'zod';

/** One numbered citation: `quote` is always `document.text.slice(start, end)`; null outlet or date: not known. */
const citationSchema = z.object({
  n: z.number().int().positive(),
  source: z.string(),
  title: z.string(),
  outlet: z.string().nullable(),
  date: z.string().nullable(),
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

/** Why an answer was declined; `grounding_failed` is the final gate withholding an answer. */
const declineReasonSchema = z.enum([
  'creative_request',
  'personal_data',
  'embedded_instructions',
  'not_in_corpus',
  'not_supported',
  'grounding_failed',
]);
export type DeclineReason = z.infer<typeof declineReasonSchema>;

/** Which engine answered: the embedded one, or a model by name. */
const engineSchema = z.union([z.literal('offline'), z.templateLiteral(['llm:', z.string().min(1)])]);
export type Engine = z.infer<typeof engineSchema>;

const resultFields = {
  answer: z.string(),
  citations: z.array(citationSchema),
  engine: engineSchema,
  corpusVersion: z.string(),
  usage: usageSchema.optional(),
  latencyMs: z.number().nonnegative().optional(),
};

/** What `ask --json` prints and what every front end renders. */
export const askResultSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('answered'), ...resultFields }),
  z.strictObject({ status: z.literal('declined'), reason: declineReasonSchema, ...resultFields }),
]);
export type AskResult = z.infer<typeof askResultSchema>;
