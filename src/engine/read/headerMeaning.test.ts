import type { LedgerId } from "../model/ledgers";
import { LEDGER_SCHEMAS } from "../schema/ledgerSchemas";
import { acceptedHeaders, columnLookup } from "./columnLookup";
import { findHeaderRow, headerCandidates } from "./findHeaderRow";
import { normalizeHeader } from "./normalizeHeader";

const schemaOf = (ledger: LedgerId) => {
  const schema = LEDGER_SCHEMAS.find((s) => s.id === ledger);
  if (!schema) throw new Error(`no schema ${ledger}`);
  return schema;
};

/** The field a header as written finds in a ledger, or undefined. */
function fieldOf(ledger: LedgerId, header: string): string | undefined {
  return columnLookup(schemaOf(ledger)).get(normalizeHeader(header))?.field;
}

describe("headers are matched by meaning (issue 17)", () => {
  test.each([
    // The variants the issue met in real registers.
    ["dues", "所属支部", "branch"],
    ["dues", "所属党支部", "branch"],
    ["dues", "党支部（全称）", "branch"],
    ["dues", "实缴党费", "paid"],
    ["dues", "实缴党费（元）", "paid"],
    ["dues", "缴纳金额", "paid"],
    ["dues", "缴纳日期", "paidDate"],
    ["dues", "应缴党费", "due"],
    ["dues", "缴费起止月份", "months"],
    ["dues", "缴存基数", "base"],
    ["dues", "所属月份", "months"],
    ["dues", "＊实交党费\n（元）", "paid"],
    ["members", "所属支部", "branch"],
    ["members", "所在党支部名称", "branch"],
    ["members", "所在党小组", "group"],
    ["branches", "党支部名称", "name"],
    ["branches", "支部全称", "name"],
    ["branches", "任期（年）", "termYears"],
    ["meetings", "所属支部", "branch"],
    ["meetings", "会议名称", "types"],
    ["lectures", "课题名称", "title"],
    ["training", "培训班名称", "course"],
    ["training", "所在支部", "branch"],
    ["unitInfo", "单位全称", "unitName"],
    ["unitInfo", "部门党组（党委）书记", "departmentSecretary"],
    ["unitInfo", "党费集中缴纳日", "collectionDay"],
  ] as const)("%s: %p → %s", (ledger, header, field) => {
    expect(fieldOf(ledger, header)).toBe(field);
  });

  test.each([
    ["dues", "实交党费（万元）"],
    ["dues", "党费基数(千元)"],
    ["dues", "1月"],
    ["members", "名称"],
  ] as const)("%s: %p matches no column", (ledger, header) => {
    expect(fieldOf(ledger, header)).toBeUndefined();
  });

  test.each(LEDGER_SCHEMAS.map((s) => [s.id, s] as const))(
    "%s: no header text means two columns once normalised",
    (_id, schema) => {
      const owner = new Map<string, string>();
      const clashes: string[] = [];
      for (const column of schema.columns) {
        for (const text of acceptedHeaders(column)) {
          const key = normalizeHeader(text);
          const claimed = owner.get(key);
          if (claimed !== undefined && claimed !== column.field)
            clashes.push(`${text} → ${claimed} and ${column.field}`);
          owner.set(key, column.field);
        }
      }
      expect(clashes).toEqual([]);
    }
  );

  test("a dues header row written with 缴 and 所属 is a complete header", () => {
    const grid = [["序号", "所属支部", "党员姓名", "缴费月份", "实缴党费（元）", "缴纳日期"]];
    const match = findHeaderRow(headerCandidates(grid), schemaOf("dues"));
    expect(match).toMatchObject({ accepted: true, missingRequired: [] });
    expect(Object.fromEntries(match?.columns ?? [])).toEqual({
      branch: 1,
      name: 2,
      months: 3,
      paid: 4,
      paidDate: 5,
    });
  });
});
