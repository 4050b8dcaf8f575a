import { describeNotificationGatewayContract } from '../contracts/notification-gateway.contract';
import { RecordingSmsGateway } from './recording.sms-gateway';

describeNotificationGatewayContract('simulated (recording)', async () => {
  const gateway = new RecordingSmsGateway();
  const farEnd = {
    received: () => gateway.sent,
    goDown: () => gateway.goDown(),
    comeUp: () => gateway.comeUp(),
    refuseNumber: (phone: string) => gateway.refuseNumber(phone),
  };
  return { gateway, farEnd };
});

describe('the simulated SMS gateway', () => {
  it('logs that it sent, never what: a text may hold a one-time code', async () => {
    const lines: string[] = [];
    const gateway = new RecordingSmsGateway({ log: (line) => lines.push(line) });
    await gateway.send({ id: 'sms-1', to: '13800000001', text: '验证码 482913，10 分钟内有效' });
    expect(lines).toEqual([expect.stringContaining('138****0001')]);
    expect(lines.join('\n')).not.toContain('482913');
    expect(gateway.lastTo('13800000001')?.text).toContain('482913');
  });

  it('keeps only the newest messages it was told to keep', async () => {
    const gateway = new RecordingSmsGateway({ keep: 2 });
    for (const id of ['1', '2', '3']) await gateway.send({ id, to: '13800000001', text: id });
    expect(gateway.sent.map((message) => message.id)).toEqual(['2', '3']);
  });
});
