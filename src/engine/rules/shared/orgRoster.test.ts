import { dayFromIso } from "../../calendar/day";
import { buildWorkbook } from "../../testing/buildWorkbook";
import { isOnRoster, rosterRowsNamed, secretaryRosterRow } from "./orgRoster";

const on = dayFromIso("2024-06-30") as number;

describe("isOnRoster", () => {
  const [plain, left, leaving, arriving, arrived] = buildWorkbook({
    members: [
      { name: "甲", branch: "第一党支部" },
      { name: "乙", branch: "第一党支部", transferredOut: "2024-06-30" },
      { name: "丙", branch: "第一党支部", transferredOut: "2024-07-01" },
      { name: "丁", branch: "第一党支部", transferredIn: "2024-07-01" },
      { name: "戊", branch: "第一党支部", transferredIn: "2024-06-30" },
    ],
  }).members!.records;

  test("a member without dates is on the roster", () => expect(isOnRoster(plain!, on)).toBe(true));
  test("a transfer out on the day itself has taken effect", () =>
    expect(isOnRoster(left!, on)).toBe(false));
  test("a transfer out after the day has not", () => expect(isOnRoster(leaving!, on)).toBe(true));
  test("an arrival after the day has not happened yet", () =>
    expect(isOnRoster(arriving!, on)).toBe(false));
  test("an arrival on the day has", () => expect(isOnRoster(arrived!, on)).toBe(true));
});

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
