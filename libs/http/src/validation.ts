import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { createZodValidationPipe } from 'nestjs-zod';
import { z } from 'zod';
import { ProblemException } from './problem';

/** 400 VALIDATION_FAILED naming each bad field, whichever part of the request it is in. */
export function validationProblem(error: z.ZodError): ProblemException {
  return new ProblemException(
    400,
    'VALIDATION_FAILED',
    'The request is not valid',
    error.issues.map((issue) => ({
      field: issue.path.length > 0 ? issue.path.join('.') : '(body)',
      message: issue.message,
    })),
  );
}

const ZodPipe = createZodValidationPipe({
  createValidationException: (error) => validationProblem(error as z.ZodError),
});

/** nestjs-zod's pipe, answering problem+json; an absent body or query is an empty object. */
class ProblemValidationPipe extends ZodPipe implements PipeTransform {
  override transform(value: unknown, metadata: ArgumentMetadata): unknown {
    return super.transform(value ?? {}, metadata);
  }
}

/** Validates a request part with its schema: `@Body(valid(JoinCaseBody)) input: z.infer<typeof JoinCaseBody>`. */
export function valid(schema: z.ZodType): PipeTransform {
  return new ProblemValidationPipe(schema);
}

/**
 * A body checked only once the caller passed the object's rules, so that a stranger's request
 * is answered 404 whatever its body; a command route (commandRoute) parses it right after the
 * gateway authorized the state the command decides on, and a route that reads a view first takes
 * it with `deferred(Schema)`.
 */
export class Deferred<Input> {
  constructor(
    private readonly schema: z.ZodType<Input>,
    private readonly raw: unknown,
  ) {}

  parse(): Input {
    const result = this.schema.safeParse(this.raw ?? {});
    if (!result.success) throw validationProblem(result.error);
    return result.data;
  }
}

/** `@Body(deferred(Schema)) input: Deferred<…>`: the body, held until the route has checked who asks. */
export function deferred<Schema extends z.ZodType>(schema: Schema): PipeTransform<unknown, Deferred<z.infer<Schema>>> {
  return { transform: (value: unknown) => new Deferred(schema as z.ZodType<z.infer<Schema>>, value) };
}

/** The OpenAPI schema of a request part or an answer, from the zod schema that validates or describes it. */
export function openApiSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io, target: 'openapi-3.0', unrepresentable: 'any' }) as Record<string, unknown>;
  delete json.$schema;
  return json;
}
