import { DeciderSpecification } from '@quickclaim/testing';
import { notificationDecider, stillToSend, type About, type NotificationEvent } from './notification.decider';

const spec = DeciderSpecification(notificationDecider);
const about: About = {
  notificationId: 'sms-1',
  kind: 'LIABILITY_DECIDED',
  caseId: 'case-1',
  to: '138****0001',
  gateway: 'http',
  attempts: 1,
};
const T = '2026-11-22T08:00:00.000Z';
const sent: NotificationEvent = { type: 'NotificationSent', data: { ...about, reference: 'R-1', sentAt: T } };
const failed = (permanent: boolean): NotificationEvent => ({
  type: 'NotificationFailed',
  data: { ...about, attempts: 4, reason: 'HTTP 503', permanent, failedAt: T },
});

describe('the record of one SMS', () => {
  it('records it sent once, however often it is told', () => {
    spec.given([]).when({ type: 'RecordSent', about, reference: 'R-1', now: T }).then([sent]);
    spec.given([sent]).when({ type: 'RecordSent', about, reference: 'R-2', now: T }).thenNothingHappened();
    spec
      .given([failed(false)])
      .when({ type: 'RecordSent', about, reference: 'R-1', now: T })
      .then([sent]);
  });

  it('records the first failure of a gateway that is down, and every refusal for good', () => {
    const down = {
      type: 'RecordFailed' as const,
      about: { ...about, attempts: 4 },
      reason: 'HTTP 503',
      permanent: false,
      now: T,
    };
    spec
      .given([])
      .when(down)
      .then([failed(false)]);
    spec
      .given([failed(false)])
      .when(down)
      .thenNothingHappened();
    spec
      .given([failed(false)])
      .when({ ...down, permanent: true })
      .then([failed(true)]);
    spec.given([sent]).when(down).thenNothingHappened();
  });

  it('is still to send until it was sent or refused for good', () => {
    const state = (events: NotificationEvent[]) =>
      events.reduce(notificationDecider.evolve, notificationDecider.initialState);
    expect(stillToSend(state([]))).toBe(true);
    expect(stillToSend(state([failed(false)]))).toBe(true);
    expect(stillToSend(state([failed(true)]))).toBe(false);
    expect(stillToSend(state([failed(false), sent]))).toBe(false);
  });
});
