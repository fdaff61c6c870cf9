import madge from "madge";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * No module of src/ may import itself through others. Type-only imports count: a cycle of types
 * is still two modules that cannot be understood, moved or tested one without the other.
 */
const root = join(__dirname, "..");

async function cyclesIn(dir: string): Promise<string[][]> {
  const graph = await madge(dir, {
    fileExtensions: ["ts", "tsx"],
    tsConfig: join(root, "tsconfig.json"),
    // Tests of src/ import helpers from test/: the cycles asked about are those within src/.
    excludeRegExp: [/^\.\.\//],
  });
  return graph.circular();
}

test("src/ has no import cycle", async () => {
  expect(await cyclesIn(join(root, "src"))).toEqual([]);
});

test("a cycle of type-only imports is found", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cycle-"));
  try {
    writeFileSync(join(dir, "a.ts"), 'import type { B } from "./b";\nexport type A = { b?: B };\n');
    writeFileSync(join(dir, "b.ts"), 'import type { A } from "./a";\nexport type B = { a?: A };\n');
    writeFileSync(join(dir, "c.ts"), 'import type { A } from "./a";\nexport type C = A;\n');
    expect(await cyclesIn(dir)).toEqual([["a.ts", "b.ts"]]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
