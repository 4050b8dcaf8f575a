import { z } from 'zod';
import { ProblemException } from './problem';

/** Parses a request part with its schema, or answers 400 VALIDATION_FAILED naming each bad field. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw new ProblemException(
    400,
    'VALIDATION_FAILED',
    'The request is not valid',
    result.error.issues.map((issue) => ({
      field: issue.path.length > 0 ? issue.path.join('.') : '(body)',
      message: issue.message,
    })),
  );
}

/** The OpenAPI body of a route, from the same schema that validates it. */
export function schema(type: z.ZodType): { schema: object } {
  const json = z.toJSONSchema(type, { io: 'input', target: 'openapi-3.0', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  delete json.$schema;
  return { schema: json };
}
