import { buildWorkbook } from "../../testing/buildWorkbook";
import { groupsOf } from "./groups";

describe("groupsOf", () => {
  test("roster groups first, then groups named by the year's meeting rows, each once", () => {
    const workbook = buildWorkbook({
      members: [
        { name: "甲", branch: "一支部", group: "一组" },
        { name: "乙", branch: "一支部", group: "二组" },
        { name: "丙", branch: "一支部", group: "一组" },
        { name: "丁", branch: "二支部", group: "三组" },
        { name: "戊", branch: "一支部", group: "旧组", transferredOut: "2023-06-30" },
      ],
      meetings: [
        { branch: "一支部", types: ["group"], date: "2024-02-01", group: "四组" },
        { branch: "一支部", types: ["group"], date: "2023-02-01", group: "五组" },
        { branch: "一支部", types: ["group"], date: "2024-03-01", group: "二组" },
      ],
    });
    expect(groupsOf(workbook, "一支部", 2024)).toEqual(["一组", "二组", "四组"]);
    expect(groupsOf(workbook, "三支部", 2024)).toEqual([]);
  });
});
