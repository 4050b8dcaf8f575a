/**
 * Chinese number plates (GA 36-2018, 机动车号牌): a plate is read without its spaces, dots and
 * dashes, in upper case (渝a·12345 is 渝A12345), then must have one of these forms. Serial
 * characters never use I or O (they read as 1 and 0).
 */

/** The province-level abbreviations that open a civil plate. */
const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
/** The issuing office's letter after the province (O is the provincial police's in some provinces). */
const OFFICE = '[A-HJ-Z]';
const SERIAL = '[A-HJ-NP-Z0-9]';

export const PLATE_KINDS = [
  'ORDINARY',
  'NEW_ENERGY_SMALL',
  'NEW_ENERGY_LARGE',
  'POLICE',
  'COACH',
  'TRAILER',
  'EMERGENCY',
  'CONSULATE',
  'EMBASSY',
  'HONG_KONG',
  'MACAU',
] as const;
export type PlateKind = (typeof PLATE_KINDS)[number];

const civil = (rest: string) => new RegExp(`^[${PROVINCES}]${OFFICE}${rest}$`, 'u');

const FORMS: Record<PlateKind, RegExp> = {
  // 渝A12345: blue (small) or yellow (large) plate.
  ORDINARY: civil(`${SERIAL}{5}`),
  // 渝AD12345: green, small; D/A/B/C/E electric, F/G/H/J/K other new energy (D and F before 2021).
  NEW_ENERGY_SMALL: civil(`[A-HJK]${SERIAL}[0-9]{4}`),
  // 渝A12345D: green and yellow, large; D electric, F other new energy.
  NEW_ENERGY_LARGE: civil('[0-9]{5}[DF]'),
  POLICE: civil(`${SERIAL}{4}警`),
  COACH: civil(`${SERIAL}{4}学`),
  TRAILER: civil(`${SERIAL}{4}挂`),
  EMERGENCY: civil(`${SERIAL}{4}应急`),
  CONSULATE: civil(`${SERIAL}{4}领`),
  // 使014578: an embassy's three digits, then the vehicle's.
  EMBASSY: /^使[0-9]{6}$/u,
  // 粤Z1234港 / 粤Z1234澳: cross-border vehicles registered in Guangdong.
  HONG_KONG: new RegExp(`^粤Z${SERIAL}{4}港$`, 'u'),
  MACAU: new RegExp(`^粤Z${SERIAL}{4}澳$`, 'u'),
};

/** 渝A·12345, 渝a 12345 and 渝A12345 are one plate: the form plates are recorded and compared in. */
export function normalisePlate(plate: string): string {
  return plate.replace(/[\s·.-]/g, '').toUpperCase();
}

/** The kind of plate this is, or null when it is not a Chinese plate of a kind the platform takes. */
export function plateKind(plate: string): PlateKind | null {
  const normal = normalisePlate(plate);
  return PLATE_KINDS.find((kind) => FORMS[kind].test(normal)) ?? null;
}
