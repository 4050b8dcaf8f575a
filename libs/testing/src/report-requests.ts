/** The eligibility a reporter declares when the case may go online: every condition holds (domain.md). */
export const EVERY_CONDITION_HOLDS = {
  noInjuries: true,
  vehiclesMovable: true,
  licencesValid: true,
  compulsoryInsurance: true,
  noIntoxication: true,
  platesValid: true,
  nobodyLeft: true,
  notDeliberate: true,
} as const;

/** The characters of a plate's serial: digits and letters but I and O (GA 36-2018). */
const SERIAL = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * The `index`-th ordinary plate of an issuing office (渝A00000, 渝A00001, …, 渝A0000Z, …): a valid
 * Chinese plate for each of 34⁵ indexes, so a workload gives every vehicle its own.
 */
export function plateNumber(index: number, office = 'A', province = '渝'): string {
  let serial = '';
  for (let rest = index, place = 0; place < 5; place += 1, rest = Math.floor(rest / SERIAL.length)) {
    serial = SERIAL[rest % SERIAL.length]! + serial;
  }
  return `${province}${office}${serial}`;
}
