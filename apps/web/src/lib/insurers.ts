/** Insurer ids as tokens and policies carry them, with their names on screen. */
export const INSURERS = [
  { id: 'PICC', zh: '人保财险', en: 'PICC P&C' },
  { id: 'CPIC', zh: '太平洋产险', en: 'CPIC P&C' },
  { id: 'PINGAN', zh: '平安产险', en: 'Ping An P&C' },
  { id: 'CHINALIFE', zh: '国寿财险', en: 'China Life P&C' },
] as const;

export function insurerName(id: string, language: 'zh' | 'en'): string {
  const insurer = INSURERS.find((candidate) => candidate.id === id);
  return insurer ? insurer[language] : id;
}
