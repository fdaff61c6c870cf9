import type { BranchRecord, LedgerWorkbook } from "../../model/ledgers";
import { defineRule } from "../types";
import { isPrincipalTitle, PRINCIPAL_TITLE_WORDS } from "../common/orgPrincipal";
import { secretaryRosterRow } from "../common/orgRoster";

interface TitleSource {
  title: string;
  fromRoster: boolean;
}

/** The secretary's 行政职务: 支部信息's own column first, else (when allowed) the roster's 行政职务. */
function secretaryTitle(
  workbook: LedgerWorkbook,
  branch: BranchRecord,
  secretary: string,
  useRoster: boolean
): TitleSource | undefined {
  if (branch.secretaryTitle) return { title: branch.secretaryTitle, fromRoster: false };
  if (!useRoster) return undefined;
  const title = secretaryRosterRow(workbook, branch.name, secretary)?.adminTitle;
  return title ? { title, fromRoster: true } : undefined;
}

export default defineRule({
  meta: {
    id: "org-secretary-principal",
    ledger: "branches",
    requires: ["branches"],
    reads: { branches: ["secretary", "secretaryTitle", "isPrincipal"], members: ["adminTitle"] },
    kind: "row",
    defaultSeverity: "warning",
    title: {
      "zh-CN": "支部书记由主要负责人担任",
      "en-US": "Branch secretary is the principal leader",
    },
    description: {
      "zh-CN":
        "党支部书记原则上由本部门本单位党员主要负责人担任：“是否主要负责人”为“是”，或书记行政职务为主任、处长、局长、院长等正职。",
      "en-US":
        "A branch secretary should, in principle, be the unit's principal leader: 是否主要负责人 is 是, or the secretary's administrative title is a head's post (主任, 处长, 局长, 院长…).",
    },
    fix: {
      "zh-CN":
        "核对支部信息中的“是否主要负责人”和“书记行政职务”是否填写准确。书记确非主要负责人且经机关党委同意的，可在检查面板中将此提示标为“已说明”并写明原因。",
      "en-US":
        "Check 是否主要负责人 and 书记行政职务 on 支部信息. If the secretary really is not the principal and the agency party committee agreed, mark this warning explained (已说明) in the pane, with the reason.",
    },
    clause: {
      citations: [
        { source: "SEED", clause: 11, quote: "党支部书记原则上由本部门本单位党员主要负责人担任" },
      ],
    },
    options: {
      principalTitleWords: {
        default: PRINCIPAL_TITLE_WORDS,
        description: {
          "zh-CN": "行政职务中含有这些词语即视为主要负责人（前面带“副”或后接“科员”“助理”的不算）",
          "en-US":
            "Title words that mark a principal leader (not when preceded by 副 or followed by 科员/助理)",
        },
      },
      useRosterTitle: {
        default: true,
        description: {
          "zh-CN": "支部信息未填书记行政职务时，按党员名册中该书记的行政职务判断",
          "en-US":
            "When 支部信息 gives no title, use the secretary's 行政职务 from the member roster",
        },
      },
      reportUnknown: {
        default: false,
        description: {
          "zh-CN": "既未填“是否主要负责人”也查不到书记行政职务时，提示补充信息",
          "en-US":
            "Report branches where neither 是否主要负责人 nor the secretary's title is known",
        },
      },
    },
    messages: {
      markedNo: {
        "zh-CN":
          "支部信息中{branch}的“是否主要负责人”为“否”，书记{secretary}不是本部门本单位党员主要负责人。党支部书记原则上应由本部门本单位党员主要负责人担任，请核实；确需由其他同志担任的，请在台账中说明情况",
        "en-US":
          "{branch}: 支部信息 records 否 under 是否主要负责人, so secretary {secretary} is not the unit's principal leader. A branch secretary should in principle be the unit's principal leader; please verify, or record why another comrade serves",
      },
      markedNoWithTitle: {
        "zh-CN":
          "支部信息中{branch}的“是否主要负责人”为“否”，书记{secretary}（行政职务：{title}）不是本部门本单位党员主要负责人。党支部书记原则上应由本部门本单位党员主要负责人担任，请核实；确需由其他同志担任的，请在台账中说明情况",
        "en-US":
          "{branch}: 支部信息 records 否 under 是否主要负责人, so secretary {secretary} (title: {title}) is not the unit's principal leader. A branch secretary should in principle be the unit's principal leader; please verify, or record why another comrade serves",
      },
      titleNotPrincipal: {
        "zh-CN":
          "{branch}书记{secretary}的行政职务为“{title}”，不是本部门本单位主要负责人。党支部书记原则上应由党员主要负责人担任，请核实；如确为主要负责人，请在“是否主要负责人”一栏填写“是”",
        "en-US":
          "{branch}: secretary {secretary} holds the title “{title}”, which is not the unit's principal leader. A branch secretary should in principle be the principal leader; please verify, and if the secretary is the principal leader enter 是 under 是否主要负责人",
      },
      rosterTitleNotPrincipal: {
        "zh-CN":
          "{branch}书记{secretary}在党员名册中的行政职务为“{title}”，不是本部门本单位主要负责人。党支部书记原则上应由党员主要负责人担任，请核实；如确为主要负责人，请在支部信息“是否主要负责人”一栏填写“是”",
        "en-US":
          "{branch}: secretary {secretary} holds the title “{title}” in the member roster, which is not the unit's principal leader. A branch secretary should in principle be the principal leader; please verify, and if the secretary is the principal leader enter 是 under 是否主要负责人 in 支部信息",
      },
      unknown: {
        "zh-CN":
          "{branch}未填写“是否主要负责人”，也查不到书记{secretary}的行政职务，无法判断书记是否由主要负责人担任，请补充",
        "en-US":
          "{branch}: neither 是否主要负责人 nor secretary {secretary}'s title is recorded, so it cannot be told whether the secretary is the principal leader; please fill them in",
      },
    },
  },
  check(context) {
    const { workbook, options } = context;
    const sheet = workbook.branches;
    if (!sheet) return;
    for (const branch of sheet.records) {
      context.countRows();
      const secretary = branch.secretary;
      // A blank secretary cell is the reader's structure-unreadable-cell business.
      if (!secretary || branch.isPrincipal === true) continue;
      const source = secretaryTitle(workbook, branch, secretary, options.useRosterTitle);
      if (source && isPrincipalTitle(source.title, options.principalTitleWords)) continue;

      const at = { sheet: sheet.sheet, row: branch.row, branch: branch.name, person: secretary };
      const data = { branch: branch.name, secretary };
      if (branch.isPrincipal === false) {
        context.report({
          ...at,
          column: sheet.columns.isPrincipal ?? null,
          messageId: source ? "markedNoWithTitle" : "markedNo",
          data: source ? { ...data, title: source.title } : data,
        });
      } else if (source) {
        const column = source.fromRoster ? sheet.columns.secretary : sheet.columns.secretaryTitle;
        context.report({
          ...at,
          column: column ?? null,
          messageId: source.fromRoster ? "rosterTitleNotPrincipal" : "titleNotPrincipal",
          data: { ...data, title: source.title },
        });
      } else if (options.reportUnknown) {
        // Neither column says anything: without the option, the rule does not guess.
        context.report({
          ...at,
          column: sheet.columns.isPrincipal ?? null,
          messageId: "unknown",
          data,
        });
      }
    }
  },
});
