import type { LedgerSheet, LedgerWorkbook } from "../../model/ledgers";
import { defineRule, type ReportInput } from "../types";
import { closestBranch } from "../common/structureBranch";
import { isUnitLevelBody } from "../common/unitBodies";

/** A ledger row reduced to what this rule reads: where it is, the branch it names, whose row it is. */
interface BranchRow {
  row: number;
  branch?: string;
  name?: string;
}

/** The ledgers whose rows name a branch, in template order. */
function branchLedgers(workbook: LedgerWorkbook): LedgerSheet<BranchRow>[] {
  const sheets: (LedgerSheet<BranchRow> | undefined)[] = [
    workbook.members,
    workbook.meetings,
    workbook.lectures,
    workbook.dues,
    workbook.training,
    workbook.talks,
  ];
  return sheets.filter((s): s is LedgerSheet<BranchRow> => s !== undefined);
}

export default defineRule({
  meta: {
    id: "structure-unknown-branch",
    ledger: "structure",
    requires: ["branches"],
    reads: {
      branches: ["name"],
      members: ["branch"],
      meetings: ["branch"],
      lectures: ["branch"],
      dues: ["branch"],
      training: ["branch"],
      talks: ["branch"],
    },
    kind: "structure",
    defaultSeverity: "warning",
    title: { "zh-CN": "支部名称与支部信息不一致", "en-US": "Branch not listed in 支部信息" },
    description: {
      "zh-CN":
        "党员名册和各台账中填写的支部，应是“支部信息”所列的支部，名称写法一致；否则该行不计入任何支部的检查。",
      "en-US":
        "The branch named in the roster and every ledger is one listed in 支部信息, spelt the same way; otherwise the row counts for no branch.",
    },
    fix: {
      "zh-CN": "将支部名称改为与“支部信息”完全一致的写法；确为新支部的，先在支部信息中添加该支部。",
      "en-US":
        "Write the branch name exactly as 支部信息 does; for a new branch, add it to 支部信息 first.",
    },
    clause: {
      citations: [],
      note: {
        "zh-CN": "台账数据一致性（各台账与支部信息相互核对）",
        "en-US": "Data consistency between the ledgers and 支部信息",
      },
    },
    options: {},
    messages: {
      unknown: {
        "zh-CN":
          "“{sheet}”第{row}行填写的支部“{branch}”不在“{branchSheet}”所列支部中，该行不计入任何支部的检查。请按“{branchSheet}”中的名称改正，或在“{branchSheet}”中补充该支部",
        "en-US":
          "Sheet “{sheet}”, row {row} names the branch “{branch}”, which is not listed in “{branchSheet}”, so the row counts for no branch. Please use the name as written in “{branchSheet}”, or add the branch there",
      },
      nearMiss: {
        "zh-CN":
          "“{sheet}”第{row}行填写的支部“{branch}”不在“{branchSheet}”所列支部中，是否应为“{suggestion}”？名称不一致时该行不计入任何支部的检查，请统一写法",
        "en-US":
          "Sheet “{sheet}”, row {row} names the branch “{branch}”, which is not listed in “{branchSheet}” — is “{suggestion}” meant? Until the names agree the row counts for no branch",
      },
    },
  },
  check(context) {
    const branchSheet = context.workbook.branches;
    if (!branchSheet) return;
    const listed = [...new Set(branchSheet.records.map((b) => b.name).filter((n) => n !== ""))];
    // An empty 支部信息 says nothing about which names are right.
    if (listed.length === 0) return;
    const known = new Set(listed);

    for (const ledger of branchLedgers(context.workbook)) {
      for (const record of ledger.records) {
        context.countRows();
        const branch = record.branch;
        // A blank branch cell is the reader's structure-unreadable-cell business.
        if (!branch || known.has(branch)) continue;
        // A 会议台账 row of the 部门党组 or the 机关党委 (民主生活会, 述职) belongs to no branch.
        if (ledger.id === "meetings" && isUnitLevelBody(branch)) continue;
        const suggestion = closestBranch(branch, listed);
        const data = {
          sheet: ledger.sheet,
          row: record.row,
          branch,
          branchSheet: branchSheet.sheet,
        };
        const input: ReportInput<"nearMiss" | "unknown"> = {
          kind: "structure",
          sheet: ledger.sheet,
          row: record.row,
          column: ledger.columns.branch ?? null,
          branch,
          person: record.name || null,
          messageId: suggestion ? "nearMiss" : "unknown",
          data: suggestion ? { ...data, suggestion } : data,
        };
        context.report(input);
      }
    }
  },
});
