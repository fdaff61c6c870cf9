import { FakeOfficeError, type FakeRequest, type RunContext } from "./fakeRequest";
import type { FakeWorkbookState } from "./fakeState";

/**
 * The proxy half of the fake Excel. A proxy stands for an object in the workbook; it resolves its
 * target only when a queued operation runs at sync(), and its properties are readable only after
 * they were loaded and synced — reading one earlier throws, as Office.js does.
 */

/** What every proxy shares: the request queue, the workbook and the requirement sets on offer. */
export interface FakeEnvironment {
  request: FakeRequest;
  state: FakeWorkbookState;
  /** The highest ExcelApi minor version the fake host supports (18 for ExcelApi 1.18). */
  excelApiMinor: number;
  /** Office.context.diagnostics.platform: "PC", "Mac" or "OfficeOnline" (Excel on the web). */
  platform: string;
}

export type LoadSpec = string | string[] | { select?: string; expand?: string };

/** Load paths as segments; null means "every scalar", as load() without arguments. */
export type LoadPaths = string[][] | null;

export function parseLoadSpec(spec: LoadSpec | undefined): LoadPaths {
  if (spec === undefined) return null;
  const text =
    typeof spec === "string"
      ? spec
      : Array.isArray(spec)
        ? spec.join(",")
        : [spec.select, spec.expand].filter(Boolean).join(",");
  const paths = text
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => p.split("/").map((s) => s.trim()));
  return paths.length > 0 ? paths : null;
}

export function notLoaded(type: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' of ${type} is not available. Load it and call context.sync() first.`
  );
}

export abstract class FakeClientObject<T> {
  readonly objectId: number;
  private readonly loaded = new Map<string, unknown>();
  private nullObject: boolean | undefined;
  private readonly children = new Map<string, FakeClientObject<unknown>>();

  constructor(
    protected readonly env: FakeEnvironment,
    private readonly resolver: () => T | null,
    protected readonly typeName: string
  ) {
    this.objectId = env.request.newObjectId();
  }

  /** The target at run time; an operation on a null object fails as in Excel. */
  protected target(): T {
    const target = this.resolver();
    if (target === null) throw new FakeOfficeError("ItemNotFound", `${this.typeName} not found.`);
    return target;
  }

  protected targetOrNull(): T | null {
    return this.resolver();
  }

  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw notLoaded(this.typeName, "isNullObject");
    return this.nullObject;
  }

  /** A loaded property; throws when it was not loaded and synced. */
  protected loadedValue<V>(name: string): V {
    if (!this.loaded.has(name)) throw notLoaded(this.typeName, name);
    return this.loaded.get(name) as V;
  }

  /** Scalars that load() without arguments loads. */
  protected abstract scalarNames(): readonly string[];
  /** A scalar's current value in the workbook. */
  protected abstract readScalar(target: T, name: string): unknown;
  /**
   * A navigation property by name, so that load paths like "protection/protected" work. Classes
   * with navigation properties override it; by default only children already created are found.
   */
  protected navigation(name: string): FakeClientObject<unknown> | undefined {
    return this.children.get(name);
  }

  /** The same child proxy every time a navigation property is read. */
  protected child<C extends FakeClientObject<unknown>>(name: string, make: () => C): C {
    const existing = this.children.get(name);
    if (existing) return existing as C;
    const created = make();
    this.children.set(name, created);
    return created;
  }

  load(spec?: LoadSpec): this {
    const paths = parseLoadSpec(spec);
    this.queue("load", [spec ?? "*"], (context) => this.collect(paths, context));
    return this;
  }

  /** Runs load paths against the workbook, delivering each value to the response. */
  collect(paths: LoadPaths, context: RunContext): void {
    const target = this.resolver();
    context.deliver(target === null, () => {
      this.nullObject = target === null;
    });
    if (target === null) return;
    for (const path of paths ?? this.scalarNames().map((name) => [name])) {
      this.collectPath(target, path, context);
    }
  }

  protected collectPath(target: T, path: string[], context: RunContext): void {
    const [head = "", ...rest] = path;
    // Every load delivers isNullObject; asking for it by name is allowed, as in Office.js.
    if (head === "isNullObject" && rest.length === 0) return;
    if (rest.length === 0 && this.scalarNames().includes(head)) {
      const value = this.readScalar(target, head);
      context.deliver(value, () => this.loaded.set(head, value));
      return;
    }
    const navigation = this.navigation(head);
    if (!navigation) {
      throw new FakeOfficeError("InvalidArgument", `${this.typeName} has no property '${head}'.`);
    }
    navigation.collect(rest.length > 0 ? [rest] : null, context);
  }

  /** Queues an operation on this object; `run` executes at sync time. */
  protected queue(action: string, args: unknown[], run: (context: RunContext) => void): void {
    this.env.request.enqueue({ a: action, o: this.objectId, args }, run);
  }

  /** Fails at run time when the host lacks the requirement set, as Excel reports ApiNotFound. */
  protected requireApi(minor: number): void {
    if (this.env.excelApiMinor < minor) {
      throw new FakeOfficeError("ApiNotFound", `ExcelApi 1.${minor} is not supported.`);
    }
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** A collection: "items" loads one proxy per item present at run time. */
export abstract class FakeCollection<
  T,
  I,
  P extends FakeClientObject<I>,
> extends FakeClientObject<T> {
  private loadedItems: P[] | undefined;

  get items(): P[] {
    if (this.loadedItems === undefined) throw notLoaded(this.typeName, "items");
    return this.loadedItems;
  }

  protected abstract itemTargets(target: T): I[];
  protected abstract makeItem(item: I): P;

  protected scalarNames(): readonly string[] {
    return [];
  }

  protected readScalar(): unknown {
    return undefined;
  }

  override collect(paths: LoadPaths, context: RunContext): void {
    const target = this.target();
    const itemPaths =
      paths === null ? null : paths.filter((p) => p[0] === "items").map((p) => p.slice(1));
    const items = this.itemTargets(target).map((item) => this.makeItem(item));
    context.deliver(items.length, () => {
      this.loadedItems = items;
    });
    const wanted = itemPaths?.filter((p) => p.length > 0) ?? [];
    for (const item of items) item.collect(wanted.length > 0 ? wanted : null, context);
  }
}
