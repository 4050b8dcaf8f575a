import { DISTRICTS, distanceMeters, nearestDistrict } from './districts';

describe('districts', () => {
  it('measures Jiefangbei to Guanyinqiao at about 5 km', () => {
    const metres = distanceMeters({ lat: 29.5575, lng: 106.5772 }, { lat: 29.5766, lng: 106.5341 });
    expect(metres).toBeGreaterThan(4_000);
    expect(metres).toBeLessThan(5_500);
  });

  it('guesses the district from where the phone is', () => {
    expect(nearestDistrict({ lat: 29.563, lng: 106.551 }).id).toBe('yuzhong');
    expect(nearestDistrict({ lat: 29.72, lng: 106.64 }).id).toBe('yubei');
  });

  it('picks each district for its own centre', () => {
    for (const district of DISTRICTS) expect(nearestDistrict(district).id).toBe(district.id);
  });
});
