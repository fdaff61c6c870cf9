import { CONTENT_TYPE, type ContentTypes } from "./contentTypes";
import { noteAnchor, sheetGrid, type SheetGrid } from "./noteAnchor";
import { relativeTarget, type OoxmlPackage } from "./ooxmlPackage";
import { RELATIONSHIP, type Relationships } from "./relationships";
import type { WorksheetPart } from "./worksheetPart";
import {
  applySplices,
  childrenNamed,
  escapeXstring,
  firstChild,
  insertAt,
  parseXml,
  prefixOf,
  removeElement,
  type Splice,
  type XmlElement,
} from "./xmlDocument";
import { NOTE_HEADER, NOTE_SEPARATOR } from "../../engine/workbook";
import { cellAddress, noteBoxSize } from "../../engine";

/**
 * Our findings ride in cell notes: the sheet's comments part (the notes' text) and its VML drawing
 * (the boxes Excel shows). A cell without a note gets one of ours, starting with the bold line
 * 【党建台账检查】; a user's note keeps every character and gets our block appended after
 * NOTE_SEPARATOR in its own form — plain `<t>` text stays plain, runs get runs — so that `clear`
 * cuts exactly our part off again.
 */

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NOTE_AUTHOR = "党建台账检查";
const HEADER_LINE = `${NOTE_HEADER}\n`;

export interface NoteRequest {
  /** 1-based row and column. */
  row: number;
  column: number;
  text: string;
}

interface SheetNotes {
  comments: string | undefined;
  vml: string | undefined;
}

function notesOf(rels: Relationships, worksheet: WorksheetPart): SheetNotes {
  const drawingId = worksheet.legacyDrawingId();
  const vml = drawingId === undefined ? undefined : (rels.byId(drawingId)?.part ?? undefined);
  return { comments: rels.ofKind("comments")[0]?.part ?? undefined, vml };
}

/** Cells holding a threaded comment: a note of ours there would be hidden behind the thread. */
export function threadedCells(pkg: OoxmlPackage, rels: Relationships): Set<string> {
  const cells = new Set<string>();
  for (const rel of rels.ofKind("threadedComment")) {
    const text = rel.part ? pkg.text(rel.part) : undefined;
    if (!text) continue;
    for (const element of parseXml(text, rel.part ?? "").root.children) {
      if (element.attributes.ref) cells.add(element.attributes.ref.toUpperCase());
    }
  }
  return cells;
}

const rPr = (p: string, bold: boolean): string =>
  `<${p}rPr>${bold ? `<${p}b/>` : ""}<${p}sz val="9"/><${p}color indexed="81"/><${p}rFont val="宋体"/><${p}charset val="134"/></${p}rPr>`;

/** Our block as runs: an empty line, the bold header, then the findings. */
const ourRuns = (p: string, text: string, afterUser: boolean): string =>
  (afterUser ? `<${p}r>${rPr(p, false)}<${p}t xml:space="preserve">\n\n</${p}t></${p}r>` : "") +
  `<${p}r>${rPr(p, true)}<${p}t>${NOTE_HEADER}</${p}t></${p}r>` +
  `<${p}r>${rPr(p, false)}<${p}t xml:space="preserve">${escapeXstring(`\n${text}`)}</${p}t></${p}r>`;

/**
 * A note's box, sized to show its whole text (engine/highlight/noteBox.ts): the anchor in the
 * sheet's own columns and rows for Excel, the same size in points for LibreOffice.
 */
function vmlShape(id: number, note: NoteRequest, grid: SheetGrid): string {
  const r = note.row - 1;
  const c = note.column - 1;
  const box = noteBoxSize(`${NOTE_HEADER}\n${note.text}`);
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:${box.width}pt;height:${box.height}pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>` +
    `<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${noteAnchor(note.row, note.column, box, grid)}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${r}</x:Row><x:Column>${c}</x:Column></x:ClientData></v:shape>`
  );
}

const SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function newVml(idmap: number): string {
  return `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idmap}"/></o:shapelayout>${SHAPE_TYPE}</xml>`;
}

/** A part name not yet in the package: xl/comments{n}.xml, xl/drawings/vmlDrawing{n}.vml. */
function freeName(pkg: OoxmlPackage, make: (n: number) => string): string {
  for (let n = 1; ; n++) if (!pkg.has(make(n))) return make(n);
}

/**
 * Adds the notes to one sheet. Returns how many were written (a cell holding a threaded comment
 * takes none: the caller chose another cell of the row where it could).
 */
