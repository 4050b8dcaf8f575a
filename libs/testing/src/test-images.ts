import sharp from 'sharp';
import { deflateSync } from 'node:zlib';

/**
 * Structured scenes drawn from SVG (a road, two cars, a sign), so perceptual hashes behave as on
 * photos: each seed moves and colours the shapes differently.
 */
export function sceneSvg(seed: number, width = 1200, height = 900): string {
  const shift = (seed * 97) % 300;
  const hue = (seed * 53) % 360;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 1200 900">
    <rect width="1200" height="900" fill="hsl(${hue},40%,70%)"/>
    <rect y="500" width="1200" height="400" fill="#444"/>
    <rect x="${100 + shift}" y="380" width="380" height="170" rx="40" fill="hsl(${(hue + 120) % 360},70%,45%)"/>
    <rect x="${650 - shift / 2}" y="360" width="420" height="190" rx="30" fill="hsl(${(hue + 240) % 360},60%,35%)"/>
    <circle cx="${200 + shift}" cy="560" r="45" fill="#111"/><circle cx="${420 + shift}" cy="560" r="45" fill="#111"/>
    <polygon points="${900 - shift},100 ${1000 - shift},300 ${800 - shift},300" fill="hsl(${(hue + 60) % 360},90%,50%)"/>
    <rect x="0" y="${680 + (seed % 5) * 20}" width="1200" height="14" fill="#eee"/>
  </svg>`;
}

export interface ExifOptions {
  dateTimeOriginal?: string;
  offset?: string;
  gps?: { lat: number; lng: number };
  orientation?: number;
}

export async function sceneJpeg(
  seed: number,
  exif: ExifOptions = {},
  size: { width: number; height: number } = { width: 1200, height: 900 },
): Promise<Buffer> {
  let image = sharp(Buffer.from(sceneSvg(seed, size.width, size.height)));
  const IFD0: Record<string, string> = { Make: 'QuickClaim test camera' };
  const IFD2: Record<string, string> = {};
  const IFD3: Record<string, string> = {};
  if (exif.dateTimeOriginal) IFD2.DateTimeOriginal = exif.dateTimeOriginal;
  if (exif.offset) IFD2.OffsetTimeOriginal = exif.offset;
  if (exif.gps) {
    Object.assign(IFD3, {
      GPSLatitudeRef: exif.gps.lat >= 0 ? 'N' : 'S',
      GPSLatitude: degreesMinutesSeconds(Math.abs(exif.gps.lat)),
      GPSLongitudeRef: exif.gps.lng >= 0 ? 'E' : 'W',
      GPSLongitude: degreesMinutesSeconds(Math.abs(exif.gps.lng)),
    });
  }
  const hasExif = Object.keys(IFD2).length > 0 || Object.keys(IFD3).length > 0;
  if (hasExif) image = image.withExif({ IFD0, IFD2, IFD3 });
  if (exif.orientation) image = image.withMetadata({ orientation: exif.orientation });
  return image.jpeg({ quality: 90 }).toBuffer();
}

function degreesMinutesSeconds(value: number): string {
  const degrees = Math.floor(value);
  const minutesFloat = (value - degrees) * 60;
  const minutes = Math.floor(minutesFloat);
  const hundredthsOfSeconds = Math.round((minutesFloat - minutes) * 60 * 100);
  return `${degrees}/1 ${minutes}/1 ${hundredthsOfSeconds}/100`;
}

/** A PNG whose header claims huge dimensions: what a decompression bomb looks like to a decoder. */
export function pngClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8);
  header.writeUInt8(2, 9);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(1024))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
