import type { LiabilityLevel, PartyId, SituationCode } from '@quickclaim/accident-case';
import type { Coverage } from '@quickclaim/claims';
import type { DocumentKind } from './model';

/** The words a Chinese traffic document uses; the codes stay beside them on the page. */

export const DOCUMENT_TITLES: Record<DocumentKind, string> = {
  agreement: '道路交通事故自行协商协议书',
  decision: '道路交通事故认定书（简易程序）',
  settlement: '机动车辆保险理赔结算单',
};

export const LIABILITY_WORDS: Record<LiabilityLevel, string> = {
  FULL: '全部责任',
  MAJOR: '主要责任',
  EQUAL: '同等责任',
  MINOR: '次要责任',
  NONE: '无责任',
};

export const PARTY_WORDS: Record<PartyId, string> = { A: '甲方（A）', B: '乙方（B）' };

export const COVERAGE_WORDS: Record<Coverage, string> = {
  COMPULSORY: '交强险',
  THIRD_PARTY: '商业三者险',
  OWN_DAMAGE: '车损险',
  MUTUAL_SELF_PAY: '互碰自赔',
  CLAIMANT: '车主自担',
};

/** The national list of 21 quick-processing situations, in the wording of the official forms. */
export const SITUATION_WORDS: Record<SituationCode, string> = {
  S01: '同车道行驶中追尾前车',
  S02: '变更车道或借道时，未让正常行驶的车先行',
  S03: '在没有信号灯的路口，未让有优先权的车先行',
  S04: '左转未让直行车，或右转未让左转车',
  S05: '闯红灯或不按交通信号指示行驶',
  S06: '未让先被放行的车辆先行',
  S07: '会车时未按规定让行',
  S08: '逆向行驶',
  S09: '强行超车',
  S10: '在路口、窄桥、弯道、陡坡、隧道或人行横道超车',
  S11: '在单车道路上从右侧超车',
  S12: '穿插等候或缓慢行驶的车辆',
  S13: '车道减少处未交替通行',
  S14: '违法掉头，或掉头时未让行',
  S15: '倒车、溜车或车辆失控',
  S16: '在专用车道或禁行车道内行驶',
  S17: '开关车门时碰撞',
  S18: '驶入驶出停车位或路边；违法停车',
  S19: '超宽超高装载或遗洒',
  S20: '违规牵引车辆',
  S21: '单车事故',
};

const WEATHER_WORDS: Readonly<Record<string, string>> = {
  clear: '晴',
  cloudy: '阴',
  rain: '雨',
  fog: '雾',
  snow: '雪',
};

/** The reporter picks from the console's list; anything else is printed as it was given. */
export function weatherWords(weather: string | undefined): string {
  if (!weather) return '未填报';
  return WEATHER_WORDS[weather] ?? weather;
}

export function situationWords(code: string): string {
  return Object.prototype.hasOwnProperty.call(SITUATION_WORDS, code)
    ? `${code} ${SITUATION_WORDS[code as SituationCode]}`
    : code;
}
