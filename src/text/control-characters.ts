/** Control characters other than tab and newline: never part of a real question, quote or name. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** Everything a terminal may act on rather than show: C0/C1 controls (tab and newline excepted) and bidirectional overrides. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function hasControlCharacters(text: string): boolean {
  return CONTROL.test(text);
}

/** Shows unsafe characters as `\u{1b}` instead of letting the terminal act on them (escape sequences, reordering). */
export function escapeForTerminal(text: string): string {
  return text.replace(TERMINAL_UNSAFE, (character) => `\\u{${(character.codePointAt(0) ?? 0).toString(16)}}`);
}
