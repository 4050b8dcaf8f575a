import { RequestMethod, type INestApplication, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { ALLOWED_ROLES, IS_PUBLIC, endpointOf, methodNames, type Endpoint, type Role } from '@quickclaim/http';

/** `POST /cases/:caseId/join`: how a route is named in the policy. */
export function routeKey(controller: object, handler: object): string | undefined {
  const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
  const handlerPath = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
  if (method === undefined || handlerPath === undefined) return undefined;
  const controllerPath = (Reflect.getMetadata(PATH_METADATA, controller) as string | string[] | undefined) ?? '';
  const path = `/${[first(controllerPath), first(handlerPath)].join('/')}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
  return `${RequestMethod[method]} ${path}`;
}

function first(path: string | string[]): string {
  return Array.isArray(path) ? (path[0] ?? '') : path;
}

export interface DeclaredRoute {
  key: string;
  where: string;
  /** The endpoint the handler declared with @Route, carrying its policy row. */
  endpoint?: Endpoint;
  declaredPublic: boolean;
  declaredRoles?: Role[];
}

/** Every route of every controller the application registered. */
export function declaredRoutes(app: INestApplication): DeclaredRoute[] {
  const routes: DeclaredRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type<unknown> | null;
      if (!controller) continue;
      for (const name of methodNames(controller.prototype as object)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function') continue;
        const key = routeKey(controller, handler);
        if (!key) continue;
        const roles = (Reflect.getMetadata(ALLOWED_ROLES, handler) ??
          Reflect.getMetadata(ALLOWED_ROLES, controller)) as Role[] | undefined;
        const endpoint = endpointOf(handler);
        routes.push({
          key,
          where: `${controller.name}.${name}`,
          ...(endpoint ? { endpoint } : {}),
          declaredPublic: Boolean(
            Reflect.getMetadata(IS_PUBLIC, handler) ?? Reflect.getMetadata(IS_PUBLIC, controller),
          ),
          ...(roles ? { declaredRoles: roles } : {}),
        });
      }
    }
  }
  return routes;
}
