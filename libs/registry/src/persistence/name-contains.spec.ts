import { nameContains } from './name-contains.js';

describe('nameContains', () => {
  it('uses LIKE for a fragment without case (Chinese, digits, punctuation)', () => {
    expect(nameContains('o.name', ':pattern', '永川电子')).toEqual({ sql: `o.name LIKE :pattern ESCAPE '\\'`, pattern: '%永川电子%' });
    expect(nameContains('c.name', '$2', '（2025）').sql).toBe(`c.name LIKE $2 ESCAPE '\\'`);
  });

  it('uses ILIKE as soon as the fragment has a letter with case', () => {
    expect(nameContains('o.name', ':pattern', '重庆abc').sql).toBe(`o.name ILIKE :pattern ESCAPE '\\'`);
    expect(nameContains('o.name', ':pattern', 'ΔΕΛΤΑ').sql).toBe(`o.name ILIKE :pattern ESCAPE '\\'`);
  });

  it('escapes the wildcards and the escape character', () => {
    expect(nameContains('o.name', ':pattern', '100%_a\\b').pattern).toBe('%100\\%\\_a\\\\b%');
  });
});
