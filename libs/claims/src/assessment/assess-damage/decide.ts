import type { ClaimCommandOf } from '../../domain/claim.commands';
import { refuse } from '../../domain/claim.errors';
import type { ClaimEvent } from '../../domain/claim.events';
import { requireHandlingInsurer, requireStatus } from '../../domain/claim.rules';
import type { OpenedClaimState } from '../../domain/claim.state';

/** The handling insurer's adjuster assesses the damage in line items of positive whole fen. */
export function assessDamage(command: ClaimCommandOf<'AssessDamage'>, state: OpenedClaimState): ClaimEvent[] {
  requireHandlingInsurer(state, command.insurer);
  requireStatus(state, 'AssessDamage');
  const invalid = command.lineItems.flatMap((item, index) => [
    ...(item.description.trim() ? [] : [{ field: `lineItems.${index}.description`, message: 'must not be empty' }]),
    ...(Number.isSafeInteger(item.amountFen) && item.amountFen > 0
      ? []
      : [{ field: `lineItems.${index}.amountFen`, message: 'must be a positive whole number of fen' }]),
  ]);
  if (command.lineItems.length === 0 || invalid.length > 0) {
    throw refuse.invalid('INVALID_LINE_ITEMS', 'An assessment needs line items in positive whole fen', invalid);
  }
  return [
    {
      type: 'DamageAssessed',
      data: {
        lineItems: command.lineItems.map((item) => ({
          description: item.description.trim(),
          amountFen: item.amountFen,
        })),
        totalFen: command.lineItems.reduce((total, item) => total + item.amountFen, 0),
        assessedBy: command.adjusterId,
        assessedAt: command.now,
        ...(command.note ? { note: command.note } : {}),
      },
    },
  ];
}
