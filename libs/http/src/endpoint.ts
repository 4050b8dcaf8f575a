import { applyDecorators, Get, HttpCode, Post, SetMetadata, type Type } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiExcludeEndpoint,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { z } from 'zod';
import type { EndpointPolicy } from './policy';
import { openApiSchema } from './validation';

/** What a route answers on success: status, then a JSON schema, binary types or a text type. */
export type SuccessResponse =
  | { status: number; json: z.ZodType; alsoStatus?: { status: number; json: z.ZodType } }
  | { status: number; binary: readonly string[] }
  | { status: number; text: string };

/**
 * One endpoint, declared where its use case lives: its route, its policy row, its documented
 * request and answer. `@Route(spec)` puts it on the handler; the guard, the start-up check, the
 * OpenAPI document and the access matrix all read it from there.
 */
export interface EndpointSpec {
  method: 'GET' | 'POST';
  /** As the policy names it: `/cases/:caseId/join`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  policy: EndpointPolicy;
  response: SuccessResponse;
  /** The JSON body, documented from the schema that validates it. */
  body?: z.ZodType;
  /** A multipart body, documented as OpenAPI (the file cannot be a zod schema). */
  multipart?: Record<string, unknown>;
  /** The query string, documented from the schema that parses it. */
  query?: z.ZodType;
  produces?: string;
  /** Served but left out of the OpenAPI document. */
  undocumented?: boolean;
  /**
   * Problem codes this endpoint answers with, by status, beyond the generic ones every endpoint
   * of its kind may answer: documented in OpenAPI (in each problem's description and `x-codes`).
   */
  problems?: Partial<Record<400 | 404 | 409 | 422, readonly string[]>>;
}

export interface Endpoint extends EndpointSpec {
  /** `POST /cases/:caseId/join`. */
  key: string;
}

export const ENDPOINT = 'quickclaim:endpoint';

export function endpoint(spec: EndpointSpec): Endpoint {
  return { ...spec, key: `${spec.method} ${spec.path}` };
}

/**
 * A query: a GET that takes no body and answers 200 with `json`. `object` is the rule on what it
 * reads when its path names one; a list without one is the caller's by construction.
 */
export function queryEndpoint({
  roles,
  object,
  json,
  ...declared
}: Pick<EndpointSpec, 'path' | 'tag' | 'summary' | 'description' | 'query'> & {
  roles: EndpointPolicy['roles'];
  object?: EndpointPolicy['object'];
  json: z.ZodType;
}): Endpoint {
  return endpoint({
    method: 'GET',
    ...declared,
    policy: { roles, ...(object ? { object } : {}), body: 'none' },
    response: { status: 200, json },
  });
}

/**
 * The same query, live: `<path>/stream`, server-sent events for whoever may ask the query, with
 * its tag, policy row and query string.
 */
export function liveEndpoint(
  query: Endpoint,
  { summary, description }: Pick<EndpointSpec, 'summary' | 'description'>,
): Endpoint {
  return endpoint({
    method: 'GET',
    path: `${query.path}/stream`,
    tag: query.tag,
    summary,
    ...(description ? { description } : {}),
    policy: query.policy,
    ...(query.query ? { query: query.query } : {}),
    produces: 'text/event-stream',
    response: { status: 200, text: 'text/event-stream' },
  });
}

/** Declares a handler as the endpoint: its route, status, documentation and policy row. */
export function Route(spec: EndpointSpec | Endpoint): MethodDecorator {
  const declared = 'key' in spec ? spec : endpoint(spec);
  const { method, path, response, policy } = declared;
  return applyDecorators(
    method === 'GET' ? Get(path) : Post(path),
    ...(method === 'POST' ? [HttpCode(response.status)] : []),
    ApiTags(declared.tag),
    ...(policy.roles === 'public' ? [] : [ApiBearerAuth()]),
    ApiOperation({ summary: declared.summary, ...(declared.description ? { description: declared.description } : {}) }),
    ...(declared.body ? [ApiBody({ schema: openApiSchema(declared.body) })] : []),
    ...(declared.multipart ? [ApiConsumes('multipart/form-data'), ApiBody({ schema: declared.multipart })] : []),
    ...(declared.produces ? [ApiProduces(declared.produces)] : []),
    ...(declared.undocumented ? [ApiExcludeEndpoint()] : []),
    SetMetadata(ENDPOINT, declared),
  );
}

/** The endpoint a handler declared, if any. */
export function endpointOf(handler: object): Endpoint | undefined {
  return Reflect.getMetadata(ENDPOINT, handler) as Endpoint | undefined;
}

/** Every endpoint the given controllers declare, in their order. */
export function endpointsOf(controllers: readonly Type<unknown>[]): Endpoint[] {
  return controllers.flatMap((controller) =>
    methodNames(controller.prototype as object).flatMap((name) => {
      const handler = (controller.prototype as Record<string, unknown>)[name];
      const declared = typeof handler === 'function' ? endpointOf(handler) : undefined;
      return declared ? [declared] : [];
    }),
  );
}

export function methodNames(prototype: object): string[] {
  const names = new Set<string>();
  for (let current = prototype; current && current !== Object.prototype; current = Object.getPrototypeOf(current)) {
    for (const name of Object.getOwnPropertyNames(current)) if (name !== 'constructor') names.add(name);
  }
  return [...names];
}
