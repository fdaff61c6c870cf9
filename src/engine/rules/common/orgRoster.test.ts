import { buildWorkbook } from "../../testing/buildWorkbook";
import { rosterRowsNamed, secretaryRosterRow } from "./orgRoster";

describe("secretary look-up", () => {
  const workbook = buildWorkbook({
    members: [
      { name: "张三", branch: "第二党支部", adminTitle: "科员" },
      { name: "张三", branch: "第一党支部", adminTitle: "处长" },
      { name: "李四", branch: "第三党支部", adminTitle: "局长" },
      { name: "王五", branch: "第二党支部" },
      { name: "王五", branch: "第三党支部" },
    ],
  });

  test("a blank name matches nothing", () => expect(rosterRowsNamed(workbook, "")).toEqual([]));
  test("the row in the secretary's own branch comes first", () =>
    expect(secretaryRosterRow(workbook, "第一党支部", "张三")?.adminTitle).toBe("处长"));
  test("else the only row with that name", () =>
    expect(secretaryRosterRow(workbook, "第一党支部", "李四")?.branch).toBe("第三党支部"));
  test("namesakes elsewhere are not guessed at", () =>
    expect(secretaryRosterRow(workbook, "第一党支部", "王五")).toBeUndefined());
  test("an unknown name finds nothing", () =>
    expect(secretaryRosterRow(workbook, "第一党支部", "赵六")).toBeUndefined());
});
