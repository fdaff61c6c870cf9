import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, statSync } from "node:fs";
import { join } from "node:path";
import { readArchive } from "../../src/xlsx/package/zipArchive";
import { parseXml } from "../../src/xlsx/package/xmlDocument";
import { loadFixture } from "../fixtures/loadFixture";
import { handWrittenPackage } from "../fixtures/packages/handWritten";
import { readParts, text, writeParts, type Parts } from "../fixtures/packages/repackage";
import { runCli, STACK_FRAME, tempDir, writeGridsAsXlsx } from "../cli/runCli";
import { checkWorkbook } from "../../src/engine";

/**
 * Workbooks saved by other programs (test/fixtures/packages/README.md) go through the built
 * `party-ledger check` and `clear`: no part is lost, parts we do not edit keep their very
 * compressed bytes, the user's notes survive, LibreOffice opens every checked copy, and clearing
 * gives back every part as it was.
 */

const dir = tempDir("party-ledger-writers-");
const grids = loadFixture("department-q1").sheets;
const AS_OF = "2024-04-10";

/** Parts a check may edit or add; every other part must come through byte for byte. */
const OURS =
  /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?|xl\/comments[^/]*\.xml|xl\/comments\/comment\d+\.xml|xl\/drawings\/(vmlDrawing|commentsDrawing)\d+\.vml)$/;

interface Fixture {
  name: string;
  file: string;
}

const fixtures: Fixture[] = [];
let hand: ReturnType<typeof handWrittenPackage>;

function libreOffice(args: readonly string[]): void {
  execFileSync(
    "libreoffice",
    ["--headless", `-env:UserInstallation=file://${join(dir, "lo-profile")}`, ...args],
    {
      stdio: "pipe",
      timeout: 120_000,
    }
  );
}

beforeAll(async () => {
  const exceljs = join(dir, "exceljs.xlsx");
  await writeGridsAsXlsx(grids, exceljs);
  fixtures.push({ name: "ExcelJS", file: exceljs });

  mkdirSync(join(dir, "lo"));
  libreOffice(["--convert-to", "xlsx", "--outdir", join(dir, "lo"), exceljs]);
  renameSync(join(dir, "lo", "exceljs.xlsx"), join(dir, "libreoffice.xlsx"));
  fixtures.push({ name: "LibreOffice", file: join(dir, "libreoffice.xlsx") });

  const openpyxl = join(dir, "openpyxl.xlsx");
  execFileSync(
    "/usr/bin/python3",
    [join(__dirname, "..", "fixtures", "packages", "openpyxlLedger.py"), openpyxl],
    {
      input: JSON.stringify(grids),
      timeout: 60_000,
    }
  );
  fixtures.push({ name: "openpyxl", file: openpyxl });

  const plan = checkWorkbook(grids, { asOf: AS_OF }).highlights;
  // The cells our notes go on: the cell a note names, else the row's first value cell (A here).
  const noted =
    plan.sheets
      .find((s) => s.sheet === "三会一课台账")
      ?.notes.map((n) => `${n.column ?? "A"}${n.row}`) ?? [];
  const members = grids[2];
  if (!members || noted.length < 2)
    throw new Error("the fixture changed: no members or too few notes");
  const headers = (members.values[0] ?? []).slice(0, 2).map(String);
  const parts = readParts(exceljs);
  hand = handWrittenPackage(
    parts,
    {
      meeting: "xl/worksheets/sheet4.xml",
      members: "xl/worksheets/sheet3.xml",
      dues: "xl/worksheets/sheet6.xml",
      duesName: "党费台账",
    },
    { threaded: noted[0] ?? "A3", plain: noted[1] ?? "A4" },
    { ref: `A1:B${members.values.length}`, headers }
  );
  const handFile = join(dir, "handwritten.xlsm");
  writeParts(handFile, parts);
  fixtures.push({
    name: "hand-written (chart, image, table, threaded comment, plain note, pivot cache, custom XML, VBA)",
    file: handFile,
  });
}, 240_000);

const copyOf = (file: string): string => file.replace(/\.(xlsx|xlsm)$/, ".checked.$1");
const rawParts = async (file: string) =>
  new Map((await readArchive(readFileSync(file))).map((e) => [e.name, e]));

