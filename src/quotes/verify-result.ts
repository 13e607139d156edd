import { z } from 'zod';

const verdictSchema = z.enum(['verified', 'misattributed', 'unattributed', 'altered', 'unquoted', 'not_found']);
export type Verdict = z.infer<typeof verdictSchema>;

const differenceSchema = z.object({
  op: z.enum(['replace', 'insert', 'delete']),
  /** Words in the corpus that the claim lacks or changes ('' for an insert). */
  corpus: z.string(),
  /** Words in the claim that the corpus lacks or changes ('' for a delete). */
  claim: z.string(),
});
export type Difference = z.infer<typeof differenceSchema>;

const verifyMatchSchema = z.object({
  source: z.string(),
  /** Always `document.text.slice(start, end)`. */
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  context: z.string(),
});

/** What `verify --json` prints. */
export const verifyResultSchema = z.object({
  verdict: verdictSchema,
  quote: z.string(),
  claimedSpeaker: z.string().nullable(),
  speaker: z.string().nullable(),
  match: verifyMatchSchema.nullable(),
  differences: z.array(differenceSchema),
  explanation: z.string(),
});
export type VerifyResult = z.infer<typeof verifyResultSchema>;
