import type { INestApplication } from '@nestjs/common';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import { DECORATORS } from '@nestjs/swagger';

/** Where a route takes its body from when it declares nothing else: the API speaks JSON. */
export const DEFAULT_MEDIA_TYPES: readonly string[] = ['application/json'];

interface Route {
  method: string;
  pattern: RegExp;
  /** The path as Fastify registers it (`/api/v1/imports/:kind`). */
  path: string;
  /** The body types the route accepts: its `@ApiConsumes`, else JSON. */
  accepts: readonly string[];
}

const join = (...parts: string[]) =>
  `/${parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .join('/')}`;
const patternOf = (path: string) =>
  new RegExp(
    `^${path
      .split('/')
      .map((s) => (s.startsWith(':') ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/')}/?$`,
  );

/**
 * The routes of the app as its controllers declare them, read once on first use (after the app
 * has started): what body types each route accepts, for a 415 that names them, and which methods a
 * path has, for a 405 with `Allow` instead of a 404 when only the method is wrong.
 */
export class RouteTable {
  private routes: Route[] | undefined;

  constructor(private readonly app: INestApplication) {}

  /** The body types the route registered as `method path` accepts. */
  acceptsOf(method: string, path: string | undefined): readonly string[] {
    return this.all().find((r) => r.method === method && r.path === path)?.accepts ?? DEFAULT_MEDIA_TYPES;
  }

  /** The methods served on a concrete URL path (no query), HEAD with GET. */
  methodsOf(urlPath: string): string[] {
    const methods = new Set(
      this.all()
        .filter((r) => r.pattern.test(urlPath))
        .map((r) => r.method),
    );
    if (methods.has('GET')) methods.add('HEAD');
    return [...methods].sort();
  }

  private all(): Route[] {
    this.routes ??= this.read();
    return this.routes;
  }

  private read(): Route[] {
    const discovery = new DiscoveryService(this.app.get(ModulesContainer));
    const scanner = new MetadataScanner();
    const routes: Route[] = [];
    for (const { instance, metatype } of discovery.getControllers()) {
      if (!instance || !metatype) continue;
      const base = ([] as string[]).concat((Reflect.getMetadata(PATH_METADATA, metatype) as string | string[] | undefined) ?? '')[0];
      const prototype = Object.getPrototypeOf(instance) as Record<string, (...a: unknown[]) => unknown>;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name];
        const sub = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (sub === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        const consumes = (Reflect.getMetadata(DECORATORS.API_CONSUMES, handler) ?? Reflect.getMetadata(DECORATORS.API_CONSUMES, metatype)) as
          string[] | undefined;
        for (const s of ([] as string[]).concat(sub)) {
          const path = join(base, s);
          routes.push({ method, path, pattern: patternOf(path), accepts: consumes?.length ? consumes : DEFAULT_MEDIA_TYPES });
        }
      }
    }
    return routes;
  }
}
