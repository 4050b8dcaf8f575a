/**
 * How other people's identity shows to someone who may see a case but is not that person
 * (api.md: names, phone numbers and licence numbers masked). Enough to recognise, not to reuse.
 */

/** 张三 → 张*, 欧阳娜娜 → 欧*** */
export function maskName(name: string): string {
  const characters = [...name];
  return characters.length <= 1 ? '*' : `${characters[0]}${'*'.repeat(characters.length - 1)}`;
}

/** 13800000002 → 138****0002 (the platform's, so the records of sent SMS mask the same way). */
export { maskedPhone as maskPhone } from '@quickclaim/platform';

/** 110101199001011234 → 1101**********1234: the issuing region and the last digits only. */
export function maskLicence(licenceNo: string): string {
  const characters = [...licenceNo.replace(/\s/g, '')];
  if (characters.length < 10) return '*'.repeat(characters.length);
  return `${characters.slice(0, 4).join('')}${'*'.repeat(characters.length - 8)}${characters.slice(-4).join('')}`;
}
