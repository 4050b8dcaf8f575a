import { EventLog, ProjectionSpecification } from '@quickclaim/testing';
import type { CaseEvent } from '../../domain/case.events';
import { CASE_ID, declaredByB, joined, reported } from '../../domain/case.fixtures';
import { evolveCaseIndex, normalPlate, type CaseIndexDocument } from './case-index.projection';

const spec = ProjectionSpecification<CaseIndexDocument | null, ReturnType<EventLog['record']>[number]>(
  evolveCaseIndex,
  null,
);

const history = (...events: CaseEvent[]) =>
  new EventLog({ sub: 'driver-a', role: 'driver' }).record(`case-${CASE_ID}`, events);

describe('the audit case index', () => {
  it('keeps the plates and phones of both parties, from the report and the join', () => {
    spec.given(history(reported, joined, declaredByB)).then((document) => {
      expect(document).toMatchObject({
        _id: CASE_ID,
        caseId: CASE_ID,
        plates: ['渝A12345', '渝B67890'],
        phones: ['13800000001', '13800000002'],
      });
    });
  });

  it('has no case before its report', () => {
    spec.given(history(joined)).then((document) => expect(document).toBeNull());
  });

  it('finds a plate however it is typed', () => {
    expect(normalPlate('渝a 12345')).toBe('渝A12345');
    expect(normalPlate('渝A·12345')).toBe('渝A12345');
  });
});
