import { defineRule } from "../types";
import { severityOption } from "../common/orgOptions";
import { judgeTerm, reportTermVerdict, termYearsOr } from "../common/termDue";

export default defineRule({
  meta: {
    id: "org-term-due",
    ledger: "branches",
    requires: ["branches"],
    reads: { branches: ["electionDate", "termYears"] },
    kind: "row",
    defaultSeverity: "warning",
    title: { "zh-CN": "支部按期换届", "en-US": "Branch re-elected on time" },
    description: {
      "zh-CN":
        "党支部任期届满应按期换届：本届选举日期加任期已过检查日期的提示，超期1年以上的为不符合；即将届满的提醒。",
      "en-US":
        "A branch holds its election when its term ends: a term (本届选举日期 + 任期) that has ended is a warning, one overdue by more than a year an error; a term about to end is a reminder.",
    },
    fix: {
      "zh-CN":
        "核对支部信息中的“本届选举日期”和“任期（年）”是否填写准确。任期已满的，应按程序及时换届，并更新选举日期。",
      "en-US":
        "Check 本届选举日期 and 任期（年） on 支部信息. If the term has ended, hold the election as the procedure requires and update the election date.",
    },
    clause: {
      citations: [
        { source: "SEED", clause: 10 },
        { source: "RQ" },
        { source: "XJ", articles: [3] },
      ],
    },
    options: {
      defaultTermYears: {
        default: 3,
        description: {
          "zh-CN": "支部信息未填“任期（年）”时采用的任期年数（党支部每届任期一般为3年）",
          "en-US": "Term in years when 任期（年） is blank (a branch's term is normally 3 years)",
        },
      },
      longOverdueMonths: {
        default: 12,
        description: {
          "zh-CN": "届满超过多少个月仍未换届按“不符合”处理",
          "en-US": "Months past the end of the term after which the overdue election is an error",
        },
      },
      longOverdueSeverity: {
        default: "error",
        description: {
          "zh-CN": "长期超期未换届的严重程度",
          "en-US": "Severity of a long-overdue election",
        },
      },
      noticeMonths: {
        default: 6,
        description: {
          "zh-CN": "任期届满前多少个月起提醒做好换届准备（默认6个月）",
          "en-US": "Months before the end of the term from which a reminder is given (default 6)",
        },
      },
    },
    messages: {
      overdue: {
        "zh-CN":
          "{branch}本届于{electionDate:date}选举产生，任期{termYears}年，已于{termEnd:date}届满，尚未按期换届。请及时向上级党组织请示换届；如已完成换届，请更新“本届选举日期”",
        "en-US":
          "{branch} was elected on {electionDate:date} for {termYears} years; the term ended on {termEnd:date} and no new election is recorded. Please apply to the higher party organisation for the election, or update 本届选举日期 if it has been held",
      },
      longOverdue: {
        "zh-CN":
          "{branch}本届于{electionDate:date}选举产生，任期{termYears}年，已于{termEnd:date}届满，超过{limitMonths}个月仍未换届。请尽快向上级党组织请示换届；如已完成换届，请更新“本届选举日期”",
        "en-US":
          "{branch} was elected on {electionDate:date} for {termYears} years; the term ended on {termEnd:date}, more than {limitMonths} months ago, and no new election is recorded. Please apply to the higher party organisation for the election without delay, or update 本届选举日期 if it has been held",
      },
      dueSoon: {
        "zh-CN":
          "{branch}本届于{electionDate:date}选举产生，任期{termYears}年，将于{termEnd:date}届满，请提前向上级党组织请示，做好换届准备",
        "en-US":
          "{branch} was elected on {electionDate:date} for {termYears} years; the term ends on {termEnd:date}. Please apply to the higher party organisation and prepare the election in time",
      },
    },
  },
  check(context) {
    const { options, asOf } = context;
    const sheet = context.workbook.branches;
    if (!sheet) return;
    const fallbackTerm = termYearsOr(options.defaultTermYears, 3);
    const limits = {
      longOverdueMonths: options.longOverdueMonths,
      noticeMonths: Math.max(0, options.noticeMonths),
    };
    const longSeverity = severityOption(options.longOverdueSeverity, "error");

    for (const branch of sheet.records) {
      context.countRows();
      if (!branch.electionDate) continue;
      const termYears = termYearsOr(branch.termYears, fallbackTerm);
      const judged = judgeTerm(branch.electionDate, termYears, asOf, limits);
      if (!judged?.verdict) continue;
      const at = {
        sheet: sheet.sheet,
        row: branch.row,
        column: sheet.columns.electionDate ?? null,
        branch: branch.name,
      };
      const data = { branch: branch.name, ...judged.data };
      reportTermVerdict((input) => context.report(input), judged, at, data, longSeverity);
    }
  },
});
