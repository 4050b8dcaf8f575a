import { randomUUID } from 'node:crypto';
import {
  NotificationRejectedError,
  NotificationUnavailableError,
  type NotificationGateway,
  type TextMessage,
} from '../ports/notification-gateway.port';

/** The other side of a gateway, as a test drives it: what it received, and how it misbehaves. */
export interface SmsFarEnd {
  /** Each message it accepted, once per id, oldest first. */
  received(): readonly TextMessage[];
  goDown(): void;
  comeUp(): void;
  refuseNumber(phone: string): void;
}

export interface GatewayUnderTest {
  gateway: NotificationGateway;
  farEnd: SmsFarEnd;
  close?(): Promise<void>;
}

/** What every SMS gateway must do, whichever far end it talks to. */
export function describeNotificationGatewayContract(name: string, make: () => Promise<GatewayUnderTest>): void {
  describe(`${name} SMS gateway contract`, () => {
    let subject: GatewayUnderTest;
    beforeEach(async () => {
      subject = await make();
    });
    afterEach(async () => {
      await subject.gateway.close();
      await subject.close?.();
    });

    const message = (to = '13800000001'): TextMessage => ({
      id: randomUUID(),
      to,
      text: '【快处快赔】您的事故（案件 0000000A）交警已认定责任。',
    });

    it('delivers the text to its number and names the far end’s reference', async () => {
      const sent = message();
      const receipt = await subject.gateway.send(sent);
      expect(receipt).toMatchObject({ id: sent.id, attempts: 1 });
      expect(receipt.reference).toEqual(expect.any(String));
      expect(receipt.reference).not.toBe('');
      expect(subject.farEnd.received()).toEqual([sent]);
    });

    it('delivers a message sent again with the same id once', async () => {
      const sent = message();
      await subject.gateway.send(sent);
      await subject.gateway.send(sent);
      await subject.gateway.send(message('13800000002'));
      expect(subject.farEnd.received().map((received) => received.id)).toEqual([
        sent.id,
        expect.not.stringMatching(sent.id),
      ]);
    });

    it('reports a number the far end refuses as rejected for good, and delivers nothing', async () => {
      subject.farEnd.refuseNumber('13800000009');
      await expect(subject.gateway.send(message('13800000009'))).rejects.toBeInstanceOf(NotificationRejectedError);
      expect(subject.farEnd.received()).toEqual([]);
    });

    it('reports a far end that is down as unavailable, and delivers the same message once it is back', async () => {
      const sent = message();
      subject.farEnd.goDown();
      await expect(subject.gateway.send(sent)).rejects.toBeInstanceOf(NotificationUnavailableError);
      expect(subject.farEnd.received()).toEqual([]);
      subject.farEnd.comeUp();
      await subject.gateway.send(sent);
      expect(subject.farEnd.received()).toEqual([sent]);
    });
  });
}
