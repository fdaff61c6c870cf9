// Draws the ribbon icons of the two function commands (assets/check-*.png, assets/clear-*.png) at
// the sizes the manifest names. Shapes are described in a 0–1 square and rendered with 4×4
// supersampling, so each size is drawn sharp rather than scaled. Run: node scripts/drawIcons.js
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { Buffer } = require("buffer");

const SIZES = [16, 32, 80];
const RED = [200, 30, 30];
const GREY = [80, 80, 80];

/** Distance from p to the segment a–b. */
function segment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Distance outside a rounded rectangle's outline (negative inside). */
function roundedBox(px, py, cx, cy, hw, hh, r) {
  const qx = Math.abs(px - cx) - hw + r;
  const qy = Math.abs(py - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** Layers, bottom first: each returns whether a point (0–1 coordinates) is inside, and its colour. */
const ICONS = {
  // A magnifier over a check mark: "look through the ledgers".
  check: (w) => [
    [GREY, (x, y) => Math.abs(Math.hypot(x - 0.42, y - 0.42) - 0.3) < w],
    [GREY, (x, y) => segment(x, y, 0.64, 0.64, 0.9, 0.9) < w * 1.4],
    [
      RED,
      (x, y) =>
        Math.min(segment(x, y, 0.28, 0.44, 0.38, 0.54), segment(x, y, 0.38, 0.54, 0.57, 0.31)) < w,
    ],
  ],
  // A cell with a mark struck out: "take the marks away".
  clear: (w) => [
    [GREY, (x, y) => Math.abs(roundedBox(x, y, 0.5, 0.5, 0.4, 0.3, 0.06)) < w * 0.8],
    [
      RED,
      (x, y) =>
        Math.min(segment(x, y, 0.34, 0.34, 0.66, 0.66), segment(x, y, 0.66, 0.34, 0.34, 0.66)) < w,
    ],
  ],
};

function render(layers, size) {
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const [colour, inside] of layers) {
        let hits = 0;
        for (let sy = 0; sy < samples; sy++) {
          for (let sx = 0; sx < samples; sx++) {
            if (inside((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size))
              hits++;
          }
        }
        const cover = hits / (samples * samples);
        // "Over" compositing of this layer onto what is below.
        const outA = cover + a * (1 - cover);
        if (outA > 0) {
          r = (colour[0] * cover + r * a * (1 - cover)) / outA;
          g = (colour[1] * cover + g * a * (1 - cover)) / outA;
          b = (colour[2] * cover + b * a * (1 - cover)) / outA;
        }
        a = outA;
      }
      pixels.set(
        [Math.round(r), Math.round(g), Math.round(b), Math.round(a * 255)],
        (py * size + px) * 4
      );
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An RGBA, 8-bit, non-interlaced PNG. */
function png(pixels, size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), pixels.subarray(y * size * 4, (y + 1) * size * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const [name, layersFor] of Object.entries(ICONS)) {
  for (const size of SIZES) {
    // Strokes at least about 1.5 px wide, so the 16 px icon stays legible.
    const halfWidth = Math.max(0.055, 0.75 / size);
    const file = path.join(__dirname, "..", "assets", `${name}-${size}.png`);
    fs.writeFileSync(file, png(render(layersFor(halfWidth), size), size));
    process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
  }
}
