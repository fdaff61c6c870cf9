import { DEFAULT_LOCALE } from "../i18n/locale";
import type { LedgerId } from "../model/ledgers";
import { LEDGER_SCHEMAS, type LedgerSchema } from "../schema/ledgerSchemas";
import { buildInstructionsSheet } from "./instructions";
import { buildLedgerSheet } from "./ledgerSheet";
import { TEMPLATE_STYLES } from "./styles";
import type {
  LedgerTemplateSheet,
  TableLedgerId,
  TemplateModel,
  TemplateOptions,
  UnitInfoTemplateSheet,
} from "./types";
import { buildUnitInfoSheet } from "./unitInfoSheet";

const isTable = (schema: LedgerSchema): schema is LedgerSchema & { id: TableLedgerId } =>
  schema.id !== "unitInfo";

/** A plausible reporting year, else none (titles then carry no year). */
function yearOf(year: number | undefined): number | null {
  return year !== undefined && Number.isInteger(year) && year >= 1950 && year <= 2200 ? year : null;
}

function unitNameOf(name: string | undefined): string | null {
  const trimmed = typeof name === "string" ? name.trim() : "";
  return trimmed === "" ? null : trimmed;
}

/**
 * The standard template: 填表说明, 单位信息, then every ledger in schema order with every schema
 * column under its canonical header. Deterministic: no clock is read, so the year comes from the
 * caller or is left blank.
 */
export function buildTemplateModel(options: TemplateOptions = {}): TemplateModel {
  const year = yearOf(options.year);
  const unitName = unitNameOf(options.unitName);
  const locale = options.locale ?? DEFAULT_LOCALE;
  const unitInfo = buildUnitInfoSheet(year, unitName, locale);
  const ledgers = LEDGER_SCHEMAS.filter(isTable).map((schema) =>
    buildLedgerSheet(schema, year, locale)
  );
  const documented: (UnitInfoTemplateSheet | LedgerTemplateSheet)[] = [unitInfo, ...ledgers];
  return {
    year,
    unitName,
    locale,
    styles: TEMPLATE_STYLES,
    sheets: [buildInstructionsSheet(documented, year, unitName, locale), ...documented],
  };
}

/** The template sheet of a ledger. */
export function templateSheetOf(model: TemplateModel, ledger: "unitInfo"): UnitInfoTemplateSheet;
export function templateSheetOf(model: TemplateModel, ledger: TableLedgerId): LedgerTemplateSheet;
export function templateSheetOf(
  model: TemplateModel,
  ledger: LedgerId
): UnitInfoTemplateSheet | LedgerTemplateSheet;
export function templateSheetOf(
  model: TemplateModel,
  ledger: LedgerId
): UnitInfoTemplateSheet | LedgerTemplateSheet {
  const sheet = model.sheets.find(
    (s): s is UnitInfoTemplateSheet | LedgerTemplateSheet =>
      s.kind !== "instructions" && s.ledger === ledger
  );
  // Every ledger has a sheet by construction; reaching this is a programming error.
  if (!sheet) throw new Error(`The template has no sheet for ledger "${ledger}"`);
  return sheet;
}
