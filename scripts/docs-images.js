// `node scripts/docs-images.js`: the pictures of docs/images/ that show the workbooks we write, as
// LibreOffice renders them (the README's). Needs `npm run demo` first (out/ holds the checked
// sample), and libreoffice, pdftoppm and pdftotext on the PATH. Each picture is a page, or part of
// one, of a PDF LibreOffice prints; look at them before committing.
const { execFileSync } = require("node:child_process");
const { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");
const { strFromU8, strToU8, unzipSync, zipSync } = require("fflate");

const root = join(__dirname, "..");
const out = join(root, "out");
const images = join(root, "docs", "images");
const work = join(out, "images");
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const cli = join(root, "build", "cli", "cli", "main.js");
const run = (command, args) => execFileSync(command, args, { cwd: work, stdio: "pipe" });

/** A copy of an .xlsx with some parts' text changed. */
function patched(source, target, edit) {
  const parts = unzipSync(readFileSync(source));
  for (const [name, data] of Object.entries(parts)) {
    const text = edit(name, strFromU8(data));
    if (text !== undefined) parts[name] = strToU8(text);
  }
  writeFileSync(target, zipSync(parts));
}

function pdfOf(xlsx) {
  run("libreoffice", ["--headless", "--convert-to", "pdf", "--outdir", work, xlsx]);
  return xlsx.replace(/\.xlsx$/, ".pdf");
}

/** The 1-based pages of a PDF whose text contains `needle`. */
function pagesWith(pdf, needle) {
  const count = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [pdf]).toString())?.[1] ?? 0);
  const pages = [];
  for (let page = 1; page <= count; page++) {
    const text = run("pdftotext", ["-f", `${page}`, "-l", `${page}`, "-layout", pdf, "-"]);
    if (text.toString().includes(needle)) pages.push(page);
  }
  return pages;
}

/** Where a word stands on a page, in points: the first whose text starts with `needle`. */
function wordBox(pdf, page, needle) {
  const xml = run("pdftotext", ["-f", `${page}`, "-l", `${page}`, "-bbox", pdf, "-"]).toString();
  for (const m of xml.matchAll(
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g
  )) {
    if (m[5].startsWith(needle)) return { x: Number(m[1]), y: Number(m[2]) };
  }
  throw new Error(`“${needle}” is not on page ${page} of ${pdf}`);
}

/** A page (or, with `crop` in points, part of it) as docs/images/<name>.png at `dpi`. */
function picture(pdf, page, name, dpi, crop) {
  const args = ["-png", "-singlefile", "-r", `${dpi}`, "-f", `${page}`, "-l", `${page}`];
  if (crop) {
    const px = (points) => `${Math.round((points * dpi) / 72)}`;
    args.push("-x", px(crop.x), "-y", px(crop.y), "-W", px(crop.width), "-H", px(crop.height));
  }
  run("pdftoppm", [...args, pdf, join(images, name)]);
  process.stdout.write(`docs/images/${name}.png\n`);
}

// The checked sample: the 汇总表 and the 问题清单's first two pages (the header repeats).
const checked = join(work, "checked.xlsx");
copyFileSync(join(out, "示例单位党建台账.checked.xlsx"), checked);
const pdf = pdfOf(checked);
picture(pdf, 1, "summary-sheet", 110);
const list = pagesWith(pdf, "检查问题清单")[0];
picture(pdf, list, "findings-list", 110);
picture(pdf, list + 1, "findings-list-next-page", 110, { x: 0, y: 0, width: 842, height: 200 });

// Notes are shown only on hover; a copy with ours shown prints them where they sit.
const shown = join(work, "notes-shown.xlsx");
patched(checked, shown, (name, text) =>
  name.endsWith(".vml")
    ? text
        .replace(/visibility:hidden/g, "visibility:visible")
        .replace(/<x:AutoFill>False<\/x:AutoFill>/g, "<x:AutoFill>False</x:AutoFill><x:Visible/>")
    : undefined
);
const notesPdf = pdfOf(shown);
const meetings = pagesWith(notesPdf, "会议台账（2025年度）");
const notePage = meetings.find((page) => pagesWith(notesPdf, "到会8人").includes(page));
const note = wordBox(notesPdf, notePage, "【党建台账检查】");
picture(notesPdf, notePage, "notes", 170, { x: 20, y: note.y - 40, width: 800, height: 120 });

// The template: 填表说明, 单位信息, and a ledger with its example rows (the marker right of the
// table is outside the print area: a copy without it shows it).
const template = join(work, "template.xlsx");
execFileSync(process.execPath, [
  cli,
  "template",
  template,
  "--year",
  "2025",
  "--unit",
  "上海市示范局机关党委",
  "--force",
]);
const unprinted = join(work, "template-all-columns.xlsx");
patched(template, unprinted, (name, text) =>
  name === "xl/workbook.xml"
    ? text.replace(/<definedName name="_xlnm\.Print_Area"[^>]*>[^<]*<\/definedName>/g, "")
    : undefined
);
const templatePdf = pdfOf(unprinted);
picture(templatePdf, pagesWith(templatePdf, "党建台账填表说明")[0], "template-instructions", 110);
const unitPage = pagesWith(templatePdf, "单位信息（2025年度）")[0];
picture(templatePdf, unitPage, "template-unit-info", 90);
const meetingPage = pagesWith(templatePdf, "会议台账（2025年度）")[0];
const title = wordBox(templatePdf, meetingPage, "会议台账（2025年度）");
picture(templatePdf, meetingPage, "template-examples", 220, {
  x: 25,
  y: title.y - 6,
  width: 800,
  height: 62,
});
