import { plateNumber } from '@quickclaim/testing';
import { normalisePlate, plateKind } from './plates';

describe('Chinese number plates (GA 36-2018)', () => {
  it.each([
    ['渝A12345', 'ORDINARY'],
    ['京B8X9Z7', 'ORDINARY'],
    ['渝AD12345', 'NEW_ENERGY_SMALL'],
    ['渝AFA1234', 'NEW_ENERGY_SMALL'],
    ['粤BA12345', 'NEW_ENERGY_SMALL'],
    ['渝A12345D', 'NEW_ENERGY_LARGE'],
    ['沪C54321F', 'NEW_ENERGY_LARGE'],
    ['渝A1234警', 'POLICE'],
    ['渝A1234学', 'COACH'],
    ['渝A1234挂', 'TRAILER'],
    ['渝A1234应急', 'EMERGENCY'],
    ['沪A1234领', 'CONSULATE'],
    ['使014578', 'EMBASSY'],
    ['粤Z1234港', 'HONG_KONG'],
    ['粤Z1234澳', 'MACAU'],
  ])('reads %s as %s', (plate, kind) => {
    expect(plateKind(plate)).toBe(kind);
  });

  it.each([
    ['no province', 'A12345'],
    ['an unknown province', '港A12345'],
    ['a digit for the issuing office', '渝112345'],
    ['I in the serial', '渝A1234I'],
    ['O in the serial', '渝A12O45'],
    ['four characters', '渝A1234'],
    ['six characters without D or F', '渝A123456'],
    ['a large new-energy plate ending in another letter', '渝A12345E'],
    ['a small new-energy plate with letters at the end', '渝AD1234A'],
    ['Hong Kong plates of another office', '粤B1234港'],
    ['an embassy plate with five digits', '使01457'],
    ['nothing', ''],
  ])('refuses %s (%s)', (_what, plate) => {
    expect(plateKind(plate)).toBeNull();
  });

  it('reads a plate without its spaces, dots and dashes, in upper case', () => {
    expect(normalisePlate(' 渝a·12 3-45 ')).toBe('渝A12345');
    expect(plateKind('渝a.d1234 5')).toBe('NEW_ENERGY_SMALL');
  });

  it('gives test workloads a valid plate of their own for every index', () => {
    const plates = [0, 1, 33, 34, 1_000_000, 34 ** 5 - 1].map((index) => plateNumber(index));
    expect(plates.map(plateKind)).toEqual(plates.map(() => 'ORDINARY'));
    expect(new Set(plates).size).toBe(plates.length);
    expect(plateNumber(1, 'B')).toBe('渝B00001');
  });
});