describe.each([0, 1, 2, 3])("a workbook from another writer (#%i)", (index) => {
  let fixture: Fixture;
  let input: Parts;
  let copy: Parts;
  beforeAll(() => {
    const found = fixtures[index];
    if (!found) throw new Error("fixture missing");
    fixture = found;
    input = readParts(fixture.file);
    const run = runCli(["check", fixture.file, "--as-of", AS_OF]);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect([0, 1]).toContain(run.status);
    copy = readParts(copyOf(fixture.file));
  }, 120_000);

  test("check --report-only reads it too", () => {
    expect([0, 1]).toContain(
      runCli(["check", fixture.file, "--report-only", "--as-of", AS_OF]).status
    );
  });

  test("no part is lost; parts not ours keep their compressed bytes; ours re-parse", async () => {
    expect(Object.keys(copy)).toEqual(expect.arrayContaining(Object.keys(input)));
    const before = await rawParts(fixture.file);
    const after = await rawParts(copyOf(fixture.file));
    for (const [name, entry] of before) {
      const out = after.get(name);
      expect(out).toBeDefined();
      if (!out) continue;
      const same = Buffer.from(input[name] ?? []).equals(Buffer.from(copy[name] ?? []));
      if (!OURS.test(name)) expect({ name, same }).toEqual({ name, same: true });
      if (same)
        expect({ name, raw: Buffer.from(out.data).equals(Buffer.from(entry.data)) }).toEqual({
          name,
          raw: true,
        });
    }
    for (const name of Object.keys(copy)) {
      if (/\.(xml|rels)$/.test(name) && OURS.test(name))
        expect(() => parseXml(text(copy, name), name)).not.toThrow();
    }
  });

  test("LibreOffice opens the checked copy (converted to PDF)", () => {
    const out = join(dir, `pdf-${index}`);
    mkdirSync(out, { recursive: true });
    libreOffice(["--convert-to", "pdf", "--outdir", out, copyOf(fixture.file)]);
    const pdf = join(
      out,
      `${copyOf(fixture.file)
        .split("/")
        .pop()
        ?.replace(/\.\w+$/, "")}.pdf`
    );
    expect(existsSync(pdf)).toBe(true);
    expect(statSync(pdf).size).toBeGreaterThan(5_000);
  }, 120_000);

  test("clear gives back every part as it was", () => {
    const cleared = join(
      dir,
      `cleared-${index}${fixture.file.endsWith(".xlsm") ? ".xlsm" : ".xlsx"}`
    );
    const run = runCli(["clear", copyOf(fixture.file), "--out", cleared]);
    expect(run.status).toBe(0);
    const parts = readParts(cleared);
    expect(Object.keys(parts).sort()).toEqual(Object.keys(input).sort());
    for (const name of Object.keys(input)) {
      expect({ name, text: Buffer.from(parts[name] ?? []).toString("utf8") }).toEqual({
        name,
        text: Buffer.from(input[name] ?? []).toString("utf8"),
      });
    }
  });
});

describe("the hand-written package's own content", () => {
  let copy: Parts;
  beforeAll(() => {
    copy = readParts(copyOf(fixtures[3]?.file ?? ""));
  });

  test("the plain <t> note keeps its text, with our block after the 【党建台账检查】 line", () => {
    const comments = text(copy, "xl/comments9.xml");
    const doc = parseXml(comments);
    const list = doc.root.children.find((c) => c.local === "commentList");
    const plain = list?.children.find((c) => c.attributes.ref === hand.plainNoteCell);
    const t = plain?.children[0]?.children[0];
    expect(t?.local).toBe("t");
    expect(t?.text.startsWith(`${hand.plainNoteText}\n\n【党建台账检查】\n`)).toBe(true);
  });

  test("the threaded comment and its legacy note are untouched; our note went beside it", () => {
    const comments = text(copy, "xl/comments9.xml");
    const doc = parseXml(comments);
    const list = doc.root.children.find((c) => c.local === "commentList");
    const threaded = list?.children.find((c) => c.attributes.ref === hand.threadedCell);
    expect(threaded?.children[0]?.children[0]?.text).toMatch(/^\[Threaded comment\]/);
    expect(threaded?.children[0]?.children[0]?.text).not.toContain("【党建台账检查】");
    const row = /\d+$/.exec(hand.threadedCell)?.[0] ?? "";
    const ours = list?.children.filter(
      (c) => c.attributes.ref?.endsWith(row) && c.attributes.ref !== hand.threadedCell
    );
    expect(ours?.length).toBe(1);
  });

  test("the VBA project, custom XML, pivot cache, chart and picture are there, byte for byte", () => {
    const input = readParts(fixtures[3]?.file ?? "");
    for (const name of [
      "xl/vbaProject.bin",
      "customXml/item1.xml",
      "xl/pivotCache/pivotCacheDefinition1.xml",
      "xl/charts/chart1.xml",
      "xl/media/image1.png",
      "xl/tables/table1.xml",
      "xl/threadedComments/threadedComment1.xml",
      "docProps/custom.xml",
    ]) {
      expect({
        name,
        equal: Buffer.from(copy[name] ?? []).equals(Buffer.from(input[name] ?? [1])),
      }).toEqual({ name, equal: true });
    }
    expect(text(copy, "[Content_Types].xml")).toContain(
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    );
  });
});
