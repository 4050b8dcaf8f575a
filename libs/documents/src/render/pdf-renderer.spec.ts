import { missingPhrases, readPdf, scanQrCode } from '@quickclaim/testing';
import type { IssuedDocument } from '../application/documents-from-events';
import {
  agreedStory,
  CASE_ID,
  CLAIM_A,
  decidedStory,
  issuedCaseDocument,
  issuedSettlement,
  paidStory,
} from '../application/recorded-stories.fixtures';
import { verificationPath } from '../fingerprint';
import { renderPdf } from './pdf-renderer';

const BASE = 'https://quickclaim.example.cn';

function render(issued: IssuedDocument): Promise<Buffer> {
  return renderPdf(issued.document, {
    verificationUrl: `${BASE}${verificationPath(issued.reference)}`,
    fingerprint: issued.reference.fingerprint,
    timeZone: 'Asia/Shanghai',
  });
}

/** pdf.js breaks lines where the layout wrapped them; a reader compares the words, not the breaks. */
const flat = (text: string) => text.replace(/\s+/g, '');

// Each PDF is read back by pdf.js in a child process: seconds, on a busy machine.
jest.setTimeout(30_000);

describe('the PDF documents, parsed back', () => {
  let agreement: IssuedDocument;
  let decision: IssuedDocument;
  let settlement: IssuedDocument;

  beforeAll(async () => {
    agreement = await issuedCaseDocument('agreement', await agreedStory());
    decision = await issuedCaseDocument('decision', await decidedStory());
    settlement = await issuedSettlement(await paidStory());
  });

  it('writes the agreement as 自行协商协议书: parties, plates, situations, allocation, signatures, local times', async () => {
    const { text } = await readPdf(await render(agreement));
    expect(text).toContain('道路交通事故自行协商协议书');
    expect(text).toContain(`案件编号 ${CASE_ID}`);
    expect(
      missingPhrases(text, [
        '事故时间 2026-11-22 15:55:00 (UTC+08:00 Asia/Shanghai)',
        '重庆市渝中区解放碑步行街路口',
        '天气 雨',
        '当事人姓名 张三 李四',
        '联系电话 13800000001 13800000002',
        '驾驶证号 500101199001011234 500101199202021234',
        '号牌号码 渝A12345 渝B67890',
        '保险公司 PICC CPIC',
        'PICC-2026-0001 CPIC-2026-0002',
        'S01 同车道行驶中追尾前车',
        '甲方（A） 渝A12345 无责任（NONE）',
        '乙方（B） 渝B67890 全部责任（FULL）',
        '第八十六条',
      ]),
    ).toEqual([]);
    expect(flat(text)).toContain(flat('张三 2026-11-22 16:03:00 (UTC+08:00 Asia/Shanghai)（提议方）'));
    expect(flat(text)).toContain(flat('李四 2026-11-22 16:04:00 (UTC+08:00 Asia/Shanghai)'));
    expect(flat(text)).toContain(flat(`${BASE}${verificationPath(agreement.reference)}`));
  });

  it('writes the decision as 简易程序事故认定书: the officer, the facts found, the reasoning, the responses', async () => {
    const { text } = await readPdf(await render(decision));
    expect(
      missingPhrases(text, [
        '道路交通事故认定书（简易程序）',
        '认定的事故情形 S01 同车道行驶中追尾前车',
        '乙方车辆在同一车道内未与前车保持安全距离，追尾甲方车辆。',
        '警号 officer-1（辖区：yuzhong）',
        '认定时间 2026-11-22 16:06:00 (UTC+08:00 Asia/Shanghai)',
        '简易程序 · 线上远程认定',
        '乙方（B） 渝B67890 全部责任（FULL）',
      ]),
    ).toEqual([]);
    expect(flat(text)).toContain(flat('甲方（A）意见 同意（2026-11-22 16:08:00 (UTC+08:00 Asia/Shanghai)）'));
    expect(flat(text)).toContain('期限内未提出异议，视为同意');
  });

  it('writes the settlement with the assessment, the lines per payer and coverage, and the payouts in yuan', async () => {
    const { text } = await readPdf(await render(settlement));
    expect(
      missingPhrases(text, [
        '机动车辆保险理赔结算单',
        `理赔编号 ${CLAIM_A}`,
        '号牌号码 渝A12345',
        '对方车辆 乙方（B） 渝B67890',
        '对方保险 CPIC（保单号 CPIC-2026-0002）',
        '对方责任 全部责任（FULL）',
        '1 后保险杠更换 ¥2,800.00',
        '2 尾灯总成 ¥656.78',
        '定损合计 ¥3,456.78',
        'CPIC 交强险（COMPULSORY） ¥2,000.00',
        'CPIC 商业三者险（THIRD_PARTY） ¥1,456.78',
        '合计 ¥3,456.78',
        'PAY-1',
        '保险赔付合计：¥3,456.78',
      ]),
    ).toEqual([]);
    // The other driver's phone and licence are not the claimant's to carry around.
    expect(text).not.toContain('13800000002');
    expect(text).not.toContain('500101199202021234');
  });

  it('prints a QR code a phone reads as the verification URL', async () => {
    const { firstPagePng } = await readPdf(await render(decision), { firstPagePng: true });
    expect(await scanQrCode(firstPagePng!)).toBe(`${BASE}${verificationPath(decision.reference)}`);
  });

  it('embeds only the glyphs it uses: a document is some tens of kilobytes, not the 8 MB font', async () => {
    for (const issued of [agreement, decision, settlement]) {
      expect((await render(issued)).length).toBeLessThan(150_000);
    }
  });

  it('draws the same bytes from the same events, whenever it is downloaded', async () => {
    expect((await render(settlement)).equals(await render(settlement))).toBe(true);
  });
});
