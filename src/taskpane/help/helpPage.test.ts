/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LEDGER_LABELS, SUMMARY_TEXT } from "../../engine/i18n/labels";
import { explainRule } from "../../engine/rules/explain";
import { RULES } from "../../engine/rules/registry";
import { MESSAGES, type MessageKey } from "../i18n/messages";
import { renderHelpPage, RIBBON_LABELS } from "./helpPage";
import { ruleAnchor } from "./helpRules";

const page = new DOMParser().parseFromString(renderHelpPage(), "text/html");
const sectionText = (id: string): string => page.getElementById(id)?.textContent ?? "";

describe("help.html, the 使用说明", () => {
  it("is a Chinese page whose table of contents reaches every section", () => {
    expect(page.documentElement.lang).toBe("zh-CN");
    expect(page.title).toBe("党建台账检查 · 使用说明");
    const links = [...page.querySelectorAll("nav a")].map((a) => a.getAttribute("href") ?? "");
    expect(links.length).toBeGreaterThanOrEqual(10);
    for (const link of links) expect(page.getElementById(link.slice(1))).not.toBeNull();
  });

  it("lists every rule of the registry with its requirement, fix, default severity and basis", () => {
    for (const rule of RULES) {
      const entry = page.getElementById(ruleAnchor(rule.meta.id));
      if (!entry) throw new Error(`help.html lacks ${rule.meta.id}`);
      const text = explainRule(rule.meta, "zh-CN");
      const shown = entry.textContent ?? "";
      for (const part of [
        text.title,
        text.requirement,
        text.fix,
        text.defaultSeverity,
        text.basis,
      ]) {
        expect(shown).toContain(part);
      }
    }
    expect(page.querySelectorAll("#rules article.rule")).toHaveLength(RULES.length);
    expect(sectionText("rules")).toContain(LEDGER_LABELS.dues["zh-CN"]);
  });

  it("says how to fix each kind of structure problem", () => {
    const structure = sectionText("structure");
    for (const rule of RULES.filter((r) => r.meta.ledger === "structure")) {
      expect(structure).toContain(rule.meta.title["zh-CN"]);
      expect(structure).toContain(rule.meta.fix["zh-CN"]);
    }
    for (const problem of ["工作表受保护", "台账右侧还有内容", "没有识别出任何台账"]) {
      expect(structure).toContain(problem);
    }
  });

  it("explains each button by the words the pane and the ribbon show", () => {
    const buttons = sectionText("buttons");
    const keys: MessageKey[] = [
      "start",
      "scopeChange",
      "settings",
      "clearMarks",
      "insertTemplate",
      "exportSummary",
      "rollup",
      "showSummary",
      "explainRule",
      "acknowledge",
      "unacknowledge",
      "copyBranch",
      "printBranch",
      "goToHeader",
      "filterBranch",
      "filterSeverity",
    ];
    for (const key of keys) expect(buttons).toContain(MESSAGES[key]["zh-CN"]);
    const manifest = readFileSync(join(__dirname, "../../../manifest.xml"), "utf8");
    for (const [id, label] of [
      ["Group.Label", RIBBON_LABELS.group],
      ["OpenPane.Label", RIBBON_LABELS.openPane],
      ["RunCheck.Label", RIBBON_LABELS.runCheck],
      ["ClearMarks.Label", RIBBON_LABELS.clearMarks],
    ] as const) {
      expect(manifest).toContain(`<bt:String id="${id}" DefaultValue="${label}">`);
      expect(buttons).toContain(label);
    }
  });

  it("says what a check changes in the workbook and how to undo it", () => {
    const changes = sectionText("changes");
    for (const part of [
      "条件格式",
      "批注",
      "汇总表",
      "清除标记",
      "恢复默认",
      "撤销说明",
      "Ctrl+Z",
    ]) {
      expect(changes).toContain(part);
    }
    expect(changes).toContain("不修改台账中的任何数据");
  });

  it("explains the year and as-of day, 已说明 and the branch's list", () => {
    expect(sectionText("scope")).toContain("12月31日");
    expect(sectionText("explained")).toContain(SUMMARY_TEXT.sectionAcknowledged["zh-CN"]);
    expect(sectionText("explained")).toContain("合规率仍按未说明计算");
    expect(sectionText("branch")).toContain("Mac 版 Excel");
  });
});
