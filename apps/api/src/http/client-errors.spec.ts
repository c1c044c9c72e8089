import { clientErrorProblem } from './client-errors.js';
import { unsupportedMediaType } from './problem-details.filter.js';

describe('clientErrorProblem', () => {
  it.each([
    ['HPE_INVALID_URL', 400, 'MALFORMED_URL'],
    ['HPE_HEADER_OVERFLOW', 431, 'HEADERS_TOO_LARGE'],
    ['ERR_HTTP_REQUEST_TIMEOUT', 408, 'REQUEST_TIMEOUT'],
    ['HPE_INVALID_METHOD', 400, 'MALFORMED_REQUEST'],
    [undefined, 400, 'MALFORMED_REQUEST'],
  ])('maps the parser error %s to %i %s with the request id', (code, status, problemCode) => {
    expect(clientErrorProblem({ code }, 'req-9')).toMatchObject({
      status,
      code: problemCode,
      requestId: 'req-9',
      type: `/problems/${problemCode.toLowerCase().replaceAll('_', '-')}`,
    });
  });
});

describe('unsupportedMediaType', () => {
  it('names the type sent and the types accepted', () => {
    const body = unsupportedMediaType('multipart/form-data; boundary=----x', ['text/csv', 'application/pdf'], { id: 'r', url: '/u' }, 'en');
    expect(body).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', accepted: ['text/csv', 'application/pdf'], requestId: 'r' });
    expect(body.detail).toBe('The content type multipart/form-data is not accepted here; send text/csv or application/pdf.');
  });

  it('says when no content type was sent', () => {
    expect(unsupportedMediaType(undefined, ['application/json'], { id: 'r', url: '/u' }, 'en').detail).toBe(
      'The body without a content type is not accepted here; send application/json.',
    );
  });
});
