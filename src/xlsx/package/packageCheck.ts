import { writeAddinProperty, type AddinReference } from "./addinSettings";
import { dropFromCalcChain } from "./calcChain";
import type { PartCodec } from "./codec";
import { CONTENT_TYPE, ContentTypes } from "./contentTypes";
import { addNotes, clearNotes, threadedCells, type NoteRequest } from "./notes";
import { OoxmlPackage, relativeTarget, relsPartOf } from "./ooxmlPackage";
import { RELATIONSHIP, Relationships } from "./relationships";
import { DEFAULT_FONT_SIZE, revertStyles, StylesPart, type StylesReceipt } from "./styles";
import { absolute, summarySheetXml } from "./summaryPart";
import { SummaryFinder } from "./summarySheets";
import { type LeadingSheet, WorkbookPart, type WorkbookSheet } from "./workbookPart";
import { WorksheetPart, type MarkRule } from "./worksheetPart";
import { escapeXstring } from "./xmlDocument";
import {
  cellAddresses,
  chunkAddresses,
  type HighlightPlan,
  columnIndex,
  columnLetter,
  parseCellAddress,
} from "../../engine";
import {
  findSheet,
  markFormula,
  type MarkKind,
  modelSheets,
  renameSheetLinks,
  type SheetModel,
  unusedName,
} from "../../engine/workbook";

/**
 * Checked copies and clearing as a patch of the user's package: the parts a check concerns are
 * edited as XML (the marked sheets' tails, their notes and relationships, styles, the workbook's
 * sheet list, content types) and our 汇总表 is a part of its own; every other part is copied as its
 * original compressed bytes. Bytes in, bytes out, no host API: the command line and a browser page
 * both use it.
 */

const RECEIPT_FORMAT = "party-ledger-check/package-receipt@1";
/** The receipt sits in row 1 next to the summary's marker (Z1), in the hidden column AA. */
const RECEIPT_COLUMN = 26;

interface PackageReceipt {
  format: typeof RECEIPT_FORMAT;
  styles?: StylesReceipt;
  vmlDefault: boolean;
  activeTabWritten: boolean;
}

export interface CheckPatch {
  plan: HighlightPlan;
  /** The 汇总表, with its 问题清单 as an attachment. */
  summary: SheetModel;
  /** The 1-based columns holding values on a row of a sheet, in order (where notes may go). */
  valueColumns(sheet: string, row: number): readonly number[];
  /** The 1-based first and last columns holding values on a sheet; null for a sheet without. */
  usedColumns(sheet: string): { first: number; last: number } | null;
  /**
   * A document setting of the add-in to keep in the copy as the add-in keeps it (the checker
   * page's settings, `addinSettings.ts`); the command line writes none. Not ours to clear.
   */
  addinSetting?: { reference: AddinReference; name: string; value: string };
}

export interface PackageCheckReport {
  summarySheet: string;
  markedRows: number;
  markedCells: number;
  notes: number;
  /** Sheets of the plan that the workbook does not have. */
  skippedSheets: string[];
  /** Notes not written because every value cell of their row holds a threaded comment. */
  skippedNotes: number;
}

export interface PackageClearReport {
  sheets: string[];
  marks: number;
  notes: number;
  summaryRemoved: boolean;
}

interface Opened {
  pkg: OoxmlPackage;
  types: ContentTypes;
  workbookName: string;
  workbookRels: Relationships;
  workbook: WorkbookPart;
}

function open(pkg: OoxmlPackage): Opened {
  const root = Relationships.read(pkg, "");
  const workbookName =
    root.ofKind("officeDocument")[0]?.part ?? (pkg.has("xl/workbook.xml") ? "xl/workbook.xml" : "");
  const types = new ContentTypes(pkg);
  const workbookRels = Relationships.read(pkg, workbookName);
  return {
    pkg,
    types,
    workbookName,
    workbookRels,
    workbook: new WorkbookPart(pkg, workbookName, workbookRels),
  };
}

