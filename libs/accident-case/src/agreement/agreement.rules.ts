import { refuse } from '../domain/case.errors';
import { invalidAllocation } from '../domain/case.rules';
import type { Allocation } from '../domain/case.types';
import { isSelfNegotiable, isValidAllocation } from '../domain/liability-rules';

/** A valid allocation the parties may agree online (FULL/NONE), or the refusal that says why not. */
export function requireSelfNegotiable(allocation: Allocation): Allocation {
  if (!isValidAllocation(allocation)) throw invalidAllocation();
  if (!isSelfNegotiable(allocation)) {
    throw refuse.rule(
      'AGREEMENT_NEEDS_POLICE',
      'Only a FULL/NONE allocation can be agreed online; ask for a police decision instead',
      [{ field: 'allocation', message: 'must be FULL/NONE' }],
    );
  }
  return allocation;
}
