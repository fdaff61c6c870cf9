import { dayFromIso } from "../calendar/day";
import type { CheckSettings } from "../config/settings";
import { DEFAULTS } from "../config/settings";
import type { FindingData } from "../findings/types";
import { LOCALES } from "../i18n/locale";
import { runRules } from "../run/runRules";
import type { RuleModule } from "../rules/types";
import { buildWorkbook, type WorkbookSpec } from "./buildWorkbook";
import type { OptionValue, RuleOptions } from "../basics";
import { renderFinding } from "../render/messages";

/**
 * A table-driven tester for one rule, after ESLint's RuleTester: every case names a workbook, the
 * settings and options that differ from the defaults, and the findings expected (none for a
 * passing case). Each expected finding lists only the fields it cares about; the count must match
 * exactly, in the order the rule reports them.
 */

export type ExpectedFinding = Partial<Omit<FindingData, "ruleId">> & { messageId: string };

export interface RuleCase {
  name: string;
  workbook: WorkbookSpec;
  settings?: Partial<Omit<CheckSettings, "rules">>;
  options?: Record<string, OptionValue>;
  /** Empty or omitted: the rule must report nothing. */
  findings?: ExpectedFinding[];
}

/** The defaults rule tests run with: reporting year 2024, checked on 2025-01-15 (every 2024 period ended). */
export function testSettings(overrides: Partial<Omit<CheckSettings, "rules">> = {}): CheckSettings {
  return {
    asOf: dayFromIso("2025-01-15") as number,
    year: 2024,
    yearSource: "option",
    locale: "zh-CN",
    reminderDays: DEFAULTS.reminderDays,
    duesRounding: DEFAULTS.duesRounding,
    centralTrainingKeywords: DEFAULTS.centralTrainingKeywords,
    excludedTrainingKeywords: DEFAULTS.excludedTrainingKeywords,
    lectureFrequency: DEFAULTS.lectureFrequency,
    collectionDay: null,
    collectionDayOff: false,
    unitName: null,
    departmentSecretary: null,
    agencySecretary: null,
    ...overrides,
    rules: {},
  };
}

/** ISO date for `settings.asOf` in cases ("2024-06-20"). */
export function asOf(iso: string): number {
  const serial = dayFromIso(iso);
  if (serial === undefined) throw new Error(`bad as-of date ${iso}`);
  return serial;
}

/** Runs one case and returns the findings, for tests that need more than the table. */
export function runRuleCase<O extends RuleOptions>(rule: RuleModule<O>, testCase: RuleCase) {
  const settings = testSettings(testCase.settings);
  if (testCase.options) settings.rules = { [rule.meta.id]: { options: testCase.options } };
  return runRules([rule], buildWorkbook(testCase.workbook), settings);
}

export function testRule<O extends RuleOptions>(
  rule: RuleModule<O>,
  cases: readonly RuleCase[]
): void {
  describe(rule.meta.id, () => {
    test.each(cases.map((c) => [c.name, c] as const))("%s", (_name, testCase) => {
      const result = runRuleCase(rule, testCase);
      expect(result.errors).toEqual([]);
      const expected = testCase.findings ?? [];
      const actual = result.findings.map((f) => {
        const picked: Record<string, unknown> = {};
        const wanted = expected[result.findings.indexOf(f)] ?? { messageId: "" };
        for (const key of Object.keys(wanted)) picked[key] = f[key as keyof FindingData];
        return picked;
      });
      expect({ count: result.findings.length, findings: actual }).toEqual({
        count: expected.length,
        findings: expected.slice(0, result.findings.length),
      });
      for (const finding of result.findings) {
        expect(Object.keys(rule.meta.messages)).toContain(finding.messageId);
        for (const locale of LOCALES) {
          const { message } = renderFinding(finding, () => rule.meta, locale);
          // Every placeholder of the template must have been filled.
          expect(message).not.toMatch(/\{\w+(:\w+)?\}/);
        }
      }
    });
  });
}