function save(opened: Opened): void {
  opened.workbook.save();
  opened.workbookRels.save();
  opened.types.save();
}

/** Rows ("A5:H6" → 2) or, for cell marks, cells ("D4 F2:F3" → 3) an sqref covers. */
function coverage(sqref: string, kind: string): number {
  let total = 0;
  for (const part of sqref.split(/\s+/).filter(Boolean)) {
    const [from = "", to = from] = part.split(":");
    const a = parseCellAddress(from);
    const b = parseCellAddress(to);
    if (!a || !b) continue;
    const rows = Math.abs(b.row - a.row) + 1;
    total += kind === "unreadable" ? rows * (Math.abs(b.column - a.column) + 1) : rows;
  }
  return total;
}

/**
 * Takes out everything a check wrote. A sheet `keep` names that had nothing of ours is handed to
 * `kept` as opened, so a check that marks it next need not inflate and split it again.
 */
function clearOpened(
  opened: Opened,
  keep: (sheet: string) => boolean = () => false,
  kept: Map<string, WorksheetPart> = new Map()
): PackageClearReport {
  const { pkg, types, workbook, workbookRels } = opened;
  const report: PackageClearReport = { sheets: [], marks: 0, notes: 0, summaryRemoved: false };
  const finder = new SummaryFinder(pkg, workbookRels.ofKind("sharedStrings")[0]?.part ?? undefined);
  const ours: WorkbookSheet[] = [];
  let receipt: PackageReceipt | undefined;
  for (const sheet of workbook.sheets) {
    if (sheet.kind !== "worksheet" || !sheet.part || !pkg.has(sheet.part)) continue;
    const found = finder.find(sheet.part);
    if (found) {
      ours.push(sheet);
      receipt ??= readReceipt(found.row1.get(columnLetter(RECEIPT_COLUMN)));
      continue;
    }
    const bytes = pkg.bytes(sheet.part);
    if (!bytes) continue;
    const worksheet = WorksheetPart.open(bytes, sheet.part);
    const marks = worksheet.ourMarkRefs();
    const removed = worksheet.removeMarks();
    const rels = Relationships.read(pkg, sheet.part);
    const notes = clearNotes(pkg, rels, worksheet, types);
    rels.save();
    if (worksheet.changed) pkg.setBytes(sheet.part, worksheet.bytes());
    else if (keep(sheet.name)) kept.set(sheet.part, worksheet);
    if (removed + notes > 0) report.sheets.push(sheet.name);
    report.marks += marks.reduce((sum, m) => sum + coverage(m.sqref, m.kind), 0);
    report.notes += notes;
  }
  if (ours.length > 0) {
    workbook.removeSheets(
      ours.map((s) => s.index),
      receipt?.activeTabWritten ?? false
    );
    for (const sheet of ours) {
      if (!sheet.part) continue;
      pkg.remove(sheet.part);
      pkg.remove(relsPartOf(sheet.part));
      types.removeOverride(sheet.part);
      for (const rel of workbookRels.list) {
        if (rel.part?.toLowerCase() === sheet.part.toLowerCase()) workbookRels.remove(rel);
      }
    }
    dropFromCalcChain(pkg, workbookRels, types, new Set(ours.map((s) => s.sheetId)));
    report.summaryRemoved = true;
  }
  if (receipt?.styles) {
    const styles = workbookRels.ofKind("styles")[0]?.part;
    if (styles) revertStyles(pkg, styles, receipt.styles, (data) => pkg.crc32(data));
  }
  if (receipt?.vmlDefault && !pkg.names().some((n) => n.toLowerCase().endsWith(".vml"))) {
    types.removeDefault("vml");
  }
  save(opened);
  return report;
}

function readReceipt(text: string | undefined): PackageReceipt | undefined {
  if (!text) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (
      typeof parsed === "object" &&
      parsed !== null &&
      Reflect.get(parsed, "format") === RECEIPT_FORMAT
    ) {
      return parsed as PackageReceipt;
    }
  } catch {
    // Not ours after all, or edited: nothing is undone by it.
  }
  return undefined;
}

