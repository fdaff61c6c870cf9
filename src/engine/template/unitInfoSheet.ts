import type { CellValue } from "../cell/types";
import type { Locale, Localized } from "../i18n/locale";
import type { UnitInfoKey } from "../model/ledgers";
import { UNIT_INFO_SCHEMA } from "../schema/ledgerSchemas";
import { rulesOfColumn } from "./columnRules";
import { COLUMN_TEXTS, LEDGER_GUIDANCE } from "./columnTexts";
import {
  printSetup,
  rowHeight,
  TEMPLATE_FIRST_DATA_ROW,
  TEMPLATE_HEADER_ROW,
  wrappedLineCount,
} from "./layout";
import { sheetTitle } from "./titles";
import type { TemplateValidation, UnitInfoEntry, UnitInfoTemplateSheet } from "./types";
import { EARLIEST_DATE, LATEST_DATE, TEMPLATE_LISTS, validation } from "./validations";

/**
 * 项目 | 填写内容 | 说明, as forms are read left to right. The reader takes a key's value from under
 * the 填写内容 caption (src/engine/read/readUnitInfo.ts), so a value left blank is not mistaken for
 * the 说明 to its right. The captions stay Chinese in every locale: the reader knows them so.
 */
const KEY_COLUMN = 0;
const VALUE_COLUMN = 1;
const NOTE_COLUMN = 2;

const CAPTIONS: readonly { label: Localized; width: number }[] = [
  { label: { "zh-CN": "项目", "en-US": "项目" }, width: 24 },
  { label: { "zh-CN": "填写内容", "en-US": "填写内容" }, width: 26 },
  { label: { "zh-CN": "说明", "en-US": "说明 (notes)" }, width: 52 },
];

const YEAR_VALIDATION = {
  title: { "zh-CN": "填写年度", "en-US": "Reporting year" },
  prompt: { "zh-CN": "请填写四位年份，如2025。", "en-US": "Enter a four-digit year such as 2025." },
};
const FREQUENCY_VALIDATION = {
  title: { "zh-CN": "选择党课频率", "en-US": "Lecture frequency" },
  prompt: {
    "zh-CN": "请选择季度、半年或年；留空按每季度检查。",
    "en-US": "Choose 季度, 半年 or 年; blank means quarterly.",
  },
};
const COLLECTION_DAY_VALIDATION = {
  title: { "zh-CN": "填写党费集中交纳日", "en-US": "Dues collection day" },
  prompt: {
    "zh-CN": "请写成“每月15日”或“15”；不设集中交纳日的留空。",
    "en-US": "Write 每月15日 or 15; leave blank if the unit has no collection day.",
  },
};

const ELECTION_VALIDATION = {
  title: { "zh-CN": "填写选举日期", "en-US": "Election date" },
  prompt: {
    "zh-CN": "请填写本届机关党委选举产生的日期，如2021-06-18。",
    "en-US": "Enter the date the current committee was elected, such as 2021-06-18.",
  },
};
const TERM_VALIDATION = {
  title: { "zh-CN": "填写任期年数", "en-US": "Term in years" },
  prompt: {
    "zh-CN": "请填写机关党委每届任期年数，一般为5年。",
    "en-US": "Enter the committee's term in years; usually 5.",
  },
};

const REPORT_DATE_VALIDATION = {
  title: { "zh-CN": "填写填报日期", "en-US": "Date sent" },
  prompt: {
    "zh-CN": "请填写报送汇总表的日期，如2026-01-15；也可留空，打印后手写。",
    "en-US": "Enter the date the summary is sent, such as 2026-01-15, or leave it blank.",
  },
};

function entryValidation(key: UnitInfoKey, locale: Locale): TemplateValidation | undefined {
  switch (key) {
    case "year":
      return validation(
        { type: "whole", min: 1950, max: 2200 },
        YEAR_VALIDATION.title,
        YEAR_VALIDATION.prompt,
        locale
      );
    case "lectureFrequency":
      return validation(
        { type: "list", values: TEMPLATE_LISTS.lectureFrequencies },
        FREQUENCY_VALIDATION.title,
        FREQUENCY_VALIDATION.prompt,
        locale
      );
    case "agencyElectionDate":
      return validation(
        { type: "date", min: EARLIEST_DATE, max: LATEST_DATE },
        ELECTION_VALIDATION.title,
        ELECTION_VALIDATION.prompt,
        locale
      );
    case "agencyTermYears":
      return validation(
        { type: "whole", min: 1, max: 10 },
        TERM_VALIDATION.title,
        TERM_VALIDATION.prompt,
        locale
      );
    case "reportDate":
      return validation(
        { type: "date", min: EARLIEST_DATE, max: LATEST_DATE },
        REPORT_DATE_VALIDATION.title,
        REPORT_DATE_VALIDATION.prompt,
        locale
      );
    case "collectionDay":
      return validation(
        { type: "text-length", max: 20 },
        COLLECTION_DAY_VALIDATION.title,
        COLLECTION_DAY_VALIDATION.prompt,
        locale
      );
    default:
      return undefined;
  }
}

const UNIT_INFO_KEYS: readonly UnitInfoKey[] = [
  "unitName",
  "departmentSecretary",
  "agencySecretary",
  "year",
  "collectionDay",
  "lectureFrequency",
  "agencyDeputySecretary",
  "agencyElectionDate",
  "agencyTermYears",
  "reporter",
  "reporterPhone",
  "reviewer",
  "reportDate",
];
const isUnitInfoKey = (field: string): field is UnitInfoKey =>
  (UNIT_INFO_KEYS as readonly string[]).includes(field);

/** The unit information sheet, with 年度 and 单位名称 pre-filled when known. */
export function buildUnitInfoSheet(
  year: number | null,
  unitName: string | null,
  locale: Locale
): UnitInfoTemplateSheet {
  const prefilled: Partial<Record<UnitInfoKey, CellValue>> = {
    ...(year !== null ? { year } : {}),
    ...(unitName !== null ? { unitName } : {}),
  };
  const entries: UnitInfoEntry[] = UNIT_INFO_SCHEMA.columns
    .filter((column): column is typeof column & { field: UnitInfoKey } =>
      isUnitInfoKey(column.field)
    )
    .map((column, index) => {
      const checked = entryValidation(column.field, locale);
      const description = COLUMN_TEXTS.unitInfo[column.field]?.[locale] ?? "";
      return {
        key: column.field,
        label: column.header,
        row: TEMPLATE_FIRST_DATA_ROW + index,
        value: prefilled[column.field] ?? "",
        numberFormat:
          column.field === "year" || column.field === "agencyTermYears"
            ? "0"
            : column.field === "agencyElectionDate" || column.field === "reportDate"
              ? "yyyy-mm-dd"
              : "@",
        ...(checked ? { validation: checked } : {}),
        description,
        rules: rulesOfColumn("unitInfo", column.field),
        height: rowHeight(wrappedLineCount(description, CAPTIONS[NOTE_COLUMN]?.width ?? 40)),
      };
    });
  return {
    kind: "unitInfo",
    ledger: "unitInfo",
    name: UNIT_INFO_SCHEMA.sheet,
    title: sheetTitle(UNIT_INFO_SCHEMA.sheet, year, locale),
    columns: CAPTIONS.map((c) => ({ label: c.label[locale], width: c.width })),
    noteColumn: NOTE_COLUMN,
    keyColumn: KEY_COLUMN,
    valueColumn: VALUE_COLUMN,
    entries,
    guidance: LEDGER_GUIDANCE.unitInfo[locale],
    print: printSetup("C", TEMPLATE_HEADER_ROW),
  };
}
