import { en, zh, type MessageKey } from './i18n-messages';
import { API_ERROR_CODES } from './lib/error-codes';

/**
 * What the Chinese screens may show in Latin letters: codes and acronyms in capitals (S01,
 * INVALID_PLATE, JWT, POST), the parties' letters, API paths, units, and the name of the other
 * language on the language switch.
 */
function latinWordsOf(text: string): string[] {
  const withoutAllowed = text
    .replace(/\{[A-Za-z]+\}/g, '') // parameters
    .replace(/\/[A-Za-z0-9/_-]+/g, '') // API paths
    .replace(/\b[A-Z][A-Z0-9_]*\b/g, '') // codes, acronyms, party letters
    .replace(/\b(km|m|min)\b/g, ''); // units
  return withoutAllowed.match(/[A-Za-z]+/g) ?? [];
}

describe('the consoles’ messages', () => {
  it('give every error code the API can answer with a Chinese and an English message', () => {
    const missing = API_ERROR_CODES.filter((code) => {
      const key = `error.${code}` as MessageKey;
      return !(key in zh) || !zh[key] || !en[key];
    });
    expect(missing).toEqual([]);
    expect(new Set(API_ERROR_CODES).size).toBe(API_ERROR_CODES.length);
  });

  it('have no English words in the Chinese table (codes, acronyms and units aside)', () => {
    const english = Object.entries(zh)
      .filter(([key]) => key !== 'nav.language')
      .map(([key, text]) => ({ key, words: latinWordsOf(text) }))
      .filter(({ words }) => words.length > 0);
    expect(english).toEqual([]);
    // The switch names the other language in that language.
    expect(zh['nav.language']).toBe('English');
  });

  it('spot English words, so the check above can fail', () => {
    expect(latinWordsOf('粘贴 JWT（Bearer 令牌）')).toEqual(['Bearer']);
    expect(latinWordsOf('需要 sub 与 role')).toEqual(['sub', 'role']);
    expect(latinWordsOf('距报案地点 {distance}，由 POST /auth/dev-token 签发，约 12 km，S01')).toEqual([]);
  });

  it('translate every message in both languages, with the same parameters', () => {
    const params = (text: string) => [...text.matchAll(/\{([A-Za-z]+)\}/g)].map((match) => match[1]).sort();
    const differing = (Object.keys(zh) as MessageKey[]).filter(
      (key) => JSON.stringify(params(zh[key])) !== JSON.stringify(params(en[key])),
    );
    expect(differing).toEqual([]);
  });
});
