import { modelAnswerSchema, type ModelAnswer } from './model-answer-schema.js';

export type ParsedModelAnswer =
  | { readonly ok: true; readonly answer: ModelAnswer }
  | { readonly ok: false; readonly problem: string };

/** A reply wrapped in a markdown code fence, as local servers in json_object mode sometimes send. */
// The body keeps its surrounding whitespace, which JSON.parse ignores.
const FENCED = /^\s*```(?:json)?([\s\S]*?)```\s*$/i;

/** Reads a model reply as the answer schema. Never throws: a bad reply is a `problem` for the retry feedback and the logs. */
export function parseModelAnswer(content: string): ParsedModelAnswer {
  const body = FENCED.exec(content)?.[1] ?? content;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return { ok: false, problem: `not valid JSON (${(error as Error).message})` };
  }
  const parsed = modelAnswerSchema.safeParse(json);
  if (parsed.success) return { ok: true, answer: parsed.data };
  const issues = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'the reply'}: ${issue.message}`);
  return { ok: false, problem: issues.join('; ') };
}
