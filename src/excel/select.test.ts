import { createFakeExcel } from "../../test/excel/fakeExcel";
import { selectRow } from "./select";
import { HostError } from "./hostErrors";

function fake() {
  return createFakeExcel({
    sheets: [
      { name: "汇总表", values: [["x"]] },
      {
        name: "会议台账",
        values: [
          ["支部", "会议类型", "会议日期"],
          ["第一党支部", "支委会", 45357],
        ],
        topLeft: "B2",
      },
    ],
  });
}

describe("selectRow (fake Excel)", () => {
  test("activates the sheet and selects the cell", async () => {
    const excel = fake();
    await selectRow(excel.context, "会议台账", 3, "c");
    expect(excel.state.activeSheetId).toBe(excel.sheet("会议台账").id);
    expect(excel.state.selection).toBe("会议台账!C3");
    expect(excel.stats.syncs).toBe(2);
  });

  test("without a column, selects the row across the used columns", async () => {
    const excel = fake();
    await selectRow(excel.context, "会议台账", 3, null);
    expect(excel.state.selection).toBe("会议台账!B3:D3");
  });

  test("a sheet deleted since the check gives a Chinese HostError", async () => {
    const excel = fake();
    const error = await selectRow(excel.context, "党课台账", 3, "A").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).messageZh).toBe(
      "找不到工作表“党课台账”：检查之后它被删除或改名了。请重新检查。"
    );
    expect(excel.state.selection).toBeNull();
  });

  test("an impossible row or column is refused before Excel is asked", async () => {
    const excel = fake();
    await expect(selectRow(excel.context, "会议台账", 0, null)).rejects.toBeInstanceOf(HostError);
    await expect(selectRow(excel.context, "会议台账", 3, "3A")).rejects.toBeInstanceOf(HostError);
    expect(excel.stats.syncs).toBe(0);
  });
});

test("a hidden sheet is not activated: the user is told to unhide it", async () => {
  const excel = createFakeExcel({
    sheets: [
      { name: "会议台账", values: [["支部"], ["第一党支部"]], hidden: true },
      { name: "党费台账", values: [["支部"]] },
    ],
    activeSheet: "党费台账",
  });
  const restore = excel.installOffice();
  try {
    await expect(selectRow(excel.context, "会议台账", 2, null)).rejects.toMatchObject({
      messageZh: expect.stringContaining("已隐藏"),
    });
    expect(excel.state.selection).toBeNull();
  } finally {
    restore();
  }
});
