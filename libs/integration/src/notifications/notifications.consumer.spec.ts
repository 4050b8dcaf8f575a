import { FixedClock, SequentialIdGenerator, type BusMessage } from '@quickclaim/platform';
import { InMemoryEventStore, InProcessMessageBus, RecordingSmsGateway } from '@quickclaim/platform/memory';
import { TOPICS } from '../topics';
import { notificationBusMessage, type NotificationMessage } from './notification-messages';
import { NotificationsConsumer } from './notifications.consumer';

const T0 = '2026-11-22T08:00:00.000Z';
const decided: NotificationMessage = {
  version: 1,
  kind: 'LIABILITY_DECIDED',
  caseId: 'c-1',
  to: ['13800000001', '13800000002'],
  allocation: { A: 'FULL', B: 'NONE' },
  basis: 'POLICE',
  respondBy: '2026-11-25T08:00:00.000Z',
};
const cause = { eventId: '00000000-0000-4000-8000-0000000000e1', correlationId: 'request-1' };

function consumer() {
  const eventStore = new InMemoryEventStore();
  const gateway = new RecordingSmsGateway();
  const warnings: string[] = [];
  const bus = new InProcessMessageBus(5);
  const subject = new NotificationsConsumer({
    bus,
    gateway,
    eventStore,
    clock: new FixedClock(T0),
    ids: new SequentialIdGenerator(),
    texts: { linkBaseUrl: 'http://localhost:3000', timeZone: 'Asia/Shanghai' },
    log: { warn: (line) => warnings.push(line) },
  });
  const records = async () =>
    (await eventStore.readAll()).map((event) => ({ stream: event.streamId, type: event.type, data: event.data }));
  return { subject, gateway, eventStore, warnings, bus, records };
}

const waitUntil = async (condition: () => boolean | Promise<boolean>) => {
  for (let tries = 0; !(await condition()); tries += 1) {
    if (tries > 200) throw new Error('condition never held');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe('the notifications consumer', () => {
  it('sends one text per phone and records each as sent, with the phone masked and no text', async () => {
    const { subject, gateway, records } = consumer();
    await subject.handle(notificationBusMessage(decided, cause));
    expect(gateway.sent.map((sms) => sms.to)).toEqual(['13800000001', '13800000002']);
    expect(gateway.sent[0]!.text).toContain('甲方全部责任');
    const recorded = await records();
    expect(recorded.map(({ type, data }) => [type, data.to, data.kind, data.gateway])).toEqual([
      ['NotificationSent', '138****0001', 'LIABILITY_DECIDED', 'simulated'],
      ['NotificationSent', '138****0002', 'LIABILITY_DECIDED', 'simulated'],
    ]);
    expect(recorded[0]!.stream).toBe(`notification-${gateway.sent[0]!.id}`);
    expect(JSON.stringify(recorded)).not.toContain('责任');
  });

  it('sends a redelivered request once: its texts are known by the request’s event id and the phone', async () => {
    const { subject, gateway, records } = consumer();
    await subject.handle(notificationBusMessage(decided, cause));
    await subject.handle(notificationBusMessage(decided, cause));
    expect(gateway.sent).toHaveLength(2);
    expect(await records()).toHaveLength(2);
    await subject.handle(
      notificationBusMessage(decided, { ...cause, eventId: '00000000-0000-4000-8000-0000000000e2' }),
    );
    expect(gateway.sent).toHaveLength(4);
  });

  it('records a number refused for good and goes on with the others', async () => {
    const { subject, gateway, records, warnings } = consumer();
    gateway.refuseNumber('13800000001');
    await subject.handle(notificationBusMessage(decided, cause));
    expect(gateway.sent.map((sms) => sms.to)).toEqual(['13800000002']);
    expect((await records()).map(({ type, data }) => [type, data.permanent])).toEqual([
      ['NotificationFailed', true],
      ['NotificationSent', undefined],
    ]);
    expect(warnings).toEqual([expect.stringContaining('refused')]);
    await subject.handle(notificationBusMessage(decided, cause));
    expect(gateway.sent).toHaveLength(1);
  });

  it('keeps a request the gateway could not take on the bus, recorded once, until the gateway is back', async () => {
    const { subject, gateway, records, bus } = consumer();
    gateway.goDown();
    await subject.start();
    await bus.publish([notificationBusMessage(decided, cause)]);
    await waitUntil(async () => (await records()).length === 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await records()).map(({ type, data }) => [type, data.permanent])).toEqual([['NotificationFailed', false]]);
    gateway.comeUp();
    await waitUntil(() => gateway.sent.length === 2);
    expect((await records()).map(({ type }) => type)).toEqual([
      'NotificationFailed',
      'NotificationSent',
      'NotificationSent',
    ]);
    await subject.stop();
  });

  it('never logs a one-time code, even when its SMS fails', async () => {
    const { subject, gateway, warnings } = consumer();
    gateway.refuseNumber('13800000002');
    const code: NotificationMessage = {
      version: 1,
      kind: 'CONFIRMATION_CODE',
      caseId: 'c-1',
      to: ['13800000002'],
      party: 'B',
      code: '482913',
      expiresAt: '2026-11-22T08:10:00.000Z',
      allocation: { A: 'NONE', B: 'FULL' },
      plates: { A: '渝A1', B: '渝B2' },
      organisation: '渝中服务站',
    };
    await subject.handle(notificationBusMessage(code, cause));
    expect(warnings.join('\n')).not.toContain('482913');
  });

  it('acknowledges what it cannot read, with a warning that does not repeat the request', async () => {
    const { subject, gateway, warnings } = consumer();
    const unreadable: BusMessage = {
      topic: TOPICS.notifications,
      key: 'case-c-1',
      value: { version: 9, code: '482913' },
      headers: {},
    };
    await subject.handle(unreadable);
    expect(gateway.sent).toEqual([]);
    expect(warnings).toEqual([expect.stringContaining('not version 1')]);
    expect(warnings.join('')).not.toContain('482913');
  });
});
