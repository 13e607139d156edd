/** Bad user input: the message is safe and meant for the user; front ends exit 2 or reply with it. */
export class InputError extends Error {
  override readonly name = 'InputError';
}
