import { Injectable, type PipeTransform } from '@nestjs/common';
import { ProblemException } from './problem';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that cannot exist is answered like one that does not: 404 with the resource's code. */
abstract class UuidPipe implements PipeTransform<string, string> {
  protected abstract readonly notFoundCode: string;

  transform(value: string): string {
    if (!UUID.test(value)) throw new ProblemException(404, this.notFoundCode, 'No such resource');
    return value.toLowerCase();
  }
}

@Injectable()
export class CaseIdPipe extends UuidPipe {
  protected readonly notFoundCode = 'CASE_NOT_FOUND';
}

@Injectable()
export class ClaimIdPipe extends UuidPipe {
  protected readonly notFoundCode = 'CLAIM_NOT_FOUND';
}

@Injectable()
export class PayoutIdPipe extends UuidPipe {
  protected readonly notFoundCode = 'PAYOUT_NOT_FOUND';
}
