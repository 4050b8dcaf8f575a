import { maskPhone } from '@quickclaim/http';

/**
 * What never reaches a log line in clear: bearer tokens (any compact JWT), phone numbers (masked
 * like 138****0002) and licence / identity numbers. Text is scanned by pattern; structured fields
 * are also redacted by name, whatever their content.
 */

const JWT = /eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g;
const BEARER = /\b(Bearer|Basic)\s+[^\s"',;]+/gi;
/** Mainland mobile numbers, with or without +86 and spaces or dashes between the groups. */
const MOBILE = /(?<![\dA-Za-z])(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?![\dA-Za-z])/g;
/** Resident identity numbers, which are also the driving licence numbers (18, or the old 15 digits). */
const IDENTITY_NUMBER = /(?<![\dA-Za-z])(?:\d{17}[\dXx]|\d{15})(?![\dA-Za-z])/g;

const SECRET_FIELD =
  /^(authorization|proxy-authorization|cookie|set-cookie|token|access_?token|id_?token|refresh_?token|password|secret)$/i;
const PHONE_FIELD = /^(phone|phoneNumber|mobile)$/i;
const LICENCE_FIELD = /^(licen[cs]e|licen[cs]eNo|licen[cs]eNumber|idNumber|policyNumber)$/i;

export const REDACTED_TOKEN = '[REDACTED TOKEN]';
export const REDACTED_LICENCE = '[REDACTED LICENCE]';

export function redactText(text: string): string {
  return text
    .replace(BEARER, (_match, scheme: string) => `${scheme} [REDACTED]`)
    .replace(JWT, REDACTED_TOKEN)
    .replace(IDENTITY_NUMBER, REDACTED_LICENCE)
    .replace(MOBILE, (phone) => maskPhone(phone.replace(/^\+?86[ -]?/, '')));
}

/** A deep copy of a value fit for a log line. */
export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 6) return '[…]';
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  if (value instanceof Error) return redactText(value.stack ?? value.message);
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (SECRET_FIELD.test(key)) copy[key] = '[REDACTED]';
    else if (PHONE_FIELD.test(key) && typeof item === 'string') copy[key] = maskPhone(item);
    else if (LICENCE_FIELD.test(key) && item !== undefined && item !== null) copy[key] = REDACTED_LICENCE;
    else copy[key] = redactValue(item, depth + 1);
  }
  return copy;
}
