import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';

/**
 * What the model is asked to return, sent as a strict `json_schema` response format. Every field is required
 * because strict mode demands it; a quote's speaker is null for the reporter's own words.
 */
const modelAnswerWireSchema = z.object({
  unanswerable: z.boolean(),
  claims: z.array(
    z.object({
      text: z.string(),
      quotes: z.array(z.object({ passageId: z.string(), quote: z.string(), speaker: z.string().nullable() })),
    }),
  ),
});

/**
 * How a reply is read. Servers in `json_object` mode enforce no schema, so missing optional parts are tolerated
 * here; everything a reply says is still checked by the grounding gate afterwards.
 */
export const modelAnswerSchema = z.object({
  unanswerable: z.boolean().default(false),
  claims: z
    .array(
      z.object({
        text: z.string().default(''),
        quotes: z
          .array(z.object({ passageId: z.coerce.string(), quote: z.string(), speaker: z.string().nullish() }))
          .default([]),
      }),
    )
    .default([]),
});
export type ModelAnswer = z.infer<typeof modelAnswerSchema>;

const RESPONSE_FORMAT_NAME = 'grounded_answer';

/** The `response_format` for servers that support structured outputs. */
export function jsonSchemaResponseFormat() {
  return zodResponseFormat(modelAnswerWireSchema, RESPONSE_FORMAT_NAME);
}
