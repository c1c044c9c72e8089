import { jest } from '@jest/globals';
import { BadRequestException, ConflictException, Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { DomainError } from '#platform';
import { toProblem } from './problem-details.filter.js';

const request = { id: 'req-1', url: '/api/v1/things' };

describe('toProblem', () => {
  it('answers in Chinese by default: title by status, detail from the error or its code’s label, field messages beside the field', () => {
    const labelled = toProblem(new DomainError('NOT_FOUND', 'CONSORTIUM_NOT_FOUND', 'No such consortium'), request);
    expect(labelled).toMatchObject({ status: 404, code: 'CONSORTIUM_NOT_FOUND', title: '未找到', detail: '联合体不存在，或无权查看' });
    const own = toProblem(
      new DomainError('CONFLICT', 'SECOND_LEAD', { en: 'two leads', zh: '该日已有牵头单位' }, [
        { field: 'isLead', code: 'SECOND_LEAD', message: 'a lead exists', zh: '已有牵头单位' },
      ]),
      request,
    );
    expect(own).toMatchObject({
      title: '与当前状态冲突',
      detail: '该日已有牵头单位',
      errors: [{ field: 'isLead', code: 'SECOND_LEAD', message: '已有牵头单位' }],
    });
    expect(own.errors![0]).not.toHaveProperty('zh');
    const english = toProblem(
      new DomainError('CONFLICT', 'SECOND_LEAD', { en: 'two leads', zh: '该日已有牵头单位' }, [
        { field: 'isLead', code: 'SECOND_LEAD', message: 'a lead exists', zh: '已有牵头单位' },
      ]),
      request,
      'en',
    );
    expect(english).toMatchObject({ title: 'Conflict', detail: 'two leads', errors: [{ field: 'isLead', code: 'SECOND_LEAD', message: 'a lead exists' }] });
  });

  it('maps a domain error by kind and keeps its code and details', () => {
    const body = toProblem(
      new DomainError('CONFLICT', 'THING_EXISTS', 'A thing with this code already exists', [{ field: 'code', code: 'DUPLICATE', message: 'taken' }]),
      request,
      'en',
    );
    expect(body).toEqual({
      type: '/problems/thing-exists',
      title: 'Conflict',
      status: 409,
      detail: 'A thing with this code already exists',
      code: 'THING_EXISTS',
      instance: '/api/v1/things',
      requestId: 'req-1',
      errors: [{ field: 'code', code: 'DUPLICATE', message: 'taken' }],
    });
  });

  it.each([
    ['INVALID', 422],
    ['NOT_FOUND', 404],
    ['FORBIDDEN', 403],
    ['UNAUTHENTICATED', 401],
    ['PRECONDITION_FAILED', 412],
    ['PRECONDITION_REQUIRED', 428],
    ['MALFORMED', 400],
  ] as const)('maps kind %s to %i', (kind, status) => {
    expect(toProblem(new DomainError(kind, 'X', 'x'), request, 'en').status).toBe(status);
  });

  it('gives HTTP exceptions a generic stable code', () => {
    expect(toProblem(new ConflictException('busy'), request, 'en')).toMatchObject({ status: 409, code: 'CONFLICT', detail: 'busy' });
    expect(toProblem(new BadRequestException(), request, 'en')).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });

  it('recognises Fastify parser errors wrapped by Nest', () => {
    const cause = Object.assign(new Error('Body is not valid JSON'), { code: 'FST_ERR_CTP_INVALID_JSON_BODY', statusCode: 400 });
    const body = toProblem(new BadRequestException('Body is not valid JSON', { cause }), request, 'en');
    expect(body).toMatchObject({ status: 400, code: 'MALFORMED_JSON', errors: [{ field: 'body', code: 'MALFORMED_JSON' }] });
  });

  it('answers 400 INVALID_DATE when PostgreSQL refuses a date (22008, 22007), without the driver’s message', () => {
    const log = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const overflow = new QueryFailedError(
      'SELECT $1::date',
      ['2026-02-30'],
      Object.assign(new Error('date/time field value out of range: "2026-02-30"'), { code: '22008' }),
    );
    const format = Object.assign(new Error('invalid input syntax for type date: "x"'), { code: '22007' });
    for (const error of [overflow, format]) {
      const body = toProblem(error, request, 'en');
      expect(body).toMatchObject({ status: 400, code: 'INVALID_DATE', title: 'Bad Request', requestId: 'req-1' });
      expect(JSON.stringify(body)).not.toMatch(/out of range|syntax|SELECT/);
    }
    log.mockRestore();
  });

  it('answers 503 DATABASE_UNAVAILABLE while PostgreSQL cannot be reached, without the driver’s message', () => {
    const log = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const broken = new QueryFailedError('SELECT secret FROM t', [], new Error('Connection terminated unexpectedly'));
    for (const error of [refused, broken, new Error('timeout exceeded when trying to connect')]) {
      const body = toProblem(error, request, 'en');
      expect(body).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE', title: 'Service Unavailable', requestId: 'req-1' });
      expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|5432|secret|terminated/);
    }
    expect(log).toHaveBeenCalledTimes(3);
    log.mockRestore();
  });

  it('keeps a database error that is not about reaching it a 500', () => {
    const log = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const body = toProblem(new QueryFailedError('SELEC 1', [], Object.assign(new Error('syntax error'), { code: '42601' })), request, 'en');
    expect(body).toMatchObject({ status: 500, code: 'INTERNAL_ERROR' });
    log.mockRestore();
  });

  it('hides an unexpected error behind a 500 that names the request id only', () => {
    const log = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const body = toProblem(new TypeError("Cannot read properties of undefined (reading 'secret')"), request, 'en');
    expect(body).toMatchObject({ status: 500, code: 'INTERNAL_ERROR', requestId: 'req-1' });
    expect(body.detail).toContain('req-1');
    expect(JSON.stringify(body)).not.toMatch(/secret|TypeError|\.ts:\d+/);
    expect(log).toHaveBeenCalledTimes(1);
    log.mockRestore();
  });
});
