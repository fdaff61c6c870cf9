/**
 * A 64-bit hash of a string as 16 hex digits: two FNV-1a lanes with different offsets, each over
 * the UTF-16 code units. Not for security — it names a ledger record in a finding's identity
 * without storing its contents (a 党费 row holds a member's income base).
 */
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (a >>> 15);
  }
  const hex = (value: number): string => (value >>> 0).toString(16).padStart(8, "0");
  return hex(a) + hex(b);
}
