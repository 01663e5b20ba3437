// Draws the extension's icon, images/icon.png (128×128): a shield with a tick on a rounded
// square — a duty held, and protected. Pure Node (zlib), no image library:
//   node scripts/make-icon.mjs
import { mkdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const SIZE = 128;
const SAMPLES = 4; // supersampling per axis, for smooth edges

/** Signed distance to a rounded box centred at (cx, cy). */
function roundedBox(x, y, cx, cy, halfW, halfH, radius) {
  const qx = Math.abs(x - cx) - halfW + radius;
  const qy = Math.abs(y - cy) - halfH + radius;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

/** Distance to the segment a–b. */
function segment(x, y, ax, ay, bx, by) {
  const px = x - ax, py = y - ay, dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - t * dx, py - t * dy);
}

/** Inside the shield: a flat top with rounded shoulders, sides curving to a point. */
function inShield(x, y, cx, top, halfW, height) {
  const v = (y - top) / height; // 0 at the top, 1 at the point
  if (v < 0 || v > 1) return false;
  const shoulder = Math.min(1, v * 9); // rounded top corners
  const width = halfW * (v < 0.45 ? 0.82 + 0.18 * Math.sqrt(shoulder) : Math.cos(((v - 0.45) / 0.55) * (Math.PI / 2)) ** 0.8);
  return Math.abs(x - cx) <= width;
}

function colourAt(x, y) {
  // Background: rounded square, a vertical gradient from teal to deep blue.
  if (roundedBox(x, y, 64, 64, 62, 62, 24) > 0) return [0, 0, 0, 0];
  const g = y / SIZE;
  let colour = [Math.round(24 + 10 * g), Math.round(120 - 60 * g), Math.round(130 + 20 * g), 255];
  if (inShield(x, y, 64, 18, 40, 94)) colour = [250, 250, 245, 255];
  if (inShield(x, y, 64, 26, 31, 78)) colour = [236, 244, 242, 255];
  // The tick.
  const tick = Math.min(segment(x, y, 45, 64, 59, 79), segment(x, y, 59, 79, 85, 47));
  if (tick <= 6.5) colour = [22, 128, 104, 255];
  return colour;
}

const rows = [];
for (let y = 0; y < SIZE; y++) {
  const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0, then RGBA
  for (let x = 0; x < SIZE; x++) {
    const sum = [0, 0, 0, 0];
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const c = colourAt(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES);
        // Premultiply so transparent samples do not darken the edge.
        sum[0] += c[0] * c[3]; sum[1] += c[1] * c[3]; sum[2] += c[2] * c[3]; sum[3] += c[3];
      }
    }
    const alpha = sum[3] / (SAMPLES * SAMPLES);
    for (let i = 0; i < 3; i++) row[1 + x * 4 + i] = sum[3] === 0 ? 0 : Math.round(sum[i] / sum[3]);
    row[1 + x * 4 + 3] = Math.round(alpha);
  }
  rows.push(row);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk("IHDR", header),
  chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk("IEND", Buffer.alloc(0)),
]);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
mkdirSync(path.join(root, "images"), { recursive: true });
writeFileSync(path.join(root, "images", "icon.png"), png);
console.log(`images/icon.png: ${SIZE}×${SIZE}, ${png.length} bytes`);
