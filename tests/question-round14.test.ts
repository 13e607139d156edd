import { beforeAll, describe, expect, it } from 'vitest';
import { askedKind, mentionsOnlyUnspecified } from '../src/answer/unspecified-mention.js';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import { createTestService } from './helpers/seed-service.js';

let service: VerbatimService;

beforeAll(async () => {
  service = await createTestService();
});

describe('which-questions answered only by the noun they ask about', () => {
  it('reads the noun a which or what question asks to pick out', () => {
    expect(askedKind('Which European countries did Moscow urge?')?.phrase).toBe('European countries');
    expect(askedKind('what did Lavrov say about Syria')).toBeNull();
  });

  it('tells a bare mention of the noun from one that says which', () => {
    const question = askedKind('Which European countries did Moscow urge?');
    if (!question) throw new Error('no asked kind');
    expect(mentionsOnlyUnspecified(question, 'Moscow urged Tehran and European countries to act.')).toBe(true);
    expect(mentionsOnlyUnspecified(question, 'Moscow urged European countries like France to act.')).toBe(false);
    expect(mentionsOnlyUnspecified(question, 'Moscow urged the Baltic countries to act.')).toBe(false);
    expect(mentionsOnlyUnspecified(question, 'Moscow urged Tehran to act.')).toBe(false);
    const sanctions = askedKind('Which sanctions did the US impose on Iran?');
    if (!sanctions) throw new Error('no asked kind');
    expect(mentionsOnlyUnspecified(sanctions, 'The US imposed sanctions on Iran.')).toBe(true);
    expect(mentionsOnlyUnspecified(sanctions, "The US imposed sanctions on Iran's metal industries.")).toBe(false);
  });

  it('declines when the passages name the asked kind only as the question does', async () => {
    const result = await service.ask('Which European countries did Moscow call on to fulfil their obligations?');
    expect(result.status).toBe('declined');
    expect(result.answer).toContain('mention European countries but do not say which');
  });

  it('still answers when a passage says which', async () => {
    const result = await service.ask('which iranian industries did the us sanction');
    expect(result.status).toBe('answered');
    expect(result.citations.map((citation) => citation.quote).join('\n')).toContain('metal industries');
  });
});
