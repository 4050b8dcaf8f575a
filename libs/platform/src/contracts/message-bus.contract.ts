import { randomUUID } from 'node:crypto';
import type { BusMessage, MessageBus } from '../ports/message-bus.port';

/** What every message bus must do; topics and groups are unique per test so a shared broker works. */
export function describeMessageBusContract(name: string, makeBus: () => Promise<MessageBus>, timeoutMs = 5000): void {
  describe(`${name} message bus contract`, () => {
    let bus: MessageBus;
    beforeEach(async () => {
      bus = await makeBus();
    });
    afterEach(async () => {
      await bus.close();
    });

    const message = (topic: string, key: string, index: number): BusMessage => ({
      topic,
      key,
      value: { version: 1, index, text: '定损' },
      headers: { 'event-id': randomUUID() },
    });

    const collect = (count: number, into: BusMessage[], fail?: { times: number }) => async (received: BusMessage) => {
      if (fail && fail.times > 0) {
        fail.times -= 1;
        throw new Error('handler failed once');
      }
      into.push(received);
      if (into.length > count) throw new Error('more messages than published');
    };

    const waitFor = async (condition: () => boolean) => {
      const deadline = Date.now() + timeoutMs;
      while (!condition()) {
        if (Date.now() > deadline) throw new Error('timed out waiting for messages');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };

    it('delivers published messages with key, value and headers, in order per key', async () => {
      const topic = `contract-${randomUUID()}`;
      const received: BusMessage[] = [];
      const subscription = await bus.subscribe(topic, `group-${randomUUID()}`, collect(3, received));
      const sent = [0, 1, 2].map((index) => message(topic, 'case-1', index));
      await bus.publish(sent);
      await waitFor(() => received.length === 3);
      expect(received.map((entry) => entry.value)).toEqual(sent.map((entry) => entry.value));
      expect(received.map((entry) => entry.headers['event-id'])).toEqual(
        sent.map((entry) => entry.headers['event-id']),
      );
      expect(received[0]).toMatchObject({ topic, key: 'case-1' });
      await subscription.stop();
    });

    it('delivers messages published before the group subscribed', async () => {
      const topic = `contract-${randomUUID()}`;
      await bus.publish([message(topic, 'k', 0)]);
      const received: BusMessage[] = [];
      const subscription = await bus.subscribe(topic, `group-${randomUUID()}`, collect(1, received));
      await waitFor(() => received.length === 1);
      await subscription.stop();
    });

    it('delivers again a message whose handler failed, then moves on', async () => {
      const topic = `contract-${randomUUID()}`;
      const received: BusMessage[] = [];
      const subscription = await bus.subscribe(topic, `group-${randomUUID()}`, collect(2, received, { times: 1 }));
      await bus.publish([message(topic, 'k', 0), message(topic, 'k', 1)]);
      await waitFor(() => received.length === 2);
      expect(received.map((entry) => entry.value.index)).toEqual([0, 1]);
      await subscription.stop();
    });

    it('gives each group every message', async () => {
      const topic = `contract-${randomUUID()}`;
      const first: BusMessage[] = [];
      const second: BusMessage[] = [];
      const subscriptions = await Promise.all([
        bus.subscribe(topic, `group-${randomUUID()}`, collect(2, first)),
        bus.subscribe(topic, `group-${randomUUID()}`, collect(2, second)),
      ]);
      await bus.publish([message(topic, 'a', 0), message(topic, 'b', 1)]);
      await waitFor(() => first.length === 2 && second.length === 2);
      await Promise.all(subscriptions.map((subscription) => subscription.stop()));
    });
  });
}