export function addNotes(
  pkg: OoxmlPackage,
  sheetPart: string,
  sheetIndex: number,
  rels: Relationships,
  worksheet: WorksheetPart,
  types: ContentTypes,
  notes: readonly NoteRequest[]
): { written: number; addedVmlDefault: boolean } {
  if (notes.length === 0) return { written: 0, addedVmlDefault: false };
  const found = notesOf(rels, worksheet);
  let addedVmlDefault = false;

  // The comments part: the user's, or a new one.
  let commentsPart = found.comments;
  let commentsText = commentsPart ? pkg.text(commentsPart) : undefined;
  if (!commentsPart || commentsText === undefined) {
    commentsPart = freeName(pkg, (n) => `xl/comments${n}.xml`);
    commentsText = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}"><authors></authors><commentList></commentList></comments>`;
    rels.add(RELATIONSHIP.comments, relativeTarget(sheetPart, commentsPart));
    types.addOverride(commentsPart, CONTENT_TYPE.comments);
  }
  const doc = parseXml(commentsText, commentsPart);
  const p = prefixOf(doc.root);
  const splices: Splice[] = [];
  const authors = firstChild(doc.root, "authors");
  const list = firstChild(doc.root, "commentList");
  if (!authors || !list) throw new Error(`${commentsPart} has no authors or commentList`);
  let authorId = childrenNamed(authors, "author").findIndex((a) => a.text === NOTE_AUTHOR);
  if (authorId < 0) {
    authorId = childrenNamed(authors, "author").length;
    splices.push(insertAt(authors.closeStart, `<${p}author>${NOTE_AUTHOR}</${p}author>`));
  }
  const existing = new Map(
    childrenNamed(list, "comment").map((c) => [(c.attributes.ref ?? "").toUpperCase(), c])
  );
  const newShapes: NoteRequest[] = [];
  let added = "";
  for (const note of notes) {
    const ref = cellAddress(note.row, note.column - 1);
    const user = existing.get(ref);
    if (user) splices.push(appendToNote(commentsText, user, p, note.text));
    else {
      added += `<${p}comment ref="${ref}" authorId="${authorId}"><${p}text>${ourRuns(p, note.text, false)}</${p}text></${p}comment>`;
      newShapes.push(note);
    }
  }
  if (added !== "") splices.push(insertAt(list.closeStart, added));
  pkg.setText(commentsPart, applySplices(commentsText, splices));

  // The VML drawing: boxes for the new notes.
  if (newShapes.length > 0) {
    let vmlPart = found.vml;
    let vml = vmlPart ? pkg.text(vmlPart) : undefined;
    if (!vmlPart || vml === undefined) {
      vmlPart = freeName(pkg, (n) => `xl/drawings/vmlDrawing${n}.vml`);
      vml = newVml(sheetIndex + 1);
      const id = rels.add(RELATIONSHIP.vmlDrawing, relativeTarget(sheetPart, vmlPart));
      worksheet.addLegacyDrawing(id);
      if (!types.hasDefault("vml")) {
        types.addDefault("vml", CONTENT_TYPE.vml);
        addedVmlDefault = true;
      }
    }
    const grid = sheetGrid(worksheet.textBeforeCells());
    const ids = [...vml.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]));
    const idmap = Number(/<o:idmap[^>]*\bdata="(\d+)/.exec(vml)?.[1] ?? sheetIndex + 1);
    let next = Math.max(idmap * 1024, ...ids) + 1;
    const shapes =
      (vml.includes('id="_x0000_t202"') ? "" : SHAPE_TYPE) +
      newShapes.map((n) => vmlShape(next++, n, grid)).join("");
    const close = vml.lastIndexOf("</xml>");
    if (close < 0) throw new Error(`${vmlPart} does not end with </xml>`);
    pkg.setText(vmlPart, vml.slice(0, close) + shapes + vml.slice(close));
  }
  return { written: notes.length, addedVmlDefault };
}

/** Appends our block to a user's note, in the note's own form. */
function appendToNote(source: string, comment: XmlElement, p: string, text: string): Splice {
  const body = firstChild(comment, "text");
  if (!body) throw new Error("a comment without text");
  const plain = firstChild(body, "t");
  if (plain) return insertAt(plain.closeStart, escapeXstring(`${NOTE_SEPARATOR}${text}`));
  const runs = childrenNamed(body, "r");
  const last = runs[runs.length - 1];
  return insertAt(last ? last.end : body.closeStart, ourRuns(p, text, true));
}

/** The note's text as a reader sees it: plain `<t>`, or its runs' texts (phonetic guides left out). */
function noteText(comment: XmlElement): string {
  const body = firstChild(comment, "text");
  if (!body) return "";
  const plain = firstChild(body, "t");
  if (plain) return plain.text;
  return childrenNamed(body, "r")
    .map((r) => firstChild(r, "t")?.text ?? "")
    .join("");
}

const decodeXstring = (text: string): string =>
  text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** Takes our notes and blocks off one sheet; removes parts left empty. Returns notes touched. */
