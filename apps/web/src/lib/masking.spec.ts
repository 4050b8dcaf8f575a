import { displayValue, isMasked, maskMiddle } from './masking';

describe('masked values on screen', () => {
  it.each([
    ['张*', true],
    ['138****0002', true],
    ['**', true],
    ['张三', false],
    ['13800000002', false],
    ['a*b*c', false],
    ['', false],
  ])('%p is masked: %p', (value, masked) => {
    expect(isMasked(value)).toBe(masked);
  });

  it('flags masked values and shows a dash for missing ones', () => {
    expect(displayValue('李*')).toEqual({ text: '李*', masked: true });
    expect(displayValue('李四')).toEqual({ text: '李四', masked: false });
    expect(displayValue(undefined)).toEqual({ text: '—', masked: false });
  });

  it('keeps only the ends of a secret', () => {
    expect(maskMiddle('eyJhbGciOiJIUzI1NiJ9.payload.Xk9Q')).toBe('eyJh…Xk9Q');
    expect(maskMiddle('PICC-2026-0001', 3)).toBe('PIC…001');
    expect(maskMiddle('short')).toBe('*****');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(maskMiddle('渝A12345渝B67890', 2)).toBe('渝A…90');
  });
});
