import { jest } from '@jest/globals';

const verify = jest.fn(async (hash: string, password: string) => hash === 'stored-hash' && password === 'right');
const hash = jest.fn(async () => 'dummy-hash');
jest.unstable_mockModule('@node-rs/argon2', () => ({ verify, hash, Algorithm: { Argon2id: 2 } }));
const { verifyPassword } = await import('./credentials.js');

/**
 * An unknown or disabled account must cost the same argon2 verification as a wrong password, so
 * neither the answer nor its timing tells whether the account exists.
 */
describe('verifyPassword', () => {
  beforeEach(() => verify.mockClear());

  it('verifies against the stored hash', async () => {
    await expect(verifyPassword('stored-hash', 'right')).resolves.toBe(true);
    await expect(verifyPassword('stored-hash', 'wrong')).resolves.toBe(false);
    expect(verify).toHaveBeenCalledTimes(2);
  });

  it('does one full verification against a dummy hash when there is no account, and refuses', async () => {
    await expect(verifyPassword(undefined, 'right')).resolves.toBe(false);
    expect(verify).toHaveBeenCalledTimes(1);
    expect(verify).toHaveBeenCalledWith('dummy-hash', 'right');
  });
});
