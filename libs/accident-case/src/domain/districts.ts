/**
 * The districts the platform serves: a case is reported in one, and an officer's desk serves one.
 * Each is held as a circle around its centre that contains the whole district, with a margin: a
 * reported point outside it is certainly not in the district (a hint for the officer, since
 * phones' positions can be off), a point inside may still be just across a border. Surveyed
 * boundaries are regulated map data (公开地图需审图号); circles derived from each district's
 * extent need none. See ADR 32.
 */
export interface District {
  id: string;
  name: string;
  centre: { lat: number; lng: number };
  radiusMeters: number;
}

export const DISTRICTS: readonly District[] = [
  { id: 'yuzhong', name: '渝中区', centre: { lat: 29.5563, lng: 106.5683 }, radiusMeters: 9_000 },
  { id: 'jiangbei', name: '江北区', centre: { lat: 29.6066, lng: 106.5744 }, radiusMeters: 16_000 },
  { id: 'nanan', name: '南岸区', centre: { lat: 29.5231, lng: 106.5644 }, radiusMeters: 16_000 },
  { id: 'shapingba', name: '沙坪坝区', centre: { lat: 29.5411, lng: 106.4542 }, radiusMeters: 22_000 },
  { id: 'jiulongpo', name: '九龙坡区', centre: { lat: 29.5022, lng: 106.5111 }, radiusMeters: 25_000 },
  { id: 'dadukou', name: '大渡口区', centre: { lat: 29.4844, lng: 106.4822 }, radiusMeters: 12_000 },
  { id: 'yubei', name: '渝北区', centre: { lat: 29.7183, lng: 106.6311 }, radiusMeters: 50_000 },
  { id: 'banan', name: '巴南区', centre: { lat: 29.4022, lng: 106.5406 }, radiusMeters: 45_000 },
  { id: 'beibei', name: '北碚区', centre: { lat: 29.8256, lng: 106.4378 }, radiusMeters: 30_000 },
];

/**
 * The people's mediation committee (人民调解委员会, insurance-industry) whose mediators take the
 * mediations of a district's cases: one per district, named by it.
 */
export function mediationCommitteeOf(district: string): string {
  return `${district}-insurance-mediation`;
}

export const DISTRICT_IDS = DISTRICTS.map((district) => district.id);

export function districtById(id: string): District | undefined {
  return DISTRICTS.find((district) => district.id === id);
}
