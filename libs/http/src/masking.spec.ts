import { maskLicence, maskName, maskPhone } from './masking';

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

  it.each([
    ['110101199001011234', '1101**********1234'],
    ['11010119900101123X', '1101**********123X'],
    ['D1234567', '********'],
  ])('masks the licence number %s as %s', (licenceNo, masked) => {
    expect(maskLicence(licenceNo)).toBe(masked);
  });
});