export function clearNotes(
  pkg: OoxmlPackage,
  rels: Relationships,
  worksheet: WorksheetPart,
  types: ContentTypes
): number {
  const found = notesOf(rels, worksheet);
  const source = found.comments ? pkg.text(found.comments) : undefined;
  if (!found.comments || source === undefined) return 0;
  const doc = parseXml(source, found.comments);
  const list = firstChild(doc.root, "commentList");
  if (!list) return 0;
  const splices: Splice[] = [];
  const removedCells: { row: number; column: number }[] = [];
  let touched = 0;
  const comments = childrenNamed(list, "comment");
  for (const comment of comments) {
    const text = decodeXstring(noteText(comment));
    if (text.startsWith(HEADER_LINE) || text === NOTE_HEADER) {
      splices.push(removeElement(comment));
      const ref = /^([A-Z]+)(\d+)$/.exec((comment.attributes.ref ?? "").toUpperCase());
      if (ref) removedCells.push({ row: Number(ref[2]), column: columnNumber(ref[1] ?? "A") });
      touched++;
      continue;
    }
    const cut = text.lastIndexOf(NOTE_SEPARATOR);
    if (cut < 0) continue;
    splices.push(...cutNote(source, comment, cut));
    touched++;
  }
  if (touched === 0) return 0;
  const remaining = comments.length - removedCells.length;
  if (remaining === 0) {
    pkg.remove(found.comments);
    types.removeOverride(found.comments);
    for (const rel of rels.ofKind("comments")) rels.remove(rel);
  } else {
    // Our author goes when nothing refers to it any more and it is the last one (no renumbering).
    const authors = firstChild(doc.root, "authors");
    const names = authors ? childrenNamed(authors, "author") : [];
    const ours = names.length - 1;
    const last = names[ours];
    const used = comments.some(
      (c) =>
        !removedCells.some(
          (r) => cellAddress(r.row, r.column - 1) === (c.attributes.ref ?? "").toUpperCase()
        ) && Number(c.attributes.authorId) === ours
    );
    if (last && last.text === NOTE_AUTHOR && !used) splices.push(removeElement(last));
    pkg.setText(found.comments, applySplices(source, splices));
  }
  if (found.vml && removedCells.length > 0)
    removeShapes(pkg, found.vml, removedCells, rels, worksheet, types);
  return touched;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** The splices that cut a user's note back to what it was before our block. */
function cutNote(source: string, comment: XmlElement, cut: number): Splice[] {
  const body = firstChild(comment, "text");
  if (!body) return [];
  const plain = firstChild(body, "t");
  if (plain) {
    const raw = source.slice(plain.openEnd, plain.closeStart);
    const at = raw.lastIndexOf(NOTE_SEPARATOR);
    if (at >= 0) return [{ at: plain.openEnd + at, remove: raw.length - at, insert: "" }];
    return [
      {
        at: plain.openEnd,
        remove: raw.length,
        insert: escapeXstring(decodeXstring(plain.text).slice(0, cut)),
      },
    ];
  }
  const runs = childrenNamed(body, "r");
  let used = 0;
  for (const [i, run] of runs.entries()) {
    const t = firstChild(run, "t");
    const length = decodeXstring(t?.text ?? "").length;
    if (used + length <= cut) {
      used += length;
      continue;
    }
    const lastRun = runs[runs.length - 1] ?? run;
    if (used === cut) return [{ at: run.start, remove: lastRun.end - run.start, insert: "" }];
    const kept = decodeXstring(t?.text ?? "").slice(0, cut - used);
    const splices: Splice[] = [];
    if (t)
      splices.push({
        at: t.openEnd,
        remove: t.closeStart - t.openEnd,
        insert: escapeXstring(kept),
      });
    const next = runs[i + 1];
    if (next) splices.push({ at: next.start, remove: lastRun.end - next.start, insert: "" });
    return splices;
  }
  return [];
}

/** Removes the VML boxes of removed notes; a drawing left without shapes goes with its reference. */
function removeShapes(
  pkg: OoxmlPackage,
  part: string,
  cells: readonly { row: number; column: number }[],
  rels: Relationships,
  worksheet: WorksheetPart,
  types: ContentTypes
): void {
  const vml = pkg.text(part);
  if (vml === undefined) return;
  const wanted = new Set(cells.map((c) => `${c.row - 1}:${c.column - 1}`));
  let out = "";
  let from = 0;
  let shapesLeft = 0;
  for (const match of vml.matchAll(/<v:shape\b[\s\S]*?<\/v:shape>/g)) {
    const shape = match[0];
    const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(shape)?.[1];
    const column = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(shape)?.[1];
    const note = /ObjectType="Note"/.test(shape);
    if (note && wanted.has(`${row}:${column}`)) {
      out += vml.slice(from, match.index);
      from = (match.index ?? 0) + shape.length;
    } else shapesLeft++;
  }
  out += vml.slice(from);
  if (shapesLeft > 0) {
    pkg.setText(part, out);
    return;
  }
  pkg.remove(part);
  for (const rel of rels.list) if (rel.part?.toLowerCase() === part.toLowerCase()) rels.remove(rel);
  worksheet.removeLegacyDrawing();
  void types;
}
