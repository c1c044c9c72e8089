import { plainText } from './plain-text.js';

describe('plainText', () => {
  it('writes each kind of value as people read it, never [object Object]', () => {
    expect(plainText(null)).toBe('');
    expect(plainText(undefined)).toBe('');
    expect(plainText('重庆')).toBe('重庆');
    expect(plainText(0.5)).toBe('0.5');
    expect(plainText(false)).toBe('false');
    expect(plainText(12n)).toBe('12');
    expect(plainText(new Date('2026-12-03T08:00:00Z'))).toBe('2026-12-03T08:00:00.000Z');
    expect(plainText(new Error('连接中断'))).toBe('连接中断');
    expect(plainText({ a: [1, '二'] })).toBe('{"a":[1,"二"]}');
    expect(plainText(Symbol('s'))).toBe('');
  });
});
