import { type LedgerId, LEDGER_SCHEMAS } from "../engine";
/** The errors the Office.js adapter throws for the pane and the ribbon commands to show. */

/** A check stopped by the user: the workbook is left consistent, and the pane says so. */
export class CheckCancelledError extends Error {
  constructor() {
    super("check cancelled");
    this.name = "CheckCancelledError";
  }
}

/** A problem the user can act on (a protected sheet, a sheet deleted mid-check…), in their language. */
export class HostError extends Error {
  constructor(
    readonly messageZh: string,
    readonly messageEn: string,
    options?: { cause?: unknown }
  ) {
    super(messageZh, options);
    this.name = "HostError";
  }
}

const sheetNameOf = (ledger: LedgerId): string =>
  LEDGER_SCHEMAS.find((schema) => schema.id === ledger)?.sheet ?? ledger;

/**
 * No ledger was recognised, so nothing was checked and nothing written (no marks, no 汇总表): the
 * message names the sheets a check reads and the way to add them, 插入标准模板.
 */
export class NoLedgerError extends HostError {
  /** The sheets a check reads: the ledgers, the registers beside them, and the optional 单位信息. */
  readonly sheets: { ledgers: string[]; registers: string[]; unit: string };
  constructor() {
    const ledgers = (["meetings", "lectures", "dues", "training"] as const).map(sheetNameOf);
    const registers = (["branches", "members"] as const).map(sheetNameOf);
    const unit = sheetNameOf("unitInfo");
    super(
      `本工作簿中没有识别出党建台账工作表，未作任何修改。检查读取按标准名称命名的工作表：` +
        `${ledgers.join("、")}，以及${registers.join("、")}（${unit}可选）。` +
        `请在检查面板的“更多操作”中点击“插入标准模板”添加这些工作表，再填入或粘贴台账内容；` +
        `已有台账的，也可将工作表改为上述名称后重新检查。`,
      `No party ledger sheet was recognised in this workbook; nothing was changed. A check reads ` +
        `the sheets named as in the standard template: ${ledgers.join(", ")}, and ` +
        `${registers.join(", ")} (${unit} is optional). Choose Insert standard template (under ` +
        `More actions in the check pane) to add them, then fill in or paste the ledgers — or ` +
        `rename your own sheets to these names and check again.`
    );
    this.name = "NoLedgerError";
    this.sheets = { ledgers, registers, unit };
  }
}
