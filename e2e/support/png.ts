import { inflateSync } from 'node:zlib';

/** A decoded PNG: 8-bit RGBA pixels, row by row. */
export interface DecodedPng {
  width: number;
  height: number;
  /** Four bytes per pixel: red, green, blue, alpha. */
  pixels: Uint8Array;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const CHANNELS: Record<number, number> = { 2: 3, 6: 4 };

/**
 * Decodes the PNGs browsers write from a canvas: 8 bits per channel, RGB
 * or RGBA, not interlaced. Throws on anything else, so that a broken file
 * fails the test that reads it.
 */
export function decodePng(file: Buffer): DecodedPng {
  if (!SIGNATURE.every((byte, i) => file[i] === byte)) {
    throw new Error('not a PNG: the signature is missing');
  }
  const { header, data } = readChunks(file);
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const [bitDepth, colorType, , , interlace] = header.subarray(8, 13);
  const channels = CHANNELS[colorType!];
  if (bitDepth !== 8 || channels === undefined || interlace !== 0) {
    throw new Error(`unsupported PNG: depth ${bitDepth}, type ${colorType}`);
  }

  const rows = unfilter(inflateSync(data), width, height, channels);
  return { width, height, pixels: toRgba(rows, channels) };
}

function readChunks(file: Buffer) {
  let header: Buffer | undefined;
  const data: Buffer[] = [];
  for (let offset = 8; offset < file.length;) {
    const length = file.readUInt32BE(offset);
    const type = file.toString('latin1', offset + 4, offset + 8);
    const body = file.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = body;
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  if (!header) throw new Error('not a PNG: no IHDR chunk');
  return { header, data: Buffer.concat(data) };
}

/** Undoes the per-row filters of the PNG format (none, sub, up, …). */
function unfilter(
  raw: Buffer,
  width: number,
  height: number,
  channels: number,
): Uint8Array {
  const stride = width * channels;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x += 1) {
      const left = x >= channels ? out[y * stride + x - channels]! : 0;
      const up = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const upLeft =
        y > 0 && x >= channels ? out[(y - 1) * stride + x - channels]! : 0;
      const predicted = predict(filter, left, up, upLeft);
      out[y * stride + x] = (line[x]! + predicted) & 0xff;
    }
  }
  return out;
}

function predict(filter: number, left: number, up: number, upLeft: number) {
  switch (filter) {
    case 0:
      return 0;
    case 1:
      return left;
    case 2:
      return up;
    case 3:
      return (left + up) >> 1;
    case 4:
      return paeth(left, up, upLeft);
    default:
      throw new Error(`broken PNG: unknown row filter ${filter}`);
  }
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

function toRgba(rows: Uint8Array, channels: number): Uint8Array {
  if (channels === 4) return rows;
  const rgba = new Uint8Array((rows.length / 3) * 4);
  for (let i = 0, j = 0; i < rows.length; i += 3, j += 4) {
    rgba.set([rows[i]!, rows[i + 1]!, rows[i + 2]!, 255], j);
  }
  return rgba;
}

/** How many pixels have exactly the colour «#rrggbb», fully opaque. */
export function countPixels(png: DecodedPng, hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) =>
    Number.parseInt(hex.slice(i, i + 2), 16),
  );
  let count = 0;
  for (let i = 0; i < png.pixels.length; i += 4) {
    const p = png.pixels;
    if (p[i] === r && p[i + 1] === g && p[i + 2] === b && p[i + 3] === 255) {
      count += 1;
    }
  }
  return count;
}
