import { caseShortCode, confirmationLink, smsTexts } from './sms-texts';
import { parseNotification, type NotificationMessage } from './notification-messages';

const SETTINGS = { linkBaseUrl: 'https://kuaichu.example.cn', timeZone: 'Asia/Shanghai' };
const NOW = '2026-11-22T08:00:00.000Z';
const CASE_ID = '00000000-0000-4000-8000-00000000000a';
const recipients = [
  { party: 'A' as const, phone: '13800000001', plate: '渝A12345' },
  { party: 'B' as const, phone: '13800000002', plate: '渝B67890' },
];
const addressed = { version: 1 as const, caseId: CASE_ID, to: ['13800000001', '13800000002'], recipients };

describe('the texts a driver receives', () => {
  it('names the case by the last 8 characters of its id', () => {
    expect(caseShortCode(CASE_ID)).toBe('0000000A');
    expect(confirmationLink(SETTINGS, CASE_ID, 'B')).toBe(`https://kuaichu.example.cn/#/confirm/${CASE_ID}/B`);
  });

  it('tells each party of a police decision their own liability and the other’s, and until when to answer', () => {
    const texts = smsTexts(
      {
        ...addressed,
        kind: 'LIABILITY_DECIDED',
        allocation: { A: 'NONE', B: 'FULL' },
        basis: 'POLICE',
        respondBy: '2026-11-25T08:00:00.000Z',
      },
      SETTINGS,
      NOW,
    );
    expect(texts).toEqual([
      {
        to: '13800000001',
        text:
          '【快处快赔】案件 0000000A：交警已在线认定责任，您（甲方 渝A12345）无责任，对方（乙方 渝B67890）全部责任。' +
          '请于11月25日 16:00前在快处快赔中接受，或提出异议申请复核。逾期未答复视为接受。',
      },
      {
        to: '13800000002',
        text:
          '【快处快赔】案件 0000000A：交警已在线认定责任，您（乙方 渝B67890）全部责任，对方（甲方 渝A12345）无责任。' +
          '请于11月25日 16:00前在快处快赔中接受，或提出异议申请复核。逾期未答复视为接受。',
      },
    ]);
  });

  it('says a review is final online, and writes a general text for a phone of no known party', () => {
    const [text] = smsTexts(
      {
        version: 1,
        caseId: CASE_ID,
        to: ['13800000003'],
        kind: 'LIABILITY_DECIDED',
        allocation: { A: 'MAJOR', B: 'MINOR' },
        basis: 'REVIEW',
        respondBy: '2026-11-25T08:00:00.000Z',
      },
      SETTINGS,
      NOW,
    );
    expect(text!.text).toBe(
      '【快处快赔】案件 0000000A：交警已完成复核，甲方主要责任，乙方次要责任。请于11月25日 16:00前在快处快赔中接受；' +
        '复核为网上最终结论，如仍有异议，案件将转线下处理。逾期未答复视为接受。',
    );
  });

  it('names the photos the officer asks for, and what happens after a referral', () => {
    const [evidence] = smsTexts(
      { ...addressed, kind: 'EVIDENCE_REQUESTED', kinds: ['PLATE', 'DAMAGE_DETAIL'] },
      SETTINGS,
      NOW,
    );
    expect(evidence!.text).toBe(
      '【快处快赔】案件 0000000A：交警需要补充照片（车牌、损坏细节）。请尽快在快处快赔中上传，上传后再次提交交警认定。',
    );
    const [referred] = smsTexts({ ...addressed, kind: 'CASE_REFERRED_OFFLINE' }, SETTINGS, NOW);
    expect(referred!.text).toBe(
      '【快处快赔】案件 0000000A：交警认为本起事故需线下处理，网上快处已结束。请按交警的通知前往处理，或拨打122咨询。',
    );
  });

  it('gives a party asked to confirm what the assistant recorded, the code, how long it holds and where to confirm', () => {
    const texts = smsTexts(
      {
        version: 1,
        kind: 'CONFIRMATION_CODE',
        caseId: CASE_ID,
        to: ['13800000002'],
        party: 'B',
        code: '100001',
        expiresAt: '2026-11-22T08:10:00.000Z',
        allocation: { A: 'NONE', B: 'FULL' },
        plates: { A: '渝A12345', B: '渝B67890' },
        organisation: '渝中区警保联动服务站',
      },
      SETTINGS,
      NOW,
    );
    expect(texts).toEqual([
      {
        to: '13800000002',
        text:
          '【快处快赔】渝中区警保联动服务站协理员为您登记了事故（案件 0000000A），协商结果：甲方 渝A12345 无责任，乙方 渝B67890 全部责任，您是乙方。' +
          `验证码 100001，10分钟内有效。同意请将验证码告知协理员，或打开 https://kuaichu.example.cn/#/confirm/${CASE_ID}/B 自行确认；不同意请勿提供验证码。`,
      },
    ]);
  });
});

describe('SMS requests from the wire', () => {
  const decided: NotificationMessage = {
    ...addressed,
    kind: 'LIABILITY_DECIDED',
    allocation: { A: 'FULL', B: 'NONE' },
    basis: 'POLICE',
    respondBy: '2026-11-25T08:00:00.000Z',
  };

  it('reads every kind of version 1, with or without its recipients', () => {
    expect(parseNotification({ ...decided })).toEqual(decided);
    const { recipients: _recipients, ...bare } = decided;
    expect(parseNotification({ ...bare })).toEqual(bare);
    expect(parseNotification({ ...addressed, kind: 'CASE_REFERRED_OFFLINE' })).toMatchObject({
      kind: 'CASE_REFERRED_OFFLINE',
    });
  });

  it.each([
    ['another version', { ...decided, version: 2 }],
    ['an unknown kind', { ...decided, kind: 'BIRTHDAY' }],
    ['no phones', { ...decided, to: 'everyone' }],
    ['a broken allocation', { ...decided, allocation: { A: 'ALL' } }],
    ['a code request without its code', { ...addressed, kind: 'CONFIRMATION_CODE', party: 'A', expiresAt: NOW }],
  ])('refuses %s', (_name, value) => {
    expect(parseNotification(value as Record<string, unknown>)).toBeNull();
  });
});
