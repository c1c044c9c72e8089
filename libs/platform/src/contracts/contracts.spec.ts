import { Type } from '@sinclair/typebox';
import { defineContracts, defineEvent, defineJob, defineQueue, EventPayloadError } from './contracts.js';

const published = defineEvent('things.thing.published', {
  version: 1,
  aggregateType: 'thing',
  payload: Type.Object({ id: Type.String(), revision: Type.Integer(), note: Type.Optional(Type.Union([Type.String(), Type.Null()])) }),
  public: { summary: 'Thing published', zh: '已发布' },
});

describe('event contracts', () => {
  it('makes an outbox event of its name and aggregate, with the districts when given', () => {
    expect(published.of('t1', { id: 't1', revision: 2 })).toEqual({
      type: 'things.thing.published',
      aggregateType: 'thing',
      aggregateId: 't1',
      payload: { id: 't1', revision: 2 },
    });
    expect(published.of('t1', { id: 't1', revision: 2 }, ['500118']).districtCodes).toEqual(['500118']);
  });

  it('parses a payload that fits and refuses one that does not, naming the field', () => {
    expect(published.parse({ id: 't1', revision: 3, note: null })).toEqual({ id: 't1', revision: 3, note: null });
    expect(() => published.parse({ id: 't1', revision: '3' })).toThrow(EventPayloadError);
    expect(() => published.parse({ id: 't1', revision: '3' })).toThrow(/"things.thing.published" v1 .*\/revision/);
  });

  it('knows the formats payloads use: uuid, calendar date, date-time', () => {
    const dated = defineEvent('things.thing.dated', {
      version: 1,
      aggregateType: 'thing',
      payload: Type.Object({ id: Type.String({ format: 'uuid' }), on: Type.String({ format: 'date' }), at: Type.String({ format: 'date-time' }) }),
    });
    const ok = { id: '3f1c3a52-7d1e-4c7b-8f0a-6b2d6f1e9a10', on: '2026-07-01', at: '2026-07-01T08:00:00.000Z' };
    expect(dated.parse(ok)).toEqual(ok);
    expect(() => dated.parse({ ...ok, id: 'x' })).toThrow(/\/id/);
    expect(() => dated.parse({ ...ok, on: '2026-7-1' })).toThrow(/\/on/);
  });

  it('shows the public payload with its declared properties only', () => {
    expect(published.toPublic({ id: 't1', revision: 3, secret: 'x' })).toEqual({ id: 't1', revision: 3 });
    // A row stored before a field existed is shown as stored, not refused.
    expect(published.toPublic({ id: 't1' })).toEqual({ id: 't1' });
  });

  it('checks a context’s names: its prefix, once each, jobs on its own queues', () => {
    const queue = defineQueue('things');
    expect(() => defineContracts({ context: 'other', events: [published] })).toThrow('must start with "other."');
    expect(() => defineContracts({ context: 'things', events: [published, published] })).toThrow('declared twice');
    expect(() => defineContracts({ context: 'things', events: [published], jobs: [defineJob('things.echo', { on: published, queue })] })).toThrow(
      'does not declare',
    );
    expect(() => defineQueue('Bad Queue')).toThrow(/must match/);
  });
});
