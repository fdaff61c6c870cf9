import { dayFromIso } from "../../calendar/day";
import { buildWorkbook } from "../../testing/buildWorkbook";
import { fullMembersOf, hasCommittee } from "./roster";

const day = (iso: string): number => dayFromIso(iso) as number;
const member = (name: string, extra: object = {}) => ({ name, branch: "第一党支部", ...extra });

describe("fullMembersOf and hasCommittee", () => {
  const seven = ["甲", "乙", "丙", "丁", "戊", "己", "庚"].map((n) => member(n));

  test("six full and two probationary members need no committee", () => {
    const workbook = buildWorkbook({
      members: [
        ...seven.slice(0, 6),
        member("辛", { memberCategory: "probationary" }),
        member("壬", { memberCategory: "probationary" }),
      ],
    });
    expect(fullMembersOf(workbook, "第一党支部")).toHaveLength(6);
    expect(hasCommittee(workbook, "第一党支部")).toBe(false);
  });

  test("seven full members need one", () => {
    expect(hasCommittee(buildWorkbook({ members: seven }), "第一党支部")).toBe(true);
  });

  test("on a day, members who left or have not yet arrived do not count", () => {
    const workbook = buildWorkbook({
      members: [
        ...seven.slice(0, 5),
        member("己", { transferredOut: "2024-06-30" }),
        member("庚", { transferredIn: "2024-07-01" }),
      ],
    });
    expect(fullMembersOf(workbook, "第一党支部")).toHaveLength(7);
    expect(fullMembersOf(workbook, "第一党支部", day("2024-06-30"))).toHaveLength(5);
    expect(fullMembersOf(workbook, "第一党支部", day("2024-07-01"))).toHaveLength(6);
    expect(hasCommittee(workbook, "第一党支部", day("2024-06-30"))).toBe(false);
  });

  test("a stated 是否设支委会 wins over the roster", () => {
    const workbook = buildWorkbook({
      branches: [{ name: "第一党支部", secretary: "甲", hasCommittee: false }],
      members: seven,
    });
    expect(hasCommittee(workbook, "第一党支部")).toBe(false);
  });

  test("without a roster or a stated answer, it cannot be known", () => {
    expect(hasCommittee(buildWorkbook({}), "第一党支部")).toBeUndefined();
  });
});
