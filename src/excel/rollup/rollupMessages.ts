import type { Locale, Localized } from "../../engine";

/** Why a received file was left out of the roll-up, said to the officer in the pane's language. */
export const ROLLUP_SKIP_REASONS = {
  empty: {
    "zh-CN": "文件是空的（0 字节），可能未保存完整或下载失败，请重新获取",
    "en-US": "the file is empty (0 bytes); it may not have been saved or downloaded completely",
  },
  legacyOrEncrypted: {
    "zh-CN":
      "文件是旧版 Excel 97-2003 格式（.xls）或设置了打开密码，请在 Excel 中取消密码并另存为 .xlsx 后再汇总",
    "en-US":
      "the file is an old Excel 97-2003 workbook (.xls) or password-protected; remove the password, save it as .xlsx and add it again",
  },
  notXlsx: {
    "zh-CN": "文件不是 Excel 工作簿（.xlsx），请在 Excel 中另存为 .xlsx 后再汇总",
    "en-US":
      "the file is not an Excel workbook (.xlsx); save it as .xlsx in Excel and add it again",
  },
  tooLarge: {
    "zh-CN":
      "文件解压后的大小异常（可能是恶意构造的压缩包），为保护本机未予打开，请让报送单位重新导出",
    "en-US":
      "the file would unpack to an abnormal size (possibly a crafted archive) and was not opened, to protect this computer; ask the department to export it again",
  },
  corrupt: {
    "zh-CN": "文件已损坏或不是有效的 Excel 工作簿，无法读取，请让报送单位重新导出",
    "en-US":
      "the file is damaged or not a valid Excel workbook; ask the department to export it again",
  },
  noSummary: {
    "zh-CN": "文件中没有党建台账检查生成的汇总表，请报送单位先检查台账或在加载项中导出汇总表",
    "en-US":
      "the file holds no summary made by Party Ledger Check; the department should check its ledgers or export the summary first",
  },
  summaryDataUnreadable: {
    "zh-CN": "汇总表中的数据已损坏或被手工改动，请报送单位重新检查后再上报",
    "en-US":
      "the summary's data is damaged or was edited by hand; the department should check again",
  },
} satisfies Record<string, Localized>;

export type SkipReasonKey = keyof typeof ROLLUP_SKIP_REASONS;

export function skipReason(key: SkipReasonKey, locale: Locale): string {
  return ROLLUP_SKIP_REASONS[key][locale];
}
