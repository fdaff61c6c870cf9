import { defineRule } from "../types";
import { alternatives, schemaOf } from "../common/structureText";

export default defineRule({
  meta: {
    id: "structure-missing-sheet",
    ledger: "structure",
    requires: [],
    // Looks at every column alike; 填表说明 explains it once for all columns.
    reads: {},
    kind: "structure",
    defaultSeverity: "error",
    title: { "zh-CN": "缺少台账工作表", "en-US": "Ledger sheet missing" },
    description: {
      "zh-CN":
        "标准台账的各张工作表都应在工作簿中（可用模板名称、别名或表头相符的工作表）；缺少的台账无法检查。",
      "en-US":
        "Every sheet of the standard ledgers is in the workbook (under the template's name, an accepted alias, or with matching headers); a missing ledger cannot be checked.",
    },
    fix: {
      "zh-CN":
        "点击“更多操作”中的“插入标准模板”添加缺少的工作表，或将已有的工作表改为标准名称，然后重新检查。",
      "en-US":
        "Choose Insert standard template under More actions to add the missing sheets, or rename your own sheet to the standard name, then check again.",
    },
    clause: {
      citations: [],
      note: { "zh-CN": "党建台账标准模板", "en-US": "The standard ledger template" },
    },
    options: {},
    messages: {
      missing: {
        "zh-CN":
          "工作簿中没有找到“{sheet}”工作表（可用名称：{accepted}），需要这张台账的检查都未能进行。请从标准模板中插入“{sheet}”工作表并填写；如已有这张台账但名称不同，请将工作表改名为“{sheet}”",
        "en-US":
          "The workbook has no “{sheet}” sheet (accepted names: {accepted}), so the checks that need this ledger did not run. Please insert the “{sheet}” sheet from the standard template and fill it in, or rename your existing sheet to “{sheet}”",
      },
    },
  },
  check(context) {
    for (const issue of context.workbook.issues) {
      if (issue.type !== "missing-sheet") continue;
      const schema = schemaOf(issue.ledger);
      const sheet = schema?.sheet ?? issue.ledger;
      context.report({
        kind: "structure",
        messageId: "missing",
        data: { sheet, accepted: alternatives([sheet, ...(schema?.sheetAliases ?? [])]) },
      });
    }
  },
});
