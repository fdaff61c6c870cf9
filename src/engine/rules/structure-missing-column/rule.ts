import { defineRule } from "../types";
import { severityOption } from "../common/orgOptions";
import { alternatives, schemaOf } from "../common/structureText";

export default defineRule({
  meta: {
    id: "structure-missing-column",
    ledger: "structure",
    requires: [],
    // Looks at every column alike; 填表说明 explains it once for all columns.
    reads: {},
    kind: "structure",
    defaultSeverity: "error",
    title: { "zh-CN": "台账缺少列", "en-US": "Ledger column missing" },
    description: {
      "zh-CN":
        "台账表头应包含标准模板的必填列（可用标准列名或其别名）；缺少必填列的台账无法检查，缺少其他列的，需要该列的检查无法进行。",
      "en-US":
        "A ledger's header row holds the template's required columns (under their names or accepted aliases); without a required column the ledger cannot be checked, without another column the checks that need it cannot run.",
    },
    fix: {
      "zh-CN":
        "在表头行中添加缺少的列，列名使用标准模板的名称（可参照“插入标准模板”生成的工作表），然后重新检查。",
      "en-US":
        "Add the missing column to the header row under the standard template's name (see a sheet added by Insert standard template), then check again.",
    },
    clause: {
      citations: [],
      note: { "zh-CN": "党建台账标准模板", "en-US": "The standard ledger template" },
    },
    options: {
      optionalColumnSeverity: {
        default: "warning",
        description: {
          "zh-CN": "缺少非必填列时的严重程度",
          "en-US": "Severity when a column that is not required is missing",
        },
      },
    },
    messages: {
      required: {
        "zh-CN":
          "“{sheet}”工作表第{headerRow}行的表头中缺少必填列“{header}”（可用列名：{accepted}），这张台账的有关检查未能进行。现有表头为：{found}。请在表头中增加该列，或将对应列的标题改为“{header}”",
        "en-US":
          "The header row (row {headerRow}) of sheet “{sheet}” lacks the required column “{header}” (accepted names: {accepted}), so this ledger's checks that need it did not run. Headers found: {found}. Please add the column, or rename the matching column to “{header}”",
      },
      optional: {
        "zh-CN":
          "“{sheet}”工作表第{headerRow}行的表头中没有“{header}”列（可用列名：{accepted}），需要该列的检查未能进行。现有表头为：{found}。如台账记有这项内容，请增加该列，或将对应列的标题改为“{header}”",
        "en-US":
          "The header row (row {headerRow}) of sheet “{sheet}” has no “{header}” column (accepted names: {accepted}), so the checks that need it did not run. Headers found: {found}. If the ledger records this, please add the column or rename the matching column to “{header}”",
      },
      key: {
        "zh-CN":
          "“{sheet}”工作表中没有“{header}”一项（可用名称：{accepted}），需要这一项的检查未能进行。请在表中增加“{header}”一项并填写其内容",
        "en-US":
          "Sheet “{sheet}” has no “{header}” entry (accepted names: {accepted}), so the checks that need it did not run. Please add the “{header}” entry and fill in its value",
      },
    },
  },
  check(context) {
    const optionalSeverity = severityOption(context.options.optionalColumnSeverity, "warning");
    for (const issue of context.workbook.issues) {
      if (issue.type !== "missing-column") continue;
      const column = schemaOf(issue.ledger)?.columns.find((c) => c.field === issue.field);
      const header = column?.header ?? issue.accepted[0] ?? issue.field;
      // The reader lists what it accepts; a column unknown to the schema is treated as required.
      const required = column?.required ?? true;
      const keyValue = issue.ledger === "unitInfo";
      context.report({
        kind: "structure",
        sheet: issue.sheet,
        row: keyValue ? null : issue.headerRow,
        messageId: keyValue ? "key" : required ? "required" : "optional",
        severity: required && !keyValue ? context.severity : optionalSeverity,
        data: {
          sheet: issue.sheet,
          headerRow: issue.headerRow,
          header,
          accepted: alternatives([header, ...issue.accepted]),
          found: alternatives(issue.found),
        },
      });
    }
  },
});
