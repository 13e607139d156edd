import { describe, expect, it } from 'vitest';
import { searchTerm } from '../src/search/search-terms.js';
import { expandAbbreviation } from '../src/text/expand-abbreviation.js';

describe('expandAbbreviation', () => {
  it('reads a contraction as the one word it abbreviates', () => {
    expect(expandAbbreviation('dept', ['department', 'departments', 'deal'], searchTerm)).toBe('department');
    expect(expandAbbreviation('govt', ['government', 'go'], searchTerm)).toBe('government');
  });

  it('leaves an ambiguous contraction alone', () => {
    expect(expandAbbreviation('dept', ['department', 'deposit'], searchTerm)).toBeNull();
  });

  it('needs the first and last letters and at least three dropped ones', () => {
    expect(expandAbbreviation('dept', ['debt'], searchTerm)).toBeNull();
    expect(expandAbbreviation('dept', ['departure'], searchTerm)).toBeNull();
    expect(expandAbbreviation('dept', ['adept'], searchTerm)).toBeNull();
  });

  it('reads only words of three to five letters', () => {
    expect(expandAbbreviation('dt', ['department'], searchTerm)).toBeNull();
    expect(expandAbbreviation('govmnt', ['government'], searchTerm)).toBeNull();
  });
});
