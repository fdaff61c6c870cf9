import type { Localized } from "../../i18n/locale";
import { defineRule } from "../types";
import { messageTable } from "../common/messageTable";
import { schemaOf } from "../common/structureText";

type Reason = "year" | "newest" | "visible" | "other";
/** Which sheets were not used: visible ones only (""), hidden ones only, or both. */
type Unused = "" | "-hidden" | "-both";
type MessageId = `${Reason}${Unused}`;

/** Why the sheet used was preferred, in the words of the message (before "“{used}”"). */
const CHOSEN: Record<Reason, Localized> = {
  year: { "zh-CN": "名称含检查年度（{year}年）的", "en-US": "the sheet named for {year}, " },
  newest: { "zh-CN": "名称中年度最近的", "en-US": "the sheet named for the latest year, " },
  visible: { "zh-CN": "未隐藏的", "en-US": "the visible sheet " },
  other: { "zh-CN": "", "en-US": "" },
};

/** Which sheets were not used: visible ones, hidden ones, or both (the data stays free of wording). */
const NOT_USED: Record<Unused, Localized> = {
  "": { "zh-CN": "未使用{unused}", "en-US": "not {unused}" },
  "-hidden": { "zh-CN": "未使用隐藏的{hidden}", "en-US": "not the hidden {hidden}" },
  "-both": {
    "zh-CN": "未使用{unused}和隐藏的{hidden}",
    "en-US": "not {unused} or the hidden {hidden}",
  },
};

const REASONS: readonly Reason[] = ["year", "newest", "visible", "other"];
const UNUSED: readonly Unused[] = ["", "-hidden", "-both"];

/** One message per reason and kind of unused sheets ("year", "year-hidden", "year-both"…). */
function messages(): Record<MessageId, Localized> {
  return messageTable(
    REASONS.flatMap((reason) =>
      UNUSED.map((unused) => {
        const chosen = CHOSEN[reason];
        const notUsed = NOT_USED[unused];
        const message: Localized = {
          "zh-CN": `工作簿中有{count}张工作表可作为“{ledger}”，本次检查使用${chosen["zh-CN"]}“{used}”，${notUsed["zh-CN"]}。如使用的工作表不对，请删除或改名其他工作表后重新检查`,
          "en-US": `{count} sheets could hold the {ledger}; this check read ${chosen["en-US"]}“{used}”, ${notUsed["en-US"]}. If that is the wrong sheet, delete or rename the others and check again`,
        };
        return [`${reason}${unused}`, message] as const;
      })
    )
  );
}

const quoted = (names: readonly string[]): string => names.map((n) => `“${n}”`).join("、");

export default defineRule({
  meta: {
    id: "structure-several-sheets",
    ledger: "structure",
    requires: [],
    // Looks at sheet names and visibility, at no column.
    reads: {},
    kind: "structure",
    defaultSeverity: "warning",
    title: { "zh-CN": "同一台账有多张工作表", "en-US": "Several sheets for one ledger" },
    description: {
      "zh-CN":
        "工作簿中有多张工作表都可作为同一台账时，只检查其中一张：名称含检查年度的优先，其次是未隐藏的；说明使用了哪一张、未使用哪些，请核实。",
      "en-US":
        "When several sheets could hold one ledger, one is checked: the one whose name holds the checked year first, then a visible one; the finding names the sheet used and those not used, for the officer to confirm.",
    },
    fix: {
      "zh-CN":
        "核对检查使用的是否为本年度的工作表；不用的工作表可改名（如加上年份）或移到其他工作簿。",
      "en-US":
        "Check that the sheet used is this year's; rename the others (e.g. add their year) or move them to another workbook.",
    },
    clause: {
      citations: [],
      note: { "zh-CN": "党建台账标准模板", "en-US": "The standard ledger template" },
    },
    options: {},
    messages: messages(),
  },
  check(context) {
    for (const issue of context.workbook.issues) {
      if (issue.type !== "several-sheets") continue;
      const reason: Reason =
        issue.reason === "year"
          ? issue.year === null
            ? "newest"
            : "year"
          : issue.reason === "visible"
            ? "visible"
            : "other";
      const hidden = issue.unused.filter((s) => s.hidden).map((s) => s.name);
      const visible = issue.unused.filter((s) => !s.hidden).map((s) => s.name);
      const kind: Unused = hidden.length === 0 ? "" : visible.length === 0 ? "-hidden" : "-both";
      context.report({
        kind: "structure",
        sheet: issue.used,
        messageId: `${reason}${kind}`,
        data: {
          ledger: schemaOf(issue.ledger)?.sheet ?? issue.ledger,
          used: issue.used,
          count: issue.unused.length + 1,
          ...(visible.length > 0 ? { unused: quoted(visible) } : {}),
          ...(hidden.length > 0 ? { hidden: quoted(hidden) } : {}),
          ...(issue.year !== null ? { year: issue.year } : {}),
        },
      });
    }
  },
});
