/**
 * CRC-32 as zip stores it, in plain JavaScript for hosts without Node's zlib (a browser page).
 * Slicing by 4: four table look-ups per four bytes instead of one per byte, which a 40 MB sheet
 * notices.
 */

const TABLES = (() => {
  const tables = [0, 1, 2, 3].map(() => new Uint32Array(256));
  const [t0, t1, t2, t3] = tables as [Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t0[n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    const c0 = t0[n] ?? 0;
    const c1 = (t0[c0 & 0xff] ?? 0) ^ (c0 >>> 8);
    const c2 = (t0[c1 & 0xff] ?? 0) ^ (c1 >>> 8);
    t1[n] = c1 >>> 0;
    t2[n] = c2 >>> 0;
    t3[n] = ((t0[c2 & 0xff] ?? 0) ^ (c2 >>> 8)) >>> 0;
  }
  return { t0, t1, t2, t3 };
})();

/** The CRC of `data` continuing from `previous` (the CRC of what came before; 0 to start). */
export function crc32(data: Uint8Array, previous = 0): number {
  const { t0, t1, t2, t3 } = TABLES;
  let crc = ~previous >>> 0;
  let i = 0;
  const end4 = data.length - (data.length % 4);
  for (; i < end4; i += 4) {
    crc ^=
      (data[i] ?? 0) |
      ((data[i + 1] ?? 0) << 8) |
      ((data[i + 2] ?? 0) << 16) |
      ((data[i + 3] ?? 0) << 24);
    crc =
      (t3[crc & 0xff] ?? 0) ^
      (t2[(crc >>> 8) & 0xff] ?? 0) ^
      (t1[(crc >>> 16) & 0xff] ?? 0) ^
      (t0[crc >>> 24] ?? 0);
  }
  for (; i < data.length; i++) crc = (t0[(crc ^ (data[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  return ~crc >>> 0;
}
