import { Injectable, type PipeTransform } from '@nestjs/common';
import { RequestValidationError } from '../errors/request-validation.error.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A path parameter that must be a UUID; otherwise 400 naming the parameter. */
@Injectable()
export class UuidParam implements PipeTransform<string, string> {
  constructor(private readonly name: string) {}

  transform(value: string): string {
    if (!UUID.test(value)) throw new RequestValidationError([{ field: this.name, code: 'IS_UUID', message: `${this.name} must be a UUID` }]);
    return value.toLowerCase();
  }
}
