import { defineRule } from "../types";
import { severityOption } from "../common/orgOptions";
import { judgeTerm, reportTermVerdict, termYearsOr } from "../common/termDue";

export default defineRule({
  meta: {
    id: "org-agency-term-due",
    ledger: "unitInfo",
    // 单位信息 is optional; without it there is nothing to check, and nothing is said.
    requires: ["unitInfo"],
    reads: { unitInfo: ["agencyElectionDate", "agencyTermYears"] },
    kind: "row",
    defaultSeverity: "warning",
    title: { "zh-CN": "机关党委按期换届", "en-US": "Agency party committee re-elected on time" },
    description: {
      "zh-CN":
        "机关党委任期届满应按期换届：单位信息中本届选举日期加任期（默认5年）已过的为提示，超期1年以上的为不符合；届满前6个月起提醒做好换届准备。",
      "en-US":
        "The agency party committee holds its election when its term ends: a term (单位信息's election date + term, 5 years by default) that has ended is a warning, one overdue by more than a year an error; from six months before its end, a reminder.",
    },
    fix: {
      "zh-CN":
        "在单位信息中填写“机关党委本届选举日期”和“机关党委任期（年）”。任期已满的，应按程序及时换届。",
      "en-US":
        "Fill in 机关党委本届选举日期 and 机关党委任期（年） on 单位信息. If the term has ended, hold the election as the procedure requires.",
    },
    clause: {
      citations: [
        { source: "SEED", clause: 10, quote: "严格执行基层党组织按期换届规定" },
        { source: "RQ" },
        { source: "XJ", articles: [3] },
      ],
    },
    options: {
      defaultTermYears: {
        default: 5,
        description: {
          "zh-CN":
            "单位信息未填“机关党委任期（年）”时采用的任期年数（党的基层委员会每届任期一般为5年）",
          "en-US":
            "Term in years when 机关党委任期（年） is blank (a primary-level party committee's term is normally 5 years)",
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
          "机关党委本届于{electionDate:date}选举产生，任期{termYears}年，已于{termEnd:date}届满，尚未按期换届。请及时向上级党组织请示换届；如已完成换届，请更新单位信息中的“机关党委本届选举日期”",
        "en-US":
          "The agency party committee was elected on {electionDate:date} for {termYears} years; the term ended on {termEnd:date} and no new election is recorded. Please apply to the higher party organisation for the election, or update 机关党委本届选举日期 in 单位信息",
      },
      longOverdue: {
        "zh-CN":
          "机关党委本届于{electionDate:date}选举产生，任期{termYears}年，已于{termEnd:date}届满，超过{limitMonths}个月仍未换届。请尽快向上级党组织请示换届；如已完成换届，请更新单位信息中的“机关党委本届选举日期”",
        "en-US":
          "The agency party committee was elected on {electionDate:date} for {termYears} years; the term ended on {termEnd:date}, more than {limitMonths} months ago, and no new election is recorded. Please apply for the election without delay, or update 机关党委本届选举日期 in 单位信息",
      },
      dueSoon: {
        "zh-CN":
          "机关党委本届于{electionDate:date}选举产生，任期{termYears}年，将于{termEnd:date}届满，请提前向上级党组织请示，做好换届准备",
        "en-US":
          "The agency party committee was elected on {electionDate:date} for {termYears} years; the term ends on {termEnd:date}. Please apply to the higher party organisation and prepare the election in time",
      },
      unset: {
        "zh-CN": "单位信息中未填写“机关党委本届选举日期”，无法检查机关党委是否按期换届，请补填",
        "en-US":
          "单位信息 does not give 机关党委本届选举日期, so whether the agency party committee was re-elected on time cannot be checked; please fill it in",
      },
    },
  },
  check(context) {
    const { options, asOf, workbook } = context;
    const unitInfo = workbook.unitInfo;
    const info = unitInfo?.info;
    const election = info?.agencyElectionDate;
    if (!election) {
      // An unreadable date is the reader's finding; a blank one is a gap in 单位信息.
      const unreadable = workbook.issues.some(
        (i) =>
          i.type === "unreadable-cell" &&
          i.ledger === "unitInfo" &&
          i.field === "agencyElectionDate"
      );
      if (unreadable) return;
      context.report({
        kind: "structure",
        messageId: "unset",
        sheet: unitInfo?.sheet ?? null,
        row: info?.rows.agencyElectionDate ?? null,
      });
      return;
    }
    context.countRows();
    const termYears = termYearsOr(info.agencyTermYears, termYearsOr(options.defaultTermYears, 5));
    const judged = judgeTerm(election, termYears, asOf, {
      longOverdueMonths: options.longOverdueMonths,
      noticeMonths: Math.max(0, options.noticeMonths),
    });
    if (!judged?.verdict) return;
    const at = { sheet: unitInfo?.sheet ?? null, row: info.rows.agencyElectionDate ?? null };
    reportTermVerdict(
      (input) => context.report(input),
      judged,
      at,
      judged.data,
      severityOption(options.longOverdueSeverity, "error")
    );
  },
});
