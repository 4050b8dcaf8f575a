import { PHOTO_VARIANTS } from '@quickclaim/accident-case';
import type { OpenAPIObject } from '@nestjs/swagger';
import { openApiSchema, type Endpoint, type EndpointPolicy, type SuccessResponse } from '@quickclaim/http';
import type { z } from 'zod';

type Json = Record<string, unknown>;
type Operation = Json & { parameters?: Json[]; responses?: Json; description?: string; security?: unknown };

const ID_PARAMETERS = new Set(['caseId', 'claimId', 'payoutId', 'photoId']);

const PROBLEM = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    code: { type: 'string', pattern: '^[A-Z][A-Z0-9_]*$' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: { field: { type: 'string' }, message: { type: 'string' } },
        additionalProperties: false,
      },
    },
    instance: { type: 'string' },
  },
  additionalProperties: false,
};

/**
 * Completes the document Nest generates from the routes with what their endpoints declare: who
 * may call each operation and how (security, roles, limits), its query parameters, its success
 * body, and every problem it may answer. This is the contract schemathesis fuzzes against.
 */
export function completeOpenApi(document: OpenAPIObject, endpoints: readonly Endpoint[]): OpenAPIObject {
  const byKey = new Map(endpoints.map((endpoint) => [endpoint.key, endpoint]));
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, Problem: PROBLEM },
  };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item as Record<string, Operation>)) {
      const key = `${method.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1')}`;
      const endpoint = byKey.get(key);
      if (!endpoint) continue;
      completeOperation(operation, endpoint);
    }
  }
  return document;
}

function completeOperation(
  operation: Operation,
  { key, policy: row, query, response, problems: codes }: Endpoint,
): void {
  operation.security = row.roles === 'public' ? [] : [{ bearer: [] }];
  operation.description = [operation.description, describe(row)].filter(Boolean).join('\n\n');
  const pathParameters = (operation.parameters ?? []).filter((parameter) => parameter.in === 'path');
  for (const parameter of pathParameters) {
    const name = String(parameter.name);
    parameter.schema =
      name === 'variant'
        ? { type: 'string', enum: [...PHOTO_VARIANTS] }
        : ID_PARAMETERS.has(name)
          ? { type: 'string', format: 'uuid' }
          : { type: 'string' };
  }
  operation.parameters = [...pathParameters, ...queryParameters(query)];
  const requestBody = operation.requestBody as { content?: Record<string, { schema?: Json }> } | undefined;
  for (const media of Object.values(requestBody?.content ?? {})) {
    if (media.schema) delete media.schema.$schema;
  }
  operation.responses = {
    ...success(response),
    ...withCodes(problems(key, row, pathParameters.length > 0), codes),
  };
}

const OWN_PROBLEM: Record<string, string> = {
  400: 'Refused as input',
  404: 'Not found',
  409: 'Conflict with the current state',
  422: 'A business rule refused it',
};

/** The endpoint's own problem codes, named in the description of their status and listed in `x-codes`. */
function withCodes(responses: Json, codes: Endpoint['problems']): Json {
  for (const [status, named] of Object.entries(codes ?? {})) {
    if (!named || named.length === 0) continue;
    // A status only the endpoint's own codes answer with (a 404 of a path without an id) is documented by them.
    const documented = (responses[status] as Json | undefined) ?? problem(OWN_PROBLEM[status] ?? 'Refused');
    responses[status] = {
      ...documented,
      description: `${String(documented.description)}. This endpoint: ${named.join(', ')}`,
      'x-codes': [...named],
    };
  }
  return responses;
}

function describe(row: EndpointPolicy): string {
  if (row.roles === 'public') return 'Public: no token.';
  const parts = [`Roles: ${row.roles.join(', ')}.`];
  if (row.object) {
    const rules = row.object.rules.map((rule) => rule.name).join(' and ');
    parts.push(`Object: the ${row.object.kind}, if ${rules} (else 404/403).`);
  }
  if (row.limit) parts.push(`Rate limit: ${row.limit} (429 with Retry-After).`);
  if (row.body === 'none') parts.push('Takes no body.');
  return parts.join(' ');
}

function queryParameters(schema: z.ZodType | undefined): Json[] {
  if (!schema) return [];
  const json = openApiSchema(schema) as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: (json.required ?? []).includes(name),
    schema: property,
  }));
}

function success(response: SuccessResponse | undefined): Json {
  if (!response) return {};
  if ('json' in response) {
    return {
      [response.status]: {
        description: 'Success',
        content: { 'application/json': { schema: jsonSchema(response.json) } },
      },
      ...(response.alsoStatus
        ? {
            [response.alsoStatus.status]: {
              description: 'Degraded',
              content: { 'application/json': { schema: jsonSchema(response.alsoStatus.json) } },
            },
          }
        : {}),
    };
  }
  if ('binary' in response) {
    const content = Object.fromEntries(
      response.binary.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
    );
    return { [response.status]: { description: 'The bytes', content } };
  }
  return {
    [response.status]: { description: 'Success', content: { [response.text]: { schema: { type: 'string' } } } },
  };
}

function jsonSchema(schema: z.ZodType): Json {
  return openApiSchema(schema, 'output');
}

const PROBLEM_CONTENT = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };

const problem = (description: string, headers?: Json): Json => ({
  description,
  content: PROBLEM_CONTENT,
  ...(headers ? { headers } : {}),
});

function problems(key: string, row: EndpointPolicy, hasPathParameters: boolean): Json {
  const post = key.startsWith('POST ');
  const authenticated = row.roles !== 'public';
  return {
    400: problem('Malformed or invalid input, or a body where none is taken (VALIDATION_FAILED, MALFORMED_JSON)'),
    ...(authenticated
      ? {
          401: problem('No token, or a token that is not valid (UNAUTHENTICATED, INVALID_TOKEN)', {
            'WWW-Authenticate': { required: true, schema: { type: 'string' } },
          }),
          403: problem('The role may not do this (ROLE_NOT_ALLOWED), or the object is not yours to act on'),
        }
      : {}),
    ...(row.object || row.namesObjectInBody || hasPathParameters
      ? { 404: problem('No such object, or not visible to the caller (never tells which)') }
      : {}),
    ...(post && authenticated
      ? {
          409: problem('Conflict with the current state or a concurrent change'),
          422: problem('A business rule refused it, or an Idempotency-Key reused with another body'),
        }
      : {}),
    ...(post ? { 413: problem('The body or the upload is too large') } : {}),
    ...(row.body === 'multipart' ? { 415: problem('Not a supported image') } : {}),
    ...(row.limit
      ? {
          429: problem('Too many requests (RATE_LIMITED)', {
            'Retry-After': { required: true, schema: { type: 'string', pattern: '^[0-9]+$' } },
          }),
        }
      : {}),
    ...(authenticated ? { 503: problem('A store, the views or the identity provider is unavailable; retry') } : {}),
  };
}
