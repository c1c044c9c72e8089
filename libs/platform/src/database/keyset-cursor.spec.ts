import { DomainError } from '../errors/domain-error.js';
import { decodeKeysetCursor, encodeKeysetCursor } from './keyset-cursor.js';

describe('keyset cursors', () => {
  it('decode what they encode, names in Chinese included', () => {
    const cursor = encodeKeysetCursor(['永川区产教联合体（演示）', '3f0c7f8e-0000-4000-8000-000000000001']);
    expect(decodeKeysetCursor(cursor, 2)).toEqual(['永川区产教联合体（演示）', '3f0c7f8e-0000-4000-8000-000000000001']);
  });

  it.each([
    ['garbage', 'garbage'],
    ['not base64url', 'a+b/c='],
    ['JSON of another shape', encodeKeysetCursor(['only one'])],
    ['a non-string key', Buffer.from(JSON.stringify(['a', 1])).toString('base64url')],
    ['a non-canonical encoding', `${encodeKeysetCursor(['a', 'b'])}A`],
  ])('refuse %s as 400 INVALID_CURSOR naming the parameter', (_label, cursor) => {
    let error: unknown;
    try {
      decodeKeysetCursor(cursor, 2);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ kind: 'MALFORMED', code: 'INVALID_CURSOR', details: [{ field: 'after', code: 'INVALID_CURSOR' }] });
  });
});
