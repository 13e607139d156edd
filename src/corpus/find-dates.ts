const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = `(${MONTHS.map((month) => `${month[0]?.toUpperCase()}${month.slice(1)}|${month.slice(0, 3).replace(/^./, (c) => c.toUpperCase())}\\.?`).join('|')})`;

/** "10 May, 2019", "15th May, 2019", "May 14, 2019", "2019-05-14": full dates only, never "May 14" alone. */
const DATE_PATTERNS: readonly { regex: RegExp; day: number; month: number; year: number }[] = [
  { regex: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`), day: 1, month: 2, year: 3 },
  { regex: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`), day: 2, month: 1, year: 3 },
  { regex: /\b(\d{4})-(\d{2})-(\d{2})\b/, day: 3, month: 2, year: 1 },
];

export interface FoundDate {
  readonly iso: string;
  readonly index: number;
  readonly length: number;
}

function monthNumber(name: string): number {
  if (/^\d+$/.test(name)) return Number(name);
  const prefix = name.slice(0, 3).toLowerCase();
  return MONTHS.findIndex((month) => month.startsWith(prefix)) + 1;
}

/** The first complete calendar date in the text, as YYYY-MM-DD. */
export function findFirstDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const pattern of DATE_PATTERNS) {
    const match = pattern.regex.exec(text);
    if (!match) continue;
    const day = Number(match[pattern.day]);
    const month = monthNumber(match[pattern.month] ?? '');
    const year = Number(match[pattern.year]);
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (!best || match.index < best.index) best = { iso, index: match.index, length: match[0].length };
  }
  return best;
}
