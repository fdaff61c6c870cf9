import { createFakeExcel } from "../../test/excel/fakeExcel";
import { sheetOfAddress, watchSelection, type SelectedRow } from "./selectionWatch";

/** Excel.run over a fake context; the two-argument form (an existing context) too. */
function installExcel(context: unknown): void {
  const run = (...args: unknown[]): Promise<unknown> => {
    const body = args[args.length - 1] as (context: unknown) => Promise<unknown>;
    return body(context);
  };
  Reflect.set(globalThis, "Excel", { run });
}

afterEach(() => Reflect.deleteProperty(globalThis, "Excel"));

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("sheetOfAddress", () => {
  it.each([
    ["'会议台账'!A15:C15", "会议台账"],
    ["Sheet1!15:15", "Sheet1"],
    ["'Bob''s sheet'!B2", "Bob's sheet"],
    ["A1", null],
  ])("%s is on %s", (address, sheet) => expect(sheetOfAddress(address)).toBe(sheet));
});

describe("watchSelection", () => {
  it("reports each row the user selects, and stops when unsubscribed", async () => {
    const fake = createFakeExcel({
      sheets: [
        { name: "会议台账", values: [["支部"], ["第一党支部"]] },
        { name: "党费台账", values: [["支部"]] },
      ],
    });
    installExcel(fake.context);
    const seen: (SelectedRow | null)[] = [];
    const stop = watchSelection((selected) => seen.push(selected));
    await settle();
    fake.userSelect("会议台账", "A15:C15");
    await settle();
    fake.userSelect("党费台账", "7:7");
    await settle();
    expect(seen).toEqual([
      { sheet: "会议台账", row: 15 },
      { sheet: "党费台账", row: 7 },
    ]);
    stop();
    await settle();
    fake.userSelect("会议台账", "B2");
    await settle();
    expect(seen).toHaveLength(2);
    expect(fake.state.selectionHandlers.size).toBe(0);
  });

  it("watches nothing where the library has no selection event", async () => {
    // An older office.js: the workbook has no onSelectionChanged.
    installExcel({ workbook: {}, sync: () => Promise.resolve() });
    const seen: unknown[] = [];
    const stop = watchSelection((selected) => seen.push(selected));
    await settle();
    stop();
    expect(seen).toEqual([]);
  });
});
