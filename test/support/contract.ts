import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Every response the end-to-end tests receive, checked against the committed contract
 * (`openapi.json`, itself checked against the code by apps/api/src/openapi.spec.ts): the
 * operation (method + path template) must be documented, the status declared, the media type
 * declared for that status, and a JSON body valid against the declared schema (ajv, OpenAPI 3.0
 * dialect: `nullable` honoured). A mismatch is recorded here and fails the running test
 * (test/support/contract-setup.ts), so drift between code and contract fails `npm test`.
 */

type Schema = Record<string, unknown>;
interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}
type Document = { paths: Record<string, Record<string, Operation>> } & Record<string, unknown>;

const VIOLATIONS_KEY = Symbol.for('cej.contract.violations');
type Holder = { [VIOLATIONS_KEY]?: string[] };

/** Violations recorded since the last call, cleared. */
export function takeContractViolations(): string[] {
  const holder = globalThis as Holder;
  const found = holder[VIOLATIONS_KEY] ?? [];
  holder[VIOLATIONS_KEY] = [];
  return found;
}

function record(violation: string): void {
  const holder = globalThis as Holder;
  (holder[VIOLATIONS_KEY] ??= []).push(violation);
}

/**
 * OpenAPI 3.0 `nullable` only widens `type`; Nest also writes it next to `$ref` or `allOf` (a
 * nullable nested DTO), where ajv would still refuse null in the referenced schema. Generated
 * clients read those as "the schema or null", and so does this: `anyOf: [schema, null]`.
 */
function normalise(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalise);
  if (node === null || typeof node !== 'object') return node;
  const out: Schema = {};
  for (const [key, value] of Object.entries(node)) out[key] = normalise(value);
  if (
    out.nullable === true &&
    (out.type === undefined || out.$ref !== undefined || out.allOf !== undefined || out.oneOf !== undefined || out.anyOf !== undefined)
  ) {
    const { nullable: _nullable, ...rest } = out;
    return { anyOf: [rest, { type: 'null' }] };
  }
  return out;
}

const pointerSegment = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');

/** Media type without parameters (`application/json; charset=utf-8` → `application/json`). */
const mediaTypeOf = (header: unknown) =>
  String(header ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();

export class ContractChecker {
  private readonly ajv: Ajv;
  private readonly document: Document;
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(document: Document) {
    this.document = normalise(document) as Document;
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats.default(this.ajv);
    // File bodies: not validated as text.
    this.ajv.addFormat('binary', true);
    this.ajv.addSchema(this.document, 'contract');
  }

  static fromCommittedDocument(): ContractChecker {
    return new ContractChecker(JSON.parse(readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8')) as Document);
  }

  /** The problems of one response (empty when it matches the contract). */
  check(method: string, routeUrl: string, status: number, contentType: unknown, body: unknown): string[] {
    const path = routeUrl.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const verb = method.toLowerCase();
    const where = `${method} ${path} → ${status}`;
    const operation = this.document.paths[path]?.[verb];
    if (!operation) return [`${where}: the operation is not in openapi.json`];
    const responses = operation.responses ?? {};
    const statusKey = [String(status), `${String(status)[0]}XX`, 'default'].find((key) => responses[key]);
    if (!statusKey) return [`${where}: status ${status} is not declared (declared: ${Object.keys(responses).join(', ')})`];
    const content = responses[statusKey].content;
    if (!content) return body === undefined || body === '' ? [] : [`${where}: a body was sent where the contract declares none`];
    const mediaType = mediaTypeOf(contentType);
    const declared = content[mediaType] ?? content['*/*'];
    if (!declared) return [`${where}: media type ${mediaType || '(none)'} is not declared (declared: ${Object.keys(content).join(', ')})`];
    if (!declared.schema || !/json$/.test(mediaType) || body === undefined) return [];
    const pointer = ['paths', path, verb, 'responses', statusKey, 'content', content[mediaType] ? mediaType : '*/*', 'schema'].map(pointerSegment).join('/');
    const errors = this.errorsOf(pointer, body);
    return errors ? [`${where}: the body does not match its schema: ${errors}`] : [];
  }

  /** Why `value` is invalid against the schema at `pointer` in the document (`components/schemas/X`), or null. */
  errorsOf(pointer: string, value: unknown): string | null {
    let validate = this.validators.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `contract#/${pointer}` });
      this.validators.set(pointer, validate);
    }
    return validate(value) ? null : this.ajv.errorsText(validate.errors, { separator: '; ' });
  }
}

let shared: ContractChecker | undefined;

/** Checks every response of this Fastify instance against the contract (see above). */
export function checkResponsesAgainstContract(fastify: FastifyInstance): void {
  const checker = (shared ??= ContractChecker.fromCommittedDocument());
  fastify.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const routeUrl = request.routeOptions.url;
    // No route matched (a 404 for an unknown path) or a CORS preflight: no operation to compare with.
    if (!routeUrl || request.method === 'OPTIONS' || request.method === 'HEAD') return payload;
    let body: unknown;
    if (typeof payload === 'string' || Buffer.isBuffer(payload)) {
      const text = payload.toString();
      if (/json$/.test(mediaTypeOf(reply.getHeader('content-type')))) {
        try {
          body = text === '' ? undefined : JSON.parse(text);
        } catch {
          record(`${request.method} ${routeUrl} → ${reply.statusCode}: the body is not JSON`);
          return payload;
        }
      } else {
        body = text;
      }
    }
    for (const problem of checker.check(request.method, routeUrl, reply.statusCode, reply.getHeader('content-type'), body)) {
      record(`${problem} (${request.method} ${request.url})`);
    }
    return payload;
  });
}
