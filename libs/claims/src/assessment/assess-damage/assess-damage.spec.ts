import type { ClaimCommand } from '../../domain/claim.commands';
import type { ClaimEvent } from '../../domain/claim.events';
import { accepted, assessed, opened, refused, spec, T } from '../../domain/claim.fixtures';

describe('AssessDamage', () => {
  const assess = (
    insurer = 'CPIC',
    lineItems = [
      { description: ' rear bumper ', amountFen: 300_000 },
      { description: 'tail light', amountFen: 200_000 },
    ],
  ): ClaimCommand => ({
    type: 'AssessDamage',
    adjusterId: 'adjuster-cpic',
    insurer,
    lineItems,
    now: T(5),
  });

  it('records line items and their total', () => spec.given([opened()]).when(assess()).then([assessed]));
  it('is only for the handling insurer', () => refused([opened()], assess('PICC'), 'CLAIM_NOT_FOUND'));
  it('refuses amounts that are not positive whole fen', () =>
    refused(
      [opened()],
      assess('CPIC', [
        { description: 'x', amountFen: 10.5 },
        { description: 'y', amountFen: 0 },
      ]),
      'INVALID_LINE_ITEMS',
    ));
  it('refuses an empty assessment', () => refused([opened()], assess('CPIC', []), 'INVALID_LINE_ITEMS'));
  it('can be done again after the claimant rejected it', () => {
    const rejected: ClaimEvent = { type: 'AssessmentRejected', data: { reason: 'too low', rejectedAt: T(6) } };
    spec.given([opened(), assessed, rejected]).when(assess()).then([assessed]);
  });
  it('refuses a second assessment once accepted', () =>
    refused([opened(), assessed, accepted], assess(), 'INVALID_CLAIM_STATUS'));
});
