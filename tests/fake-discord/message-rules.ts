/**
 * Discord's server-side rules for message bodies, so the fake refuses what Discord would refuse
 * (a 2001-character message must fail here too) and reports who a message would have pinged.
 */

export interface MessageBody {
  content?: string;
  embeds?: EmbedBody[];
  components?: unknown[];
  allowed_mentions?: { parse?: string[]; users?: string[]; roles?: string[]; replied_user?: boolean };
  flags?: number;
  tts?: boolean;
  attachments?: unknown[];
}

interface EmbedBody {
  title?: string;
  description?: string;
  url?: string;
  fields?: { name?: string; value?: string; inline?: boolean }[];
  footer?: { text?: string };
  author?: { name?: string };
}

export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  autocompleteChoices: 25,
  choiceName: 100,
} as const;

/** Problems in Discord's "Invalid Form Body" style (`path: message`); empty when the body is acceptable. */
export function messageBodyProblems(body: MessageBody, { requireSomething }: { requireSomething: boolean }): string[] {
  const problems: string[] = [];
  const content = body.content ?? '';
  if (content.length > LIMITS.content) problems.push(`content: Must be ${LIMITS.content} or fewer in length.`);
  const embeds = body.embeds ?? [];
  if (embeds.length > LIMITS.embeds) problems.push(`embeds: Must be ${LIMITS.embeds} or fewer in length.`);
  let total = 0;
  embeds.forEach((embed, index) => {
    const check = (path: string, text: string | undefined, max: number) => {
      const length = text?.length ?? 0;
      total += length;
      if (length > max) problems.push(`embeds.${index}.${path}: Must be ${max} or fewer in length.`);
    };
    check('title', embed.title, LIMITS.title);
    check('description', embed.description, LIMITS.description);
    check('footer.text', embed.footer?.text, LIMITS.footer);
    check('author.name', embed.author?.name, LIMITS.authorName);
    const fields = embed.fields ?? [];
    if (fields.length > LIMITS.fields)
      problems.push(`embeds.${index}.fields: Must be ${LIMITS.fields} or fewer in length.`);
    fields.forEach((field, fieldIndex) => {
      if (!field.name) problems.push(`embeds.${index}.fields.${fieldIndex}.name: This field is required`);
      if (!field.value) problems.push(`embeds.${index}.fields.${fieldIndex}.value: This field is required`);
      check(`fields.${fieldIndex}.name`, field.name, LIMITS.fieldName);
      check(`fields.${fieldIndex}.value`, field.value, LIMITS.fieldValue);
    });
  });
  if (total > LIMITS.embedTotal) problems.push(`embeds: Embed size exceeds maximum size of ${LIMITS.embedTotal}`);
  const empty =
    content.length === 0 &&
    embeds.length === 0 &&
    (body.components ?? []).length === 0 &&
    (body.attachments ?? []).length === 0;
  if (requireSomething && empty) problems.push('Cannot send an empty message');
  return problems;
}

export interface Pings {
  readonly everyone: boolean;
  readonly users: readonly string[];
  readonly roles: readonly string[];
}

/**
 * Who a message actually notifies. Without `allowed_mentions` Discord parses everything in the content;
 * with it, only what it lists. A backslash or a zero-width space after the @ defuses a mention.
 */
export function resolvePings(body: MessageBody, { canMentionEveryone }: { canMentionEveryone: boolean }): Pings {
  const content = body.content ?? '';
  const allowed = body.allowed_mentions;
  const parse = new Set(allowed ? (allowed.parse ?? []) : ['everyone', 'users', 'roles']);
  const listedUsers = new Set(allowed?.users ?? []);
  const listedRoles = new Set(allowed?.roles ?? []);
  const everyone = canMentionEveryone && parse.has('everyone') && /(?<!\\)@(?:everyone|here)\b/.test(content);
  const users = [...content.matchAll(/(?<!\\)<@!?(\d{17,20})>/g)]
    .map((match) => match[1] ?? '')
    .filter((id) => parse.has('users') || listedUsers.has(id));
  const roles = [...content.matchAll(/(?<!\\)<@&(\d{17,20})>/g)]
    .map((match) => match[1] ?? '')
    .filter((id) => parse.has('roles') || listedRoles.has(id));
  return { everyone, users: [...new Set(users)], roles: [...new Set(roles)] };
}
