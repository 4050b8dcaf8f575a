/** Money is integer fen everywhere (domain.md); yuan appear only on screen and in inputs. */

const FEN_PER_YUAN = 100;

/** 123456 → "¥1,234.56"; never through floating point. */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not a whole number of fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const absolute = Math.abs(fen);
  const yuan = Math.floor(absolute / FEN_PER_YUAN);
  const cents = absolute % FEN_PER_YUAN;
  const grouped = String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}¥${grouped}.${String(cents).padStart(2, '0')}`;
}

/**
 * What a person types as yuan ("1234", "1,234.5", "¥ 1234.56") → fen, or null when it is not an
 * amount with at most two decimals. Parsed as text so 0.1 + 0.2 never happens.
 */
export function parseYuan(input: string): number | null {
  const text = input.replace(/[\s,¥￥]/g, '');
  const match = /^(\d{1,13})(?:\.(\d{0,2}))?$/.exec(text);
  if (!match) return null;
  const fen = Number(match[1]) * FEN_PER_YUAN + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(fen) ? fen : null;
}

/** The running total of an assessment form: the lines that parse, and whether any does not. */
export function totalOf(amounts: readonly string[]): { totalFen: number; invalid: number[] } {
  let totalFen = 0;
  const invalid: number[] = [];
  amounts.forEach((amount, index) => {
    const fen = parseYuan(amount);
    if (fen === null || fen === 0) invalid.push(index);
    else totalFen += fen;
  });
  return { totalFen, invalid };
}
