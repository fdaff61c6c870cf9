import { oncePer } from "../../model/oncePer";
import { type FormSchema, LEDGER_FORMS } from "../../schema/ledgerForms";
import type { LedgerSchema } from "../../schema/ledgerSchemas";
import { findHeaderRow, HEADER_SCAN_ROWS, type HeaderMatch, matchRow } from "../findHeaderRow";
import type { PreparedSheet } from "../prepareSheet";
import { findRegisterMonths, mayHoldRegister, type RegisterMonths } from "./registerColumns";

/** How a recognised ledger sheet is kept, with the header that says so. */
export type FormChoice =
  | { form: "rows"; header: HeaderMatch | undefined }
  | { form: "register"; schema: FormSchema; header: HeaderMatch; months: RegisterMonths }
  | { form: "annual" | "hours"; schema: FormSchema; header: HeaderMatch };

/** Whether a header row has every required column (and is accepted as a header row). */
const isComplete = (match: HeaderMatch | undefined): match is HeaderMatch =>
  match !== undefined && match.accepted && match.missingRequired.length === 0;

/**
 * The register's person columns: on the month row, where a header merged down over two rows shows
 * them; else on the row above (`姓名 | 月工资收入 | 交纳月份` over `1月 … 12月`), the month row's
 * own findings winning.
 */
function registerHeader(
  sheet: PreparedSheet,
  schema: FormSchema,
  months: RegisterMonths
): HeaderMatch | undefined {
  const rowOf = (index: number) => sheet.candidates.find((c) => c.index === index);
  const own = rowOf(months.headerIndex);
  const above = rowOf(months.headerIndex - 1);
  const lower = own ? matchRow(own, schema) : undefined;
  const upper = above ? matchRow(above, schema) : undefined;
  const columns = new Map(upper?.columns ?? []);
  for (const [field, column] of lower?.columns ?? []) columns.set(field, column);
  const missingRequired = schema.columns.filter((c) => c.required && !columns.has(c.field));
  if (missingRequired.length > 0) return undefined;
  return {
    index: months.subHeaderIndex ?? months.headerIndex,
    columns,
    missingRequired,
    accepted: true,
  };
}

function tryForm(sheet: PreparedSheet, schema: FormSchema): FormChoice | undefined {
  if (schema.form === "register") {
    if (!mayHoldRegister(sheet.grid)) return undefined;
    const months = findRegisterMonths(sheet.grid, HEADER_SCAN_ROWS);
    const header = months ? registerHeader(sheet, schema, months) : undefined;
    return months && header ? { form: "register", schema, header, months } : undefined;
  }
  const header = findHeaderRow(sheet.candidates, schema);
  if (!isComplete(header)) return undefined;
  // The hours table needs hours: a bare list of names and branches is the roster's business.
  if (schema.form === "hours" && ![...header.columns.keys()].some((f) => f.endsWith("Hours"))) {
    return undefined;
  }
  return { form: schema.form, schema, header };
}

/**
 * The form a ledger sheet is kept in. The template's one-row form wins whenever its header is
 * complete; otherwise the first other form whose header is complete (specification.md, "Other
 * forms of a ledger"); failing all, the one-row form with what it found, so that its missing
 * columns are reported. Worked out once per sheet and ledger: recognition and reading both ask.
 */
export function chooseForm(sheet: PreparedSheet, schema: LedgerSchema): FormChoice {
  return choicesOf(sheet)(schema);
}

const choicesOf = oncePer((sheet: PreparedSheet) => {
  const cache = new Map<LedgerSchema, FormChoice>();
  return (schema: LedgerSchema): FormChoice => {
    let choice = cache.get(schema);
    if (!choice) {
      choice = decide(sheet, schema);
      cache.set(schema, choice);
    }
    return choice;
  };
});

function decide(sheet: PreparedSheet, schema: LedgerSchema): FormChoice {
  const rows = findHeaderRow(sheet.candidates, schema);
  if (isComplete(rows)) return { form: "rows", header: rows };
  for (const form of LEDGER_FORMS[schema.id as keyof typeof LEDGER_FORMS] ?? []) {
    const choice = tryForm(sheet, form);
    if (choice) return choice;
  }
  return { form: "rows", header: rows };
}

/** How well a sheet fits a ledger in any form: columns matched (and months), and completeness. */
export function formFit(
  sheet: PreparedSheet,
  schema: LedgerSchema
): { matched: number; complete: boolean } {
  const choice = chooseForm(sheet, schema);
  if (choice.form === "rows") {
    return { matched: choice.header?.columns.size ?? 0, complete: isComplete(choice.header) };
  }
  const months = choice.form === "register" ? choice.months.months.length : 0;
  return { matched: choice.header.columns.size + months, complete: true };
}
