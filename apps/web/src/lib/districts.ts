/**
 * The districts a case can be reported in (an officer's desk serves one). The embedded default
 * knows Chongqing's central districts; a case's `district` is the id, the centre is used when
 * the browser cannot tell where the phone is.
 */
export interface District {
  id: string;
  zh: string;
  en: string;
  lat: number;
  lng: number;
}

export const DISTRICTS: readonly District[] = [
  { id: 'yuzhong', zh: '渝中区', en: 'Yuzhong', lat: 29.5563, lng: 106.5683 },
  { id: 'jiangbei', zh: '江北区', en: 'Jiangbei', lat: 29.6066, lng: 106.5744 },
  { id: 'nanan', zh: '南岸区', en: "Nan'an", lat: 29.5231, lng: 106.5644 },
  { id: 'shapingba', zh: '沙坪坝区', en: 'Shapingba', lat: 29.5411, lng: 106.4542 },
  { id: 'jiulongpo', zh: '九龙坡区', en: 'Jiulongpo', lat: 29.5022, lng: 106.5111 },
  { id: 'dadukou', zh: '大渡口区', en: 'Dadukou', lat: 29.4844, lng: 106.4822 },
  { id: 'yubei', zh: '渝北区', en: 'Yubei', lat: 29.7183, lng: 106.6311 },
  { id: 'banan', zh: '巴南区', en: 'Banan', lat: 29.4022, lng: 106.5406 },
  { id: 'beibei', zh: '北碚区', en: 'Beibei', lat: 29.8256, lng: 106.4378 },
];

const EARTH_RADIUS_M = 6_371_000;

/** Great-circle distance in metres. */
export function distanceMeters(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = radians(b.lat - a.lat);
  const dLng = radians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The district whose centre is nearest, as a first guess the driver can change. */
export function nearestDistrict(position: { lat: number; lng: number }): District {
  return DISTRICTS.reduce((best, district) =>
    distanceMeters(position, district) < distanceMeters(position, best) ? district : best,
  );
}

export function districtById(id: string): District | undefined {
  return DISTRICTS.find((district) => district.id === id);
}
