import type { PipeTransform } from '@nestjs/common';
import { ProblemException } from './problem';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that cannot exist is answered like one that does not: 404 with the resource's code. */
export function idOf(notFoundCode: string): PipeTransform<string, string> {
  return {
    transform(value: string): string {
      if (!UUID.test(value)) throw new ProblemException(404, notFoundCode, 'No such resource');
      return value.toLowerCase();
    },
  };
}
