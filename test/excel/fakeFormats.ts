import { FakeClientObject, FakeCollection, type FakeEnvironment } from "./fakeClientObject";
import { FakeRange, FakeRangeAreas, overlapsAny, type AreasTarget } from "./fakeRange";
import { FakeOfficeError } from "./fakeRequest";
import type { FakeConditionalFormatState, FakeSheetState } from "./fakeState";

/**
 * Conditional formats of the fake Excel. A sheet keeps one list in priority order; add() puts the
 * new format at the top (index 0), as Excel does; delete() closes the gap.
 *
 * A format's `id` is no lasting identity. Microsoft documents ConditionalFormat.id as "The priority
 * of the conditional format in the current ConditionalFormatCollection" and `priority` as "The
 * priority (or index) within the conditional format collection that this conditional format
 * currently exists in. Changing this also changes other conditional formats' priorities, to allow
 * for a contiguous priority order"
 * (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat). So here `id` is the
 * format's index in the collection it was loaded from, and `getItem(id)` finds whatever sits at
 * that index when the operation runs: delete the format at "0" and the one that was at "1" becomes
 * "0", exactly the shift that deleting several formats lowest-first turns onto the user's own.
 */

interface FormatTarget {
  sheet: FakeSheetState;
  format: FakeConditionalFormatState;
  /** The formats of the collection the item came from, in priority order, at run time. */
  collection: () => FakeConditionalFormatState[];
}

let formatKeys = 0;

/** An internal key for a format of the fake's state (never shown through the API). */
export const newFormatId = (): string => `{fake-cf-${++formatKeys}}`;

function refuseProtected(sheet: FakeSheetState): void {
  if (sheet.protected) {
    throw new FakeOfficeError("AccessDenied", `The sheet '${sheet.name}' is protected.`);
  }
}

class FakeColourPart extends FakeClientObject<FormatTarget> {
  constructor(
    env: FakeEnvironment,
    resolver: () => FormatTarget | null,
    private readonly part: "fill" | "font"
  ) {
    super(env, resolver, `ConditionalRange${part === "fill" ? "Fill" : "Font"}`);
  }
  protected scalarNames(): readonly string[] {
    return ["color"];
  }
  protected readScalar({ format }: FormatTarget): unknown {
    return format[this.part];
  }
  get color(): string | null {
    return this.loadedValue("color");
  }
  set color(value: string | null) {
    this.queue("set", ["color", value], () => {
      const { sheet, format } = this.target();
      refuseProtected(sheet);
      format[this.part] = value;
    });
  }
}

class FakeConditionalRangeFormat extends FakeClientObject<FormatTarget> {
  protected scalarNames(): readonly string[] {
    return [];
  }
  protected readScalar(): unknown {
    return undefined;
  }
  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === "fill" ? this.fill : name === "font" ? this.font : undefined;
  }
  get fill(): FakeColourPart {
    return this.child(
      "fill",
      () => new FakeColourPart(this.env, () => this.targetOrNull(), "fill")
    );
  }
  get font(): FakeColourPart {
    return this.child(
      "font",
      () => new FakeColourPart(this.env, () => this.targetOrNull(), "font")
    );
  }
}

class FakeConditionalFormatRule extends FakeClientObject<FormatTarget> {
  protected scalarNames(): readonly string[] {
    return ["formula"];
  }
  protected readScalar({ format }: FormatTarget): unknown {
    return format.formula;
  }
  get formula(): string {
    return this.loadedValue("formula");
  }
  set formula(value: string) {
    this.queue("set", ["formula", value], () => {
      const { sheet, format } = this.target();
      refuseProtected(sheet);
      format.formula = value;
    });
  }
}

export class FakeCustomConditionalFormat extends FakeClientObject<FormatTarget> {
  protected scalarNames(): readonly string[] {
    return [];
  }
  protected readScalar(): unknown {
    return undefined;
  }
  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === "rule" ? this.rule : name === "format" ? this.format : undefined;
  }
  get rule(): FakeConditionalFormatRule {
    return this.child(
      "rule",
      () =>
        new FakeConditionalFormatRule(this.env, () => this.targetOrNull(), "ConditionalFormatRule")
    );
  }
  get format(): FakeConditionalRangeFormat {
    return this.child(
      "format",
      () =>
        new FakeConditionalRangeFormat(
          this.env,
          () => this.targetOrNull(),
          "ConditionalRangeFormat"
        )
    );
  }
}

