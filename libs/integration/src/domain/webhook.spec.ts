import { parseDuration, parseSchedule, sign, webhookHeaders } from './webhook.js';

describe('webhook domain', () => {
  it('reads the retry schedule, Svix’s by default', () => {
    expect(parseSchedule('0s,5s,5m,30m,2h,5h,10h,10h')).toEqual([0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000]);
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('5d')).toBe(432_000_000);
    expect(() => parseDuration('5 weeks')).toThrow('not a duration');
  });

  it('signs as the Standard Webhooks example does', () => {
    // The specification's example (standard-webhooks/spec, "Signature scheme").
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const body = '{"test": 2432232314}';
    expect(sign(secret, 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, body)).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('signs with every secret of a rotation overlap', () => {
    const h = webhookHeaders(['whsec_AAAA', 'whsec_BBBB'], 'id1', 1, '{}');
    expect(h['webhook-signature'].split(' ')).toHaveLength(2);
    expect(h['webhook-id']).toBe('id1');
  });
});
