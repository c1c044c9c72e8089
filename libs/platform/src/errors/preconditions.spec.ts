import { checkIfMatch, ifNoneMatchHits, weakEtagOf } from './preconditions.js';

describe('preconditions', () => {
  it('checkIfMatch: 428 without, 412 when no listed tag is current, * and W/ tags accepted', () => {
    expect(() => checkIfMatch(undefined, 3)).toThrow(expect.objectContaining({ code: 'IF_MATCH_REQUIRED' }));
    expect(() => checkIfMatch('  ', 3)).toThrow(expect.objectContaining({ code: 'IF_MATCH_REQUIRED' }));
    expect(() => checkIfMatch('"v2"', 3)).toThrow(expect.objectContaining({ code: 'PRECONDITION_FAILED' }));
    expect(() => checkIfMatch('"v2", W/"v3"', 3)).not.toThrow();
    expect(() => checkIfMatch('*', 3)).not.toThrow();
  });

  it('weakEtagOf: weak, stable for equal content, different for different content, never a "v<version>"', () => {
    const a = weakEtagOf({ asOf: '2026-01-01', secretariat: { version: 2 } });
    expect(a).toMatch(/^W\/"c-[A-Za-z0-9_-]{27}"$/);
    expect(weakEtagOf({ asOf: '2026-01-01', secretariat: { version: 2 } })).toBe(a);
    expect(weakEtagOf({ asOf: '2026-01-01', secretariat: { version: 3 } })).not.toBe(a);
    expect(() => checkIfMatch(a, 2)).toThrow(expect.objectContaining({ code: 'PRECONDITION_FAILED' }));
  });

  it('ifNoneMatchHits: weak comparison over a list, * matches, nothing sent never matches', () => {
    const tag = 'W/"c-abc"';
    expect(ifNoneMatchHits(undefined, tag)).toBe(false);
    expect(ifNoneMatchHits('', tag)).toBe(false);
    expect(ifNoneMatchHits('"c-abc"', tag)).toBe(true);
    expect(ifNoneMatchHits('W/"x", W/"c-abc"', tag)).toBe(true);
    expect(ifNoneMatchHits('*', tag)).toBe(true);
    expect(ifNoneMatchHits('W/"c-abd"', tag)).toBe(false);
  });
});
