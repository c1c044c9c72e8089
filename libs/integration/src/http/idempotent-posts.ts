import { Injectable, RequestMethod } from '@nestjs/common';
import { INTERCEPTORS_METADATA, METHOD_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { IdempotencyInterceptor } from './idempotency.interceptor.js';

/**
 * Puts the `Idempotency-Key` interceptor on every POST handler of every controller, and on nothing
 * else. As a global interceptor (APP_INTERCEPTOR) it would also make Nest run every GET, PUT and
 * DELETE through its interceptor chain (rxjs streams per request) for nothing: about 8 % of the
 * API's CPU on a plain read (BENCHMARKS.md, HTTP).
 *
 * It runs when Nest creates the module's providers, which is before the router is built (Nest reads
 * a route's interceptors then); the interceptor is given as an instance, so it needs no provider in
 * the controller's own module. test/e2e/idempotency.e2e-spec.ts checks that every POST route of the
 * router has it and no other route does.
 */
@Injectable()
export class IdempotentPosts {
  constructor(discovery: DiscoveryService, scanner: MetadataScanner, interceptor: IdempotencyInterceptor) {
    for (const wrapper of discovery.getControllers()) {
      const prototype = (wrapper.metatype as { prototype?: object } | null)?.prototype;
      if (!prototype) continue;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = (prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) !== RequestMethod.POST) continue;
        // The metadata is the class's, shared by every application made in this process (tests make
        // several): an earlier application's instance is replaced, each router takes the one of its own.
        const others = ((Reflect.getMetadata(INTERCEPTORS_METADATA, handler) ?? []) as unknown[]).filter((i) => !(i instanceof IdempotencyInterceptor));
        Reflect.defineMetadata(INTERCEPTORS_METADATA, [interceptor, ...others], handler);
      }
    }
  }
}
