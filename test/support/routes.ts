import type { INestApplication } from '@nestjs/common';
import { RequestMethod } from '@nestjs/common';
import { INTERCEPTORS_METADATA, METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { ACCESS_POLICY, type AccessPolicy } from '#platform';

export interface RouteInfo {
  /** e.g. `GET /api/v1/users/:userId` */
  key: string;
  method: string;
  path: string;
  policy: AccessPolicy | undefined;
  /** Class names of the interceptors the handler declares (global ones not included). */
  interceptors: string[];
  /** The controller class and the name of its method that serves the route. */
  controller: Function;
  handlerName: string;
}

const join = (...parts: string[]) =>
  `/${parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .join('/')}`;

/** Every route of a running app, from Nest's router metadata, with the access policy it declares. */
export function routesOf(app: INestApplication): RouteInfo[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const reflector = new Reflector();
  const routes: RouteInfo[] = [];
  for (const wrapper of discovery.getControllers()) {
    const { instance, metatype } = wrapper;
    if (!instance || !metatype) continue;
    const base = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, metatype) ?? '')[0];
    const prototype = Object.getPrototypeOf(instance) as Record<string, (...a: unknown[]) => unknown>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name];
      const subPath = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      if (subPath === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      for (const sub of ([] as string[]).concat(subPath)) {
        const path = join(base, sub);
        const policy = reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [handler, metatype]);
        const interceptors = ((Reflect.getMetadata(INTERCEPTORS_METADATA, handler) ?? []) as object[]).map((i) =>
          typeof i === 'function' ? i.name : i.constructor.name,
        );
        routes.push({ key: `${method} ${path}`, method, path, policy, interceptors, controller: metatype as Function, handlerName: name });
      }
    }
  }
  return routes.sort((a, b) => a.key.localeCompare(b.key));
}

/** The body and query DTO classes each route takes (`@Body()`/`@Query()` typed by a class), with the route's key. */
export function requestDtosOf(app: INestApplication): { key: string; type: Function }[] {
  const dtos: { key: string; type: Function }[] = [];
  for (const route of routesOf(app)) {
    const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, route.controller, route.handlerName) ?? {}) as Record<string, { index: number }>;
    const types = (Reflect.getMetadata('design:paramtypes', route.controller.prototype, route.handlerName) ?? []) as Function[];
    for (const [argKey, { index }] of Object.entries(args)) {
      const kind = Number(argKey.split(':')[0]);
      if (kind !== RouteParamtypes.BODY && kind !== RouteParamtypes.QUERY) continue;
      const type = types[index];
      if (!type || ([Object, String, Buffer, Array] as Function[]).includes(type)) continue;
      dtos.push({ key: route.key, type });
    }
  }
  return dtos;
}
