/**
 * The server masks other people's names and phones (张* , 138****0002); the consoles show that a
 * value is masked rather than pretending it is the whole value, and mask what they show of secrets.
 */

/** A value the server masked: it holds a run of asterisks. */
export function isMasked(value: string | undefined | null): boolean {
  return typeof value === 'string' && /\*{1,}/.test(value) && /^[^*]*\*+[^*]*$/.test(value);
}

/** What to print for a possibly masked value: the value, flagged when masked. */
export function displayValue(value: string | undefined | null): { text: string; masked: boolean } {
  if (value === undefined || value === null || value === '') return { text: '—', masked: false };
  return { text: value, masked: isMasked(value) };
}

/**
 * Keeps the first and last `visible` characters of a secret-ish string (a token, a policy or
 * licence number on a shared screen): eyJhbGciOi…Xk9Q → eyJh…Xk9Q.
 */
export function maskMiddle(value: string, visible = 4): string {
  const characters = [...value];
  if (characters.length <= visible * 2) return '*'.repeat(characters.length);
  return `${characters.slice(0, visible).join('')}…${characters.slice(-visible).join('')}`;
}
