import { maskName, maskPhone } from './case-access';

describe('masking other parties', () => {
  it.each([
    ['张三', '张*'],
    ['欧阳娜娜', '欧***'],
    ['A', '*'],
  ])('masks the name %s as %s', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });

  it.each([
    ['13800000002', '138****0002'],
    ['+86 138 0000 0002', '861******0002'],
    ['12345', '*****'],
  ])('masks the phone %s as %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });
});
