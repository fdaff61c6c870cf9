import { monthOrdinal } from "../../calendar/month";
import { buildWorkbook, type DuesInput, type MemberInput } from "../../testing/buildWorkbook";
import {
  duesCell,
  duesRowsByMember,
  memberFinder,
  monthCount,
  paidMonths,
  personCategoryOf,
  recordsPayment,
  requiredMonthRange,
  rosterMembers,
  rowPeriodKey,
  unpaidRuns,
} from "./duesRows";

const ord = (year: number, month: number): number => monthOrdinal({ year, month });
const pay = (name: string, months: string, extra: Partial<DuesInput> = {}): DuesInput => ({
  branch: "第一党支部",
  name,
  months,
  paid: 50,
  ...extra,
});
const duesOf = (inputs: DuesInput[]) => buildWorkbook({ dues: inputs }).dues?.records ?? [];
const member = (input: Partial<MemberInput>) =>
  buildWorkbook({ members: [{ name: "张三", branch: "第一党支部", ...input }] }).members
    ?.records[0];

describe("row months", () => {
  test("monthCount and rowPeriodKey", () => {
    const [single, range, backwards, none] = duesOf([
      pay("张三", "2024-03"),
      pay("张三", "2024-01..2024-03"),
      pay("张三", "2024-03..2024-01"),
      { branch: "第一党支部", name: "张三", paid: 50 },
    ]);
    expect(single && monthCount(single)).toBe(1);
    expect(single && rowPeriodKey(single)).toBe("2024-03");
    expect(range && monthCount(range)).toBe(3);
    expect(range && rowPeriodKey(range)).toBeNull();
    expect(backwards && monthCount(backwards)).toBeUndefined();
    expect(none && monthCount(none)).toBeUndefined();
    expect(none && rowPeriodKey(none)).toBeNull();
  });

  test("duesCell points at the sheet, row and column", () => {
    const workbook = buildWorkbook({ dues: [pay("张三", "2024-03")] });
    const record = workbook.dues?.records[0];
    if (!record) throw new Error("built");
    expect(duesCell(workbook, record, "paid")).toEqual({ sheet: "党费台账", row: 2, column: "H" });
  });
});

describe("matching dues rows to the roster", () => {
  const workbook = buildWorkbook({
    members: [
      { name: "张三", branch: "第一党支部", personCategory: "retired" },
      { name: "张三", branch: "第一党支部" }, // written twice: one member
      { name: "李四", branch: "第一党支部" },
      { name: "李四", branch: "第二党支部", personCategory: "student" },
      { name: "", branch: "第二党支部" },
    ],
    dues: [
      pay("张三", "2024-01", { branch: "一支部" }),
      pay("李四", "2024-01"),
      { ...pay("李四", "2024-01"), branch: "第二党支部" },
      pay("王五", "2024-01"),
      pay("", "2024-01"),
    ],
  });

  test("rosterMembers drops repeated and nameless rows", () => {
    expect(rosterMembers(workbook).map((m) => `${m.branch}/${m.name}`)).toEqual([
      "第一党支部/张三",
      "第一党支部/李四",
      "第二党支部/李四",
    ]);
  });

  test("a unique name matches any branch; a shared name needs the branch", () => {
    const rows = [...duesRowsByMember(workbook)].map(([m, r]) => [
      `${m.branch}/${m.name}`,
      r.map((x) => x.row),
    ]);
    expect(rows).toEqual([
      ["第一党支部/张三", [2]],
      ["第一党支部/李四", [3]],
      ["第二党支部/李四", [4]],
    ]);
  });

  test("memberFinder and personCategoryOf fall back to the roster", () => {
    const find = memberFinder(workbook);
    const records = workbook.dues?.records ?? [];
    const [zhang, li1, li2, wang] = records;
    if (!zhang || !li1 || !li2 || !wang) throw new Error("built");
    expect(personCategoryOf(zhang, find)).toBe("retired");
    expect(personCategoryOf(li2, find)).toBe("student");
    expect(personCategoryOf(li1, find)).toBeUndefined();
    expect(find(wang)).toBeUndefined();
    expect(personCategoryOf({ ...zhang, personCategory: "serving" }, find)).toBe("serving");
  });
});

describe("payments", () => {
  test("recordsPayment: an amount above zero, or an approved exemption", () => {
    const [paid, zero, exempt, unread] = duesOf([
      pay("张三", "2024-01"),
      pay("张三", "2024-02", { paid: 0 }),
      pay("张三", "2024-03", { paid: 0, remark: "经支部批准免交" }),
      { branch: "第一党支部", name: "张三", months: "2024-04" },
    ]);
    expect(paid && recordsPayment(paid)).toBe(true);
    expect(zero && recordsPayment(zero)).toBe(false);
    expect(exempt && recordsPayment(exempt)).toBe(true);
    expect(unread && recordsPayment(unread)).toBe(false);
  });

  test("paidMonths spreads a range over its months", () => {
    const paid = paidMonths(
      duesOf([pay("张三", "2024-01..2024-03"), pay("张三", "2024-05", { paid: 0 })])
    );
    expect([...paid].sort((a, b) => a - b)).toEqual([ord(2024, 1), ord(2024, 2), ord(2024, 3)]);
  });
});

describe("requiredMonthRange", () => {
  const range = (input: Partial<MemberInput>) => {
    const m = member(input);
    if (!m) throw new Error("built");
    return requiredMonthRange(m, 2024);
  };

  test.each<[string, Partial<MemberInput>, [number, number] | undefined]>([
    ["a member all year", {}, [1, 12]],
    ["admitted as probationary in May", { probationaryAdmitted: "2024-05-20" }, [5, 12]],
    ["admitted years before", { probationaryAdmitted: "2019-07-01" }, [1, 12]],
    ["transferred in on 3-31", { transferredIn: "2024-03-31" }, [3, 12]],
    ["transferred out in August", { transferredOut: "2024-08-01" }, [1, 8]],
    [
      "in and out the same year",
      { transferredIn: "2024-02-10", transferredOut: "2024-10" },
      [2, 10],
    ],
    ["transferred out the year before", { transferredOut: "2023-12-31" }, undefined],
    ["transferred in the year after", { transferredIn: "2025-01-02" }, undefined],
    [
      "left in 2023 and came back in 2024-06",
      { transferredOut: "2023-05-01", transferredIn: "2024-06-01" },
      [6, 12],
    ],
  ])("%s", (_name, input, expected) => {
    expect(range(input)).toEqual(
      expected ? { from: ord(2024, expected[0]), to: ord(2024, expected[1]) } : undefined
    );
  });
});

describe("unpaidRuns", () => {
  test("finds every run, including one at either end", () => {
    const paid = new Set([3, 4, 8]);
    expect(unpaidRuns(1, 10, paid)).toEqual([
      { from: 1, to: 2 },
      { from: 5, to: 7 },
      { from: 9, to: 10 },
    ]);
  });

  test("nothing unpaid, nothing to scan", () => {
    expect(unpaidRuns(1, 3, new Set([1, 2, 3]))).toEqual([]);
    expect(unpaidRuns(5, 4, new Set())).toEqual([]);
  });
});
