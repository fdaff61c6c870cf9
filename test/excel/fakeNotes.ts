import { cellCount, formatArea } from "./fakeAddress";
import { FakeClientObject, FakeCollection, type FakeEnvironment } from "./fakeClientObject";
import { FakeRange, areaOrFail } from "./fakeRange";
import { FakeOfficeError } from "./fakeRequest";
import type { FakeNoteState, FakeSheetState } from "./fakeState";

/** Notes (ExcelApi 1.18) of the fake Excel: one per cell, keyed by the cell's address. */

interface NoteTarget {
  sheet: FakeSheetState;
  note: FakeNoteState;
}

const NOTES_API = 18;
/** Excel's new note: 144 × 79 pixels. */
const DEFAULT_NOTE_WIDTH = 108;
const DEFAULT_NOTE_HEIGHT = 59.25;

function refuseProtected(sheet: FakeSheetState): void {
  if (sheet.protected) {
    throw new FakeOfficeError("AccessDenied", `The sheet '${sheet.name}' is protected.`);
  }
}

/** "Sheet!$B$3" → "B3"; anything but one cell fails as Excel's InvalidCellAddress. */
function cellKey(address: string): string {
  const rect = areaOrFail(address);
  if (cellCount(rect) !== 1) {
    throw new FakeOfficeError("InvalidCellAddress", `'${address}' is not a single cell.`);
  }
  return formatArea(rect);
}

export class FakeNote extends FakeClientObject<NoteTarget> {
  constructor(env: FakeEnvironment, resolver: () => NoteTarget | null) {
    super(env, resolver, "Note");
  }
  protected scalarNames(): readonly string[] {
    return ["content", "authorName", "width", "height"];
  }
  protected readScalar({ note }: NoteTarget, name: string): unknown {
    this.requireApi(NOTES_API);
    if (name === "width") return note.width ?? DEFAULT_NOTE_WIDTH;
    if (name === "height") return note.height ?? DEFAULT_NOTE_HEIGHT;
    return name === "content" ? note.content : note.authorName;
  }
  /**
   * The box's size in points (https://learn.microsoft.com/javascript/api/excel/excel.note, ExcelApi
   * 1.18). "This property is not supported in Excel on the web": the fake on the web refuses it with
   * Excel's NotImplemented, so the adapter must not ask there.
   */
  private setSize(name: "width" | "height", value: number): void {
    this.queue("set", [name, value], () => {
      this.requireApi(NOTES_API);
      if (this.env.platform === "OfficeOnline") {
        throw new FakeOfficeError("NotImplemented", `Note.${name} is not supported on the web.`);
      }
      const { sheet, note } = this.target();
      refuseProtected(sheet);
      note[name] = value;
    });
  }
  get width(): number {
    return this.loadedValue("width");
  }
  set width(value: number) {
    this.setSize("width", value);
  }
  get height(): number {
    return this.loadedValue("height");
  }
  set height(value: number) {
    this.setSize("height", value);
  }
  get content(): string {
    return this.loadedValue("content");
  }
  set content(value: string) {
    this.queue("set", ["content", value], () => {
      this.requireApi(NOTES_API);
      const { sheet, note } = this.target();
      refuseProtected(sheet);
      note.content = value;
    });
  }
  get authorName(): string {
    return this.loadedValue("authorName");
  }
  delete(): void {
    this.queue("delete", [], () => {
      this.requireApi(NOTES_API);
      const { sheet, note } = this.target();
      refuseProtected(sheet);
      sheet.notes.splice(sheet.notes.indexOf(note), 1);
    });
  }
  getLocation(): FakeRange {
    let location: { sheet: FakeSheetState; address: string } | null = null;
    this.queue("getLocation", [], () => {
      this.requireApi(NOTES_API);
      const { sheet, note } = this.target();
      location = { sheet, address: note.address };
    });
    return new FakeRange(this.env, () =>
      location ? { sheet: location.sheet, rect: areaOrFail(location.address) } : null
    );
  }
}

export class FakeNoteCollection extends FakeCollection<FakeSheetState, NoteTarget, FakeNote> {
  constructor(env: FakeEnvironment, resolver: () => FakeSheetState | null) {
    super(env, resolver, "NoteCollection");
  }
  protected itemTargets(sheet: FakeSheetState): NoteTarget[] {
    this.requireApi(NOTES_API);
    return sheet.notes.map((note) => ({ sheet, note }));
  }
  protected makeItem(item: NoteTarget): FakeNote {
    return new FakeNote(this.env, () => item);
  }

  /**
   * Adds a note. A cell holds one note, or one threaded comment, never both: Microsoft's threaded
   * comment is added "if no comment already exists" on the cell
   * (https://learn.microsoft.com/office/vba/api/excel.range.addcommentthreaded), Excel's UI offers
   * New Note only on a cell without a comment, and a file stores a threaded comment with a legacy
   * note as its placeholder on the same cell ("The difference between threaded comments and notes",
   * linked from https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-notes). The
   * Office.js reference names no error code for either refusal; the fake fails the request with
   * InvalidArgument, and the adapter must avoid such cells rather than rely on the code.
   */
  add(cellAddress: string, content: string): FakeNote {
    let created: NoteTarget | null = null;
    this.queue("add", [cellAddress, content], () => {
      this.requireApi(NOTES_API);
      const sheet = this.target();
      refuseProtected(sheet);
      const address = cellKey(cellAddress);
      if (sheet.notes.some((n) => n.address === address)) {
        throw new FakeOfficeError("InvalidArgument", `The cell ${address} already has a note.`);
      }
      if (sheet.comments.some((c) => c.address === address)) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `The cell ${address} holds a threaded comment; it cannot take a note.`
        );
      }
      const note: FakeNoteState = { address, content, authorName: "Add-in" };
      sheet.notes.push(note);
      created = { sheet, note };
    });
    return new FakeNote(this.env, () => created);
  }

  private byAddress(address: string): NoteTarget | null {
    this.requireApi(NOTES_API);
    const sheet = this.target();
    const key = cellKey(address);
    const note = sheet.notes.find((n) => n.address === key);
    return note ? { sheet, note } : null;
  }

  getItem(address: string): FakeNote {
    this.queue("getItem", [address], () => undefined);
    return new FakeNote(this.env, () => {
      const found = this.byAddress(address);
      if (!found) throw new FakeOfficeError("ItemNotFound", `No note at ${address}.`);
      return found;
    });
  }

  getItemOrNullObject(address: string): FakeNote {
    this.queue("getItemOrNullObject", [address], () => undefined);
    return new FakeNote(this.env, () => this.byAddress(address));
  }
}