/** Removes our marks, notes and 汇总表. `bytes` is undefined when there was nothing of ours. */
export async function clearPackage(
  input: Uint8Array,
  codec: PartCodec
): Promise<{ bytes: Uint8Array | undefined; report: PackageClearReport }> {
  const pkg = await OoxmlPackage.open(input, codec);
  const report = clearOpened(open(pkg));
  return { bytes: pkg.modified ? await pkg.toBytes() : undefined, report };
}

const toSqref = (chunk: string): string => chunk.split(",").join(" ");

/** Marks the package per the plan and adds the 汇总表; whatever an earlier check left goes first. */
export async function checkPackage(
  input: Uint8Array,
  patch: CheckPatch,
  codec: PartCodec
): Promise<{ bytes: Uint8Array; report: PackageCheckReport }> {
  const pkg = await OoxmlPackage.open(input, codec);
  const planned = new Set(patch.plan.sheets.map((s) => s.sheet.toLocaleLowerCase()));
  const kept = new Map<string, WorksheetPart>();
  clearOpened(open(pkg), (sheet) => planned.has(sheet.toLocaleLowerCase()), kept);
  const opened = open(pkg);
  const { types, workbook, workbookRels } = opened;
  const report: PackageCheckReport = {
    summarySheet: "",
    markedRows: 0,
    markedCells: 0,
    notes: 0,
    skippedSheets: [],
    skippedNotes: 0,
  };
  const stylesName = ensureStyles(opened);
  const styles = new StylesPart(pkg, stylesName);
  const dxf = new Map<MarkKind, number>();
  const dxfOf = (kind: MarkKind): number => {
    let id = dxf.get(kind);
    if (id === undefined) {
      id = styles.markFormat(patch.plan.colours[kind]);
      dxf.set(kind, id);
    }
    return id;
  };
  let vmlDefault = false;
  for (const highlights of patch.plan.sheets) {
    const sheet = findSheet(workbook.sheets, highlights.sheet);
    const part = sheet?.kind === "worksheet" ? sheet.part : undefined;
    const reused = part === undefined ? undefined : kept.get(part);
    const bytes = part === undefined || reused ? undefined : pkg.bytes(part);
    const worksheet = reused ?? (part && bytes ? WorksheetPart.open(bytes, part) : undefined);
    if (!sheet || part === undefined || !worksheet) {
      report.skippedSheets.push(highlights.sheet);
      continue;
    }
    const columns = patch.usedColumns(highlights.sheet);
    const rules: MarkRule[] = cellAddresses(highlights.unreadableCells).map((chunk) => ({
      sqref: toSqref(chunk),
      formula: markFormula("unreadable"),
      dxfId: dxfOf("unreadable"),
    }));
    if (columns) {
      const first = columnLetter(columns.first - 1);
      const last = columnLetter(columns.last - 1);
      for (const kind of ["error", "warning"] as const) {
        const ranges = kind === "error" ? highlights.errorRows : highlights.warningRows;
        for (const chunk of chunkAddresses(
          ranges.map((r) => `${first}${r.first}:${last}${r.last}`)
        )) {
          rules.push({ sqref: toSqref(chunk), formula: markFormula(kind), dxfId: dxfOf(kind) });
        }
        report.markedRows += ranges.reduce((sum, r) => sum + r.last - r.first + 1, 0);
      }
    }
    report.markedCells += highlights.unreadableCells.length;
    worksheet.addMarks(rules);

    const rels = Relationships.read(pkg, part);
    const threaded = threadedCells(pkg, rels);
    // Each note on the cell its findings name; one naming none on the row's first value cell (its
    // first unreadable cell, else the sheet's first column, when the row holds no value). A cell
    // with a threaded comment passes the note along the row; two landing on one cell are joined.
    const notes = new Map<string, NoteRequest>();
    for (const note of highlights.notes) {
      const own = note.column === null ? undefined : columnIndex(note.column);
      const candidates = own === undefined ? [] : [own + 1];
      candidates.push(...patch.valueColumns(highlights.sheet, note.row));
      const unreadable = highlights.unreadableCells.find((c) => c.row === note.row);
      if (unreadable) candidates.push((columnIndex(unreadable.column) ?? 0) + 1);
      candidates.push(columns?.first ?? 1);
      const column = candidates.find((c) => !threaded.has(`${columnLetter(c - 1)}${note.row}`));
      if (column === undefined) {
        report.skippedNotes++;
        continue;
      }
      const key = `${note.row}:${column}`;
      const same = notes.get(key);
      notes.set(key, {
        row: note.row,
        column,
        text: same ? `${same.text}\n${note.text}` : note.text,
      });
    }
    const written = addNotes(pkg, part, sheet.index, rels, worksheet, types, [...notes.values()]);
    vmlDefault ||= written.addedVmlDefault;
    report.notes += written.written;
    rels.save();
    if (worksheet.changed) pkg.setBytes(part, worksheet.bytes());
  }

  // The 汇总表 and its 问题清单: new parts, first in the tab order.
  const taken = workbook.sheets.map((s) => s.name);
  const renames = new Map<string, string>();
  for (const sheet of modelSheets(patch.summary)) {
    const name = unusedName(taken, sheet.name);
    taken.push(name);
    renames.set(sheet.name, name);
  }
  const models = renameSheetLinks(modelSheets(patch.summary), renames);
  report.summarySheet = models[0]?.name ?? "";
  const parts: string[] = [];
  for (let n = 1; parts.length < models.length; n++) {
    if (!pkg.has(`xl/worksheets/sheet${n}.xml`)) parts.push(`xl/worksheets/sheet${n}.xml`);
  }
  // The receipt needs styles.xml's final CRC, which needs every sheet's formats first.
  const placeholder = "party-ledger-check:receipt-placeholder";
  const scale = styles.defaultFontSize() / DEFAULT_FONT_SIZE;
  const xml = models.map((model, i) =>
    summarySheetXml(
      model,
      styles,
      i === 0 ? [{ column: RECEIPT_COLUMN, text: placeholder }] : [],
      scale
    )
  );
  const stylesReceipt = styles.save((data) => pkg.crc32(data));
  const leading: LeadingSheet[] = models.map((model, i) => {
    const part = parts[i] ?? "";
    types.addOverride(part, CONTENT_TYPE.worksheet);
    return {
      name: model.name,
      relationshipId: workbookRels.add(
        RELATIONSHIP.worksheet,
        relativeTarget(opened.workbookName, part)
      ),
      print: {
        area: absolute(model.print.printArea),
        titles: absolute(model.print.printTitleRows),
      },
      ...(model.autoFilter ? { autoFilter: absolute(model.autoFilter) } : {}),
    };
  });
  const { activeTabWritten } = workbook.addFirstSheets(leading);
  const receipt: PackageReceipt = {
    format: RECEIPT_FORMAT,
    ...(stylesReceipt ? { styles: stylesReceipt } : {}),
    vmlDefault,
    activeTabWritten,
  };
  xml.forEach((text, i) => {
    const part = parts[i] ?? "";
    pkg.setText(
      part,
      i === 0 ? text.replace(placeholder, escapeXstring(JSON.stringify(receipt))) : text
    );
  });
  if (patch.addinSetting) {
    const { reference, name: key, value } = patch.addinSetting;
    writeAddinProperty(pkg, types, reference, key, value);
  }
  save(opened);
  return { bytes: await pkg.toBytes(), report };
}

const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** The workbook's styles part; a workbook without one (never from Excel) gets Excel's minimum. */
function ensureStyles(opened: Opened): string {
  const existing = opened.workbookRels.ofKind("styles")[0]?.part;
  if (existing && opened.pkg.has(existing)) return existing;
  const part = "xl/styles.xml";
  opened.pkg.setText(part, MINIMAL_STYLES);
  opened.workbookRels.add(
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
    relativeTarget(opened.workbookName, part)
  );
  opened.types.addOverride(
    part,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
  );
  return part;
}
