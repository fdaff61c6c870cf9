import type { LedgerForm } from "../../model/ledgers";
import { defineRule, type NotCheckable } from "../types";
import { schemaOf } from "../common/structureText";

/** One finding per sheet and reason: the rules it keeps from running are listed together. */
function groupKey(n: NotCheckable): string {
  return `${n.sheet}\u0000${n.form}\u0000${n.field ?? ""}`;
}

/** The message for a reason: the form itself, or a field the form or the sheet lacks. */
function messageId(
  form: LedgerForm,
  field: string | undefined
): `form-${LedgerForm}` | "register-no-dates" | "field-missing" {
  if (field === undefined) return `form-${form}`;
  if (form === "register" && field === "paidDate") return "register-no-dates";
  return "field-missing";
}

export default defineRule({
  meta: {
    id: "structure-not-checkable",
    ledger: "structure",
    requires: [],
    reads: {},
    kind: "structure",
    defaultSeverity: "warning",
    title: {
      "zh-CN": "台账格式无法检查的事项",
      "en-US": "Checks the ledger's form does not allow",
    },
    description: {
      "zh-CN":
        "台账采用的填写格式（如每月一列的党费登记表、党费年度汇总表、学时统计表）或缺少的栏目使部分事项无法检查的，逐一列明，不作为已符合处理。",
      "en-US":
        "Where the form a ledger is kept in (a month-column dues register, an annual dues table, a study-hours table) or a column it lacks leaves some checks impossible, those checks are listed rather than passed.",
    },
    fix: {
      "zh-CN":
        "需要检查这些事项的，改用标准模板的台账格式（可用“插入标准模板”生成），或补充缺少的栏目。",
      "en-US":
        "To have these matters checked, keep the ledger in the standard template's form (Insert standard template adds it) or add the missing columns.",
    },
    clause: {
      citations: [],
      note: { "zh-CN": "党建台账标准模板", "en-US": "The standard ledger template" },
    },
    options: {},
    messages: {
      "form-annual": {
        "zh-CN":
          "“{sheet}”是党费年度汇总表，只记录全年应交、实交金额，无法检查{rules:rules}。请按月记录党费交纳情况（标准模板的“党费台账”，或每月一列的党员党费交纳登记表）",
        "en-US":
          "“{sheet}” is an annual dues table that records only the year's amounts due and paid, so {rules:rules} cannot be checked. Please record dues month by month (the template's 党费台账, or a register with a column per month)",
      },
      "form-hours": {
        "zh-CN":
          "“{sheet}”是学时统计表，没有逐条记录参加的培训班，无法检查{rules:rules}。请在培训台账中逐条登记支部书记参加的集中轮训、任职培训",
        "en-US":
          "“{sheet}” is a study-hours table without the courses attended, so {rules:rules} cannot be checked. Please record each course branch secretaries attend in the training ledger",
      },
      "form-register": {
        "zh-CN": "“{sheet}”是按月登记表（每月一列），无法检查{rules:rules}",
        "en-US": "“{sheet}” is a month-column register, so {rules:rules} cannot be checked",
      },
      "form-rows": {
        "zh-CN": "“{sheet}”的填写格式无法检查{rules:rules}",
        "en-US": "The way “{sheet}” is kept does not allow {rules:rules} to be checked",
      },
      "register-no-dates": {
        "zh-CN":
          "“{sheet}”是按月登记表（每月一列），月份格内没有记录交纳日期，无法检查{rules:rules}。如需检查，请在月份格内填写交纳日期（如“2025-03-20”）",
        "en-US":
          "“{sheet}” is a month-column register whose month cells record no payment dates, so {rules:rules} cannot be checked. To have them checked, write the date paid in the month cells (such as 2025-03-20)",
      },
      "field-missing": {
        "zh-CN": "“{sheet}”没有“{header}”列，无法检查{rules:rules}。请在表头增加“{header}”列并填写",
        "en-US":
          "“{sheet}” has no “{header}” column, so {rules:rules} cannot be checked. Please add a “{header}” column and fill it in",
      },
    },
  },
  check(context) {
    const groups = new Map<string, { first: NotCheckable; rules: string[] }>();
    for (const n of context.notCheckable) {
      const key = groupKey(n);
      const group = groups.get(key);
      if (group) group.rules.push(n.ruleId);
      else groups.set(key, { first: n, rules: [n.ruleId] });
    }
    for (const { first, rules } of groups.values()) {
      const header = first.field
        ? (schemaOf(first.ledger)?.columns.find((c) => c.field === first.field)?.header ??
          first.field)
        : undefined;
      context.report({
        kind: "structure",
        sheet: first.sheet,
        messageId: messageId(first.form, first.field),
        data: { sheet: first.sheet, rules: rules.join(","), ...(header ? { header } : {}) },
      });
    }
  },
});
