import type { FindingData } from "../findings/types";
import type { Localized } from "../i18n/locale";
import type { PeriodRecord, PeriodStatus } from "../run/report";
import type { RuleMeta } from "../rules/types";
import type { Severity, RuleId, RuleOptions } from "../basics";
import type { RuleMetaLookup } from "../render/messages";

/** Hand-made inputs for the summary tests: no rule module or registry needed. */

export function finding(
  ruleId: RuleId,
  severity: Severity,
  overrides: Partial<FindingData> = {}
): FindingData {
  return {
    ruleId,
    severity,
    kind: "row",
    sheet: null,
    row: null,
    column: null,
    branch: null,
    period: null,
    person: null,
    messageId: "m",
    data: {},
    ...overrides,
  };
}

export function period(
  ruleId: RuleId,
  branch: string | null,
  key: string,
  status: PeriodStatus,
  person: string | null = null
): PeriodRecord {
  return { ruleId, branch, person, subject: null, period: key, status };
}

/** Periods of a month rule for a year, the first `met` met, the rest `rest`. */
export function months(
  ruleId: RuleId,
  branch: string,
  met: number,
  rest: PeriodStatus = "missing"
): PeriodRecord[] {
  return Array.from({ length: 12 }, (_, i) =>
    period(ruleId, branch, `2024-${String(i + 1).padStart(2, "0")}`, i < met ? "met" : rest)
  );
}

function meta(
  id: RuleId,
  ledger: RuleMeta<RuleOptions>["ledger"],
  title: Localized,
  messages: Record<string, Localized>,
  summaryMessages?: Record<string, Localized>
): RuleMeta<RuleOptions> {
  return {
    id,
    ledger,
    requires: ledger === "structure" ? [] : [ledger],
    reads: {},
    kind: "row",
    defaultSeverity: "error",
    title,
    description: title,
    clause: { citations: [{ source: "DF", articles: [1, 6], range: true }] },
    options: {},
    messages,
    ...(summaryMessages ? { summaryMessages } : {}),
  };
}

const METAS: Partial<Record<RuleId, RuleMeta<RuleOptions>>> = {
  "dues-rate": meta(
    "dues-rate",
    "dues",
    { "zh-CN": "按比例交纳党费", "en-US": "Dues rate" },
    {
      m: {
        "zh-CN": "{person}党费基数{base:amount}，应交{expected:amount}，台账记{due:amount}",
        "en-US": "{person}: base {base:amount}, due {expected:amount}, ledger says {due:amount}",
      },
    },
    {
      m: {
        "zh-CN": "{person}的应交党费与按比例计算的金额不符",
        "en-US": "{person}: dues do not match the rate",
      },
    }
  ),
  "dues-paid-in-full": meta(
    "dues-paid-in-full",
    "dues",
    { "zh-CN": "足额交纳党费", "en-US": "Dues paid in full" },
    {
      m: {
        "zh-CN": "{person}实交{paid:amount}，少于应交{due:amount}",
        "en-US": "{person} paid {paid:amount}, less than {due:amount}",
      },
    }
  ),
  "meeting-general-quarterly": meta(
    "meeting-general-quarterly",
    "meetings",
    { "zh-CN": "每季度召开支部党员大会", "en-US": "Quarterly branch general meeting" },
    {
      m: {
        "zh-CN": "{branch}{period:period}没有召开支部党员大会的记录",
        "en-US": "{branch} has no branch general meeting recorded in {period:period}",
      },
    }
  ),
  "meeting-general-quorum": meta(
    "meeting-general-quorum",
    "meetings",
    { "zh-CN": "党员大会到会人数", "en-US": "General meeting quorum" },
    {
      m: {
        "zh-CN": "实到会有表决权人数{attended}人，未超过应到{expected}人的半数",
        "en-US": "{attended} voting members attended, not more than half of {expected}",
      },
    }
  ),
  "training-secretary-annual": meta(
    "training-secretary-annual",
    "training",
    { "zh-CN": "支部书记每年参加集中轮训", "en-US": "Annual secretary training" },
    { m: { "zh-CN": "{person}未参加集中轮训", "en-US": "{person} attended no central training" } }
  ),
  "structure-unreadable-cell": meta(
    "structure-unreadable-cell",
    "structure",
    { "zh-CN": "无法识别的单元格", "en-US": "Unreadable cell" },
    { m: { "zh-CN": "{header}无法识别", "en-US": "{header} cannot be read" } }
  ),
};

export const lookup: RuleMetaLookup = (id) => METAS[id];
