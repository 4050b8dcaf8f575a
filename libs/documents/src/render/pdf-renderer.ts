import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { LiabilityLevel, PartyId } from '@quickclaim/accident-case';
import type { Coverage } from '@quickclaim/claims';
import { formatLocalTime } from '../local-time';
import { formatYuan } from '../money';
import type {
  AccidentFacts,
  AgreementDocument,
  DecisionDocument,
  PartyOnDocument,
  QuickClaimDocument,
  SettlementDocument,
} from '../model';
import {
  COVERAGE_WORDS,
  DOCUMENT_TITLES,
  LIABILITY_WORDS,
  PARTY_WORDS,
  situationWords,
  weatherWords,
} from '../vocabulary';
import { Sheet, type Cell } from './sheet';

export interface RenderOptions {
  /** The absolute URL the QR code and the printed line lead to. */
  verificationUrl: string;
  fingerprint: string;
  /** The zone the document shows local times in (the platform's, by default Asia/Shanghai). */
  timeZone: string;
}

/**
 * Noto Sans CJK SC (Noto Sans S Chinese, SIL Open Font License) from the @embedpdf/fonts-sc
 * package, so a fresh machine has it after `npm ci`. pdfkit embeds only the glyphs a document
 * uses, so a document carries some tens of kilobytes of font, not the 8 MB file.
 */
const FONT_FILE = 'NotoSansHans-Regular.otf';
let fontBytes: Buffer | undefined;

function cjkFont(): Buffer {
  // The package exports no subpath: the fonts sit beside its dist/ folder.
  fontBytes ??= readFileSync(join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts', FONT_FILE));
  return fontBytes;
}

const QR_SIZE = 92;

/** Draws one document as an A4 PDF; the same document and options always give the same content. */
export function renderPdf(document: QuickClaimDocument, options: RenderOptions): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: 48, bottom: 52, left: 48, right: 48 },
    bufferPages: true,
    info: {
      Title: DOCUMENT_TITLES[document.kind],
      Author: 'QuickClaim',
      Subject: document.kind === 'settlement' ? document.claimId : document.accident.caseId,
      Keywords: options.fingerprint,
      CreationDate: new Date(document.issuedAt),
      ModDate: new Date(document.issuedAt),
    },
  });
  const done = collect(pdf);
  pdf.registerFont('cjk', cjkFont());
  pdf.font('cjk');
  const sheet = new Sheet(pdf);
  const time = (instant: string) => formatLocalTime(instant, options.timeZone);
  header(sheet, document, options, time);
  switch (document.kind) {
    case 'agreement':
      agreement(sheet, document, time);
      break;
    case 'decision':
      decision(sheet, document, time);
      break;
    case 'settlement':
      settlement(sheet, document, time);
      break;
    default: {
      const exhaustive: never = document;
      throw new Error(`Unknown document ${String(exhaustive)}`);
    }
  }
  verification(sheet, options);
  sheet.footer(
    (page, pages) =>
      `${DOCUMENT_TITLES[document.kind]} · 第 ${page} 页 / 共 ${pages} 页 · 核验码 ${options.fingerprint}`,
  );
  pdf.end();
  return done;
}

function collect(pdf: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
}

type Time = (instant: string) => string;

const label = (text: string): Cell => ({ text, label: true });
const LABEL_AND_VALUE = [1, 4] as const;

function header(sheet: Sheet, document: QuickClaimDocument, options: RenderOptions, time: Time): void {
  sheet.title(DOCUMENT_TITLES[document.kind]);
  const top = sheet.y;
  const rows: Cell[][] = [
    [label('案件编号'), document.accident.caseId],
    ...(document.kind === 'settlement' ? [[label('理赔编号'), document.claimId]] : []),
    [label('出具时间'), time(document.issuedAt)],
    [label('核验方式'), '扫描右侧二维码，或打开文末网址'],
  ];
  sheet.grid(LABEL_AND_VALUE, rows, { x: sheet.left, width: sheet.width - QR_SIZE - 12 });
  sheet.qrCode(options.verificationUrl, sheet.left + sheet.width - QR_SIZE, top, QR_SIZE);
  sheet.y = Math.max(sheet.y, top + QR_SIZE + 6);
}

function accidentSection(sheet: Sheet, heading: string, accident: AccidentFacts, time: Time): void {
  sheet.heading(heading);
  sheet.grid(LABEL_AND_VALUE, [
    [label('事故时间'), time(accident.occurredAt)],
    [label('报案时间'), time(accident.reportedAt)],
    [label('事故地点'), `${accident.address}（辖区：${accident.district}）`],
    [label('天气'), weatherWords(accident.weather)],
    ...(accident.description ? [[label('事故经过'), accident.description]] : []),
  ]);
}

const situationLines = (codes: readonly string[]) =>
  codes.length > 0 ? codes.map(situationWords).join('\n') : '未陈述';

