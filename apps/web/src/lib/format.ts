/** "剩余 {time}" with { time: '4:32' } → "剩余 4:32"; unknown placeholders stay visible. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