export class FakeConditionalFormat extends FakeClientObject<FormatTarget> {
  constructor(env: FakeEnvironment, resolver: () => FormatTarget | null) {
    super(env, resolver, "ConditionalFormat");
  }
  protected scalarNames(): readonly string[] {
    return ["id", "type", "priority", "stopIfTrue"];
  }
  protected readScalar({ format, collection }: FormatTarget, name: string): unknown {
    if (name === "id") return String(collection().indexOf(format));
    if (name === "type") return format.type;
    if (name === "priority") return collection().indexOf(format);
    return false;
  }
  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === "custom") return this.custom;
    if (name === "customOrNullObject") return this.customOrNullObject;
    return undefined;
  }
  get id(): string {
    return this.loadedValue("id");
  }
  get type(): string {
    return this.loadedValue("type");
  }
  get priority(): number {
    return this.loadedValue("priority");
  }
  /** The custom rule; using it on another type of format fails the sync. */
  get custom(): FakeCustomConditionalFormat {
    return this.child(
      "custom",
      () =>
        new FakeCustomConditionalFormat(
          this.env,
          () => {
            const target = this.targetOrNull();
            if (target && target.format.type !== "Custom") {
              throw new FakeOfficeError("InvalidArgument", "The format is not a custom format.");
            }
            return target;
          },
          "CustomConditionalFormat"
        )
    );
  }
  get customOrNullObject(): FakeCustomConditionalFormat {
    return this.child(
      "customOrNullObject",
      () =>
        new FakeCustomConditionalFormat(
          this.env,
          () => {
            const target = this.targetOrNull();
            return target && target.format.type === "Custom" ? target : null;
          },
          "CustomConditionalFormat"
        )
    );
  }
  delete(): void {
    this.queue("delete", [], () => {
      const { sheet, format } = this.target();
      refuseProtected(sheet);
      sheet.formats.splice(sheet.formats.indexOf(format), 1);
    });
  }
  getRanges(): FakeRangeAreas {
    this.queue("getRanges", [], () => undefined);
    return new FakeRangeAreas(this.env, () => {
      const target = this.targetOrNull();
      return target ? { sheet: target.sheet, areas: [...target.format.areas] } : null;
    });
  }
  getRange(): FakeRange {
    this.queue("getRange", [], () => undefined);
    return new FakeRange(this.env, () => {
      const target = this.targetOrNull();
      const first = target?.format.areas[0];
      return target && first ? { sheet: target.sheet, rect: first } : null;
    });
  }
}

/** A result of a method that returns a value (getCount), readable after sync. */
export class FakeClientResult<V> {
  private settled = false;
  private result: V | undefined;
  resolve(value: V): void {
    this.settled = true;
    this.result = value;
  }
  get value(): V {
    if (!this.settled) {
      throw new FakeOfficeError("PropertyNotLoaded", "The value is not available before sync.");
    }
    return this.result as V;
  }
}

export class FakeConditionalFormatCollection extends FakeCollection<
  AreasTarget,
  FormatTarget,
  FakeConditionalFormat
> {
  constructor(env: FakeEnvironment, resolver: () => AreasTarget | null) {
    super(env, resolver, "ConditionalFormatCollection");
  }
  /** The sheet's formats over this range, in priority order, as the collection holds them now. */
  private formatsOf({ sheet, areas }: AreasTarget): FakeConditionalFormatState[] {
    return sheet.formats.filter((format) => format.areas.some((area) => overlapsAny(areas, area)));
  }

  protected itemTargets(target: AreasTarget): FormatTarget[] {
    const collection = (): FakeConditionalFormatState[] => this.formatsOf(target);
    return this.formatsOf(target).map((format) => ({ sheet: target.sheet, format, collection }));
  }
  protected makeItem(item: FormatTarget): FakeConditionalFormat {
    return new FakeConditionalFormat(this.env, () => item);
  }

  /** Adds a format over this range at the top priority. */
  add(type: string): FakeConditionalFormat {
    let created: FormatTarget | null = null;
    this.queue("add", [type], () => {
      const { sheet, areas } = this.target();
      refuseProtected(sheet);
      const format: FakeConditionalFormatState = {
        id: newFormatId(),
        type,
        areas: [...areas],
        formula: null,
        fill: null,
        font: null,
      };
      sheet.formats.unshift(format);
      const target = this.target();
      created = { sheet, format, collection: () => this.formatsOf(target) };
    });
    return new FakeConditionalFormat(this.env, () => created);
  }

  /** The format at position `id` of the collection when the operation runs. */
  private byId(id: string): FormatTarget | null {
    const target = this.target();
    const index = /^\d+$/.test(id) ? Number(id) : -1;
    const format = this.formatsOf(target)[index];
    return format
      ? { sheet: target.sheet, format, collection: () => this.formatsOf(target) }
      : null;
  }

  /**
   * The format at position `id`, found when the request first uses it (Excel instantiates the
   * object then) and the same format afterwards.
   */
  getItem(id: string): FakeConditionalFormat {
    this.queue("getItem", [id], () => undefined);
    let found: FormatTarget | null | undefined;
    return new FakeConditionalFormat(this.env, () => {
      found ??= this.byId(id);
      if (!found) throw new FakeOfficeError("ItemNotFound", `No conditional format ${id}.`);
      return found;
    });
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.queue("getCount", [], (context) => {
      const count = this.itemTargets(this.target()).length;
      context.deliver(count, () => result.resolve(count));
    });
    return result;
  }
}