function partiesSection(sheet: Sheet, heading: string, parties: readonly PartyOnDocument[]): void {
  sheet.heading(heading);
  const byParty = (value: (party: PartyOnDocument) => string): Cell[] => parties.map(value);
  sheet.grid(
    [1.1, ...parties.map(() => 2)],
    [
      [label('项目'), ...parties.map((party) => label(PARTY_WORDS[party.party]))],
      [label('当事人姓名'), ...byParty((party) => party.driverName)],
      [label('联系电话'), ...byParty((party) => party.phone)],
      [label('驾驶证号'), ...byParty((party) => party.licenceNo)],
      [label('号牌号码'), ...byParty((party) => party.plate)],
      [label('车辆类型'), ...byParty((party) => party.vehicleType ?? '—')],
      [label('保险公司'), ...byParty((party) => party.insurer)],
      [label('交强险保单号'), ...byParty((party) => party.policyNumber)],
      [label('陈述的事故情形'), ...byParty((party) => situationLines(party.situations))],
      ...(parties.some((party) => party.note) ? [[label('补充说明'), ...byParty((party) => party.note ?? '—')]] : []),
    ],
  );
}

function allocationSection(sheet: Sheet, heading: string, parties: readonly PartyOnDocument[]): void {
  sheet.heading(heading);
  sheet.grid(
    [1, 1.4, 2.6],
    [
      [label('当事方'), label('号牌号码'), label('责任')],
      ...parties.map((party) => [PARTY_WORDS[party.party], party.plate, liabilityWords(party.liability)]),
    ],
  );
}

const liabilityWords = (level: LiabilityLevel) => `${LIABILITY_WORDS[level]}（${level}）`;

function agreement(sheet: Sheet, document: AgreementDocument, time: Time): void {
  accidentSection(sheet, '一、事故基本情况', document.accident, time);
  partiesSection(sheet, '二、当事人及车辆', document.parties);
  allocationSection(sheet, '三、责任划分', document.parties);
  sheet.paragraph(
    '双方当事人对事故事实及成因无争议，依照《中华人民共和国道路交通安全法实施条例》第八十六条，' +
      '记录事故时间、地点、双方姓名和联系方式、号牌号码、驾驶证号、保险凭证号后，自行协商确定上述责任，' +
      '并就损害赔偿事宜向各自保险公司申请理赔。',
  );
  if (document.recordedBy) {
    const { organisation, assistantId, recordedAt } = document.recordedBy;
    sheet.paragraph(
      `本协议由${organisation}协理员（${assistantId}）于${time(recordedAt)}在现场为双方记录，经双方当事人确认。`,
    );
  }
  sheet.heading('四、双方签字确认');
  sheet.grid(
    [1, 1.4, 2.6],
    [
      [label('当事方'), label('当事人'), label('在线签字时间')],
      ...document.signatures.map((signature) => [
        PARTY_WORDS[signature.party],
        nameOf(document.parties, signature.party),
        `${time(signature.signedAt)}${signature.party === document.proposedBy ? '（提议方）' : ''}`,
      ]),
    ],
  );
}

function nameOf(parties: readonly PartyOnDocument[], party: PartyId): string {
  return parties.find((candidate) => candidate.party === party)?.driverName ?? '—';
}

function decision(sheet: Sheet, document: DecisionDocument, time: Time): void {
  accidentSection(sheet, '一、事故基本情况', document.accident, time);
  partiesSection(sheet, '二、当事人及车辆', document.parties);
  sheet.heading('三、交通警察认定的事故事实');
  sheet.grid(LABEL_AND_VALUE, [
    [label('认定的事故情形'), situationLines(document.situations)],
    [label('认定理由'), document.reasoning],
  ]);
  allocationSection(sheet, '四、责任认定', document.parties);
  sheet.heading('五、认定与送达');
  sheet.grid(LABEL_AND_VALUE, [
    [label('程序'), document.basis === 'REVIEW' ? '简易程序 · 复核认定（另一名交通警察）' : '简易程序 · 线上远程认定'],
    [label('交通警察'), `警号 ${document.officerId}（辖区：${document.district}）`],
    [label('认定时间'), time(document.decidedAt)],
    ...document.responses.map((response): Cell[] => [
      label(`${PARTY_WORDS[response.party]}意见`),
      response.bySilence
        ? `期限内未提出异议，视为同意（${time(response.acceptedAt)}）`
        : `同意（${time(response.acceptedAt)}）`,
    ]),
  ]);
}

