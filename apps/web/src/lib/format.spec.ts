import { en, zh } from '../i18n-messages';
import { format } from './format';

describe('messages', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('剩余 {time}，{who}', { time: '4:32' })).toBe('剩余 4:32，{who}');
  });

  it('has every Chinese message in English with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect([key, placeholders(en[key])]).toEqual([key, placeholders(zh[key])]);
      expect(en[key].length).toBeGreaterThan(0);
    }
  });

  it('describes all 21 standard situations in both languages', () => {
    for (let number = 1; number <= 21; number += 1) {
      const key = `situation.S${String(number).padStart(2, '0')}` as keyof typeof zh;
      expect(zh[key]).toBeTruthy();
      expect(en[key]).toBeTruthy();
    }
  });
});
