/**
 * Amounts on paper: integer fen shown as yuan, "¥1,234.56", by integer arithmetic only, so no
 * floating-point rounding can ever put a wrong cent on a document.
 */
export function formatYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`An amount must be a whole number of fen, got ${fen}`);
  const negative = fen < 0;
  const magnitude = BigInt(negative ? -fen : fen);
  const yuan = (magnitude / 100n).toString();
  const cents = (magnitude % 100n).toString().padStart(2, '0');
  const grouped = yuan.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}¥${grouped}.${cents}`;
}