function settlement(sheet: Sheet, document: SettlementDocument, time: Time): void {
  accidentSection(sheet, '一、事故基本情况', document.accident, time);
  const claimant = document.claimant;
  sheet.heading('二、赔付对象及车辆');
  sheet.grid(LABEL_AND_VALUE, [
    [label('当事方'), PARTY_WORDS[claimant.party]],
    [label('当事人姓名'), claimant.driverName],
    [label('联系电话'), claimant.phone],
    [label('驾驶证号'), claimant.licenceNo],
    [label('号牌号码'), claimant.plate],
    [label('车辆类型'), claimant.vehicleType ?? '—'],
    [label('承保公司'), `${claimant.insurer}（保单号 ${claimant.policyNumber}）`],
    [label('本方责任'), liabilityWords(claimant.liability)],
  ]);
  if (document.counterpart) {
    const counterpart = document.counterpart;
    sheet.grid(LABEL_AND_VALUE, [
      [
        label('对方车辆'),
        `${PARTY_WORDS[counterpart.party]} ${counterpart.plate}（${counterpart.vehicleType ?? '—'}）`,
      ],
      [label('对方保险'), `${counterpart.insurer}（保单号 ${counterpart.policyNumber}）`],
      [label('对方责任'), liabilityWords(counterpart.liability)],
    ]);
  }
  sheet.grid(LABEL_AND_VALUE, [
    [label('责任依据'), BASIS_WORDS[document.liabilityBasis]],
    [label('承办公司'), document.handlingInsurer],
  ]);

  sheet.heading('三、定损明细');
  sheet.grid(
    [0.6, 3.4, 1.4],
    [
      [label('序号'), label('项目'), { text: '金额', label: true, align: 'right' }],
      ...document.assessment.lineItems.map((item, index): Cell[] => [
        String(index + 1),
        item.description,
        { text: formatYuan(item.amountFen), align: 'right' },
      ]),
      [label(''), label('定损合计'), { text: formatYuan(document.assessment.totalFen), label: true, align: 'right' }],
    ],
  );
  sheet.paragraph(`定损人：${document.assessment.assessedBy} · 定损时间：${time(document.assessment.assessedAt)}`);

  sheet.heading(`四、赔付计算（${document.settlement.rule === 'MUTUAL_SELF_PAY' ? '互碰自赔' : '按责赔付'}）`);
  const settledFen = document.settlement.lines.reduce((sum, line) => sum + line.amountFen, 0);
  sheet.grid(
    [1.6, 2.4, 1.4],
    [
      [label('赔付方'), label('险种'), { text: '金额', label: true, align: 'right' }],
      ...document.settlement.lines.map((line): Cell[] => [
        payerWords(line.payer, line.coverage),
        `${COVERAGE_WORDS[line.coverage]}（${line.coverage}）`,
        { text: formatYuan(line.amountFen), align: 'right' },
      ]),
      [label('合计'), label(''), { text: formatYuan(settledFen), label: true, align: 'right' }],
    ],
  );
  sheet.paragraph(
    document.approval.straightThrough
      ? `审批：金额未超过自动审批限额且无风险提示，自动审批通过（${time(document.approval.approvedAt)}）`
      : `审批：${document.approval.approvedBy}（${time(document.approval.approvedAt)}）`,
  );

  sheet.heading('五、赔付记录');
  sheet.grid(
    [1.2, 1.8, 1.3, 1.6, 2.3],
    [
      [
        label('赔付方'),
        label('险种'),
        { text: '金额', label: true, align: 'right' },
        label('支付流水号'),
        label('到账确认时间'),
      ],
      ...document.payouts.map((payout): Cell[] => [
        payout.payer,
        payout.coverages.map((coverage) => COVERAGE_WORDS[coverage]).join('、'),
        { text: formatYuan(payout.amountFen), align: 'right' },
        payout.reference ?? '—',
        time(payout.confirmedAt),
      ]),
    ],
  );
  sheet.paragraph(`保险赔付合计：${formatYuan(document.paidFen)} · 结算完成时间：${time(document.issuedAt)}`);
}

const BASIS_WORDS: Record<SettlementDocument['liabilityBasis'], string> = {
  AGREEMENT: '双方自行协商协议书',
  POLICE: '交通警察简易程序认定',
  REVIEW: '交通警察复核认定',
};

/** What nobody covers is the claimant's own: the payer of that line is their party, not an insurer. */
function payerWords(payer: string, coverage: Coverage): string {
  return coverage === 'CLAIMANT' ? `车主自担（${payer} 方）` : payer;
}

function verification(sheet: Sheet, options: RenderOptions): void {
  sheet.heading('文书核验');
  sheet.paragraph(
    '本文书由平台根据已记录的事件生成。扫描右上角二维码或在浏览器打开下列网址，' +
      '可核验本文书是否与平台记录的事件一致（任何人均可核验，无需登录）。',
  );
  sheet.grid(LABEL_AND_VALUE, [
    [label('核验网址'), options.verificationUrl],
    [label('核验码（SHA-256）'), options.fingerprint],
  ]);
}
