import type { NotificationMessage, Recipient } from './notification-messages';

/** What the texts need to know beyond the message: where links lead, and the drivers' time zone. */
export interface SmsTextSettings {
  /** The web consoles' public address, without a trailing slash. */
  linkBaseUrl: string;
  /** Times are written as the drivers read a clock (Asia/Shanghai by default). */
  timeZone: string;
}

export interface SmsText {
  to: string;
  text: string;
}

const SIGNATURE = '【快处快赔】';
const PARTY = { A: '甲方', B: '乙方' } as const;
const LEVEL = { FULL: '全部责任', MAJOR: '主要责任', EQUAL: '同等责任', MINOR: '次要责任', NONE: '无责任' } as const;
const PHOTO_KIND: Record<string, string> = {
  FRONT_SIDE: '车辆侧前方',
  REAR_SIDE: '车辆侧后方',
  POINT_OF_IMPACT: '碰撞部位',
  DAMAGE_DETAIL: '损坏细节',
  PLATE: '车牌',
  DOCUMENT: '证件',
  SCENE: '现场全景',
  OTHER: '其他',
};

/** How a case is named to a person: the last 8 characters of its id, upper case (案件 0000000A). */
export function caseShortCode(caseId: string): string {
  return caseId.replace(/-/g, '').slice(-8).toUpperCase();
}

/** Where a party confirms, on their own phone, what an assistant filed for them (a screen of the web consoles). */
export function confirmationLink(
  settings: Pick<SmsTextSettings, 'linkBaseUrl'>,
  caseId: string,
  party: 'A' | 'B',
): string {
  return `${settings.linkBaseUrl}/#/confirm/${caseId}/${party}`;
}

/** 2026-11-25T08:00:00Z → 11月25日 16:00 in Asia/Shanghai. */
function clockTime(instant: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('zh-CN', {
      timeZone,
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.month}月${parts.day}日 ${parts.hour}:${parts.minute}`;
}

const minutesUntil = (from: string, to: string) =>
  Math.max(1, Math.round((Date.parse(to) - Date.parse(from)) / 60_000));

/** Each phone with the party it is, where the message says so; a phone of no known party gets the general text. */
function addressees(message: NotificationMessage): { to: string; as?: Recipient }[] {
  return message.to.map((to) => {
    const as = message.recipients?.find((recipient) => recipient.phone === to);
    return as ? { to, as } : { to };
  });
}

function allocationFor(
  message: { allocation: Record<'A' | 'B', keyof typeof LEVEL>; recipients?: Recipient[] },
  as?: Recipient,
) {
  const plate = (party: 'A' | 'B') => message.recipients?.find((recipient) => recipient.party === party)?.plate;
  const named = (party: 'A' | 'B') => `${PARTY[party]}${plate(party) ? ` ${plate(party)}` : ''}`;
  if (!as) return `${named('A')}${LEVEL[message.allocation.A]}，${named('B')}${LEVEL[message.allocation.B]}`;
  const other = as.party === 'A' ? 'B' : 'A';
  return `您（${named(as.party)}）${LEVEL[message.allocation[as.party]]}，对方（${named(other)}）${LEVEL[message.allocation[other]]}`;
}

/**
 * The texts a driver receives (Chinese, as the parties read them): which case (its short code),
 * what happened, and what to do next. One per phone; `now` is when it is written (for "valid for
 * N minutes").
 */
export function smsTexts(message: NotificationMessage, settings: SmsTextSettings, now: string): SmsText[] {
  const caseNo = `案件 ${caseShortCode(message.caseId)}`;
  switch (message.kind) {
    case 'LIABILITY_DECIDED': {
      const by = clockTime(message.respondBy, settings.timeZone);
      return addressees(message).map(({ to, as }) => ({
        to,
        text:
          message.basis === 'REVIEW'
            ? `${SIGNATURE}${caseNo}：交警已完成复核，${allocationFor(message, as)}。请于${by}前在快处快赔中接受；` +
              '复核为网上最终结论，如仍有异议，案件将转线下处理。逾期未答复视为接受。'
            : `${SIGNATURE}${caseNo}：交警已在线认定责任，${allocationFor(message, as)}。请于${by}前在快处快赔中接受，` +
              '或提出异议申请复核。逾期未答复视为接受。',
      }));
    }
    case 'EVIDENCE_REQUESTED': {
      const kinds = message.kinds.map((kind) => PHOTO_KIND[kind] ?? kind).join('、');
      return message.to.map((to) => ({
        to,
        text: `${SIGNATURE}${caseNo}：交警需要补充照片（${kinds}）。请尽快在快处快赔中上传，上传后再次提交交警认定。`,
      }));
    }
    case 'CASE_REFERRED_OFFLINE':
      return message.to.map((to) => ({
        to,
        text:
          `${SIGNATURE}${caseNo}：交警认为本起事故需线下处理，网上快处已结束。` +
          '请按交警的通知前往处理，或拨打122咨询。',
      }));
    case 'CONFIRMATION_CODE': {
      const { party, plates, allocation } = message;
      const agreed = `${PARTY.A} ${plates.A} ${LEVEL[allocation.A]}，${PARTY.B} ${plates.B} ${LEVEL[allocation.B]}`;
      return message.to.map((to) => ({
        to,
        text:
          `${SIGNATURE}${message.organisation}协理员为您登记了事故（${caseNo}），协商结果：${agreed}，您是${PARTY[party]}。` +
          `验证码 ${message.code}，${minutesUntil(now, message.expiresAt)}分钟内有效。同意请将验证码告知协理员，` +
          `或打开 ${confirmationLink(settings, message.caseId, party)} 自行确认；不同意请勿提供验证码。`,
      }));
    }
    default: {
      const exhaustive: never = message;
      return exhaustive;
    }
  }
}
