import {
  ACKNOWLEDGEMENTS_KEY,
  parseStoredValue,
  validateAcknowledgements,
  type Acknowledgement,
} from "../../engine";
import { HostError } from "../hostErrors";
import type { SettingsStore } from "./settingsStore";

export { ACKNOWLEDGEMENTS_KEY };

/**
 * The warnings a department explained (已说明), kept in the document's settings beside the check's
 * own settings but under a key of their own: saving 设置 never touches them, and the command line
 * reads both from the same part of the file (src/xlsx/read/storedSettings.ts).
 */
/** Office reports a failed call with status "failed" (Office.AsyncResultStatus.Failed at run time). */
const FAILED = "failed";

/** The stored acknowledgements, each validated; anything unreadable reads as none. */
export function loadAcknowledgements(store: SettingsStore): Acknowledgement[] {
  try {
    return validateAcknowledgements(parseStoredValue(store.get(ACKNOWLEDGEMENTS_KEY)));
  } catch {
    return [];
  }
}

/** Stores the (valid) acknowledgements in the document and saves them; a HostError when Office cannot. */
export function saveAcknowledgements(
  store: SettingsStore,
  acknowledgements: readonly Acknowledgement[]
): Promise<void> {
  const clean = validateAcknowledgements(acknowledgements);
  return new Promise<void>((resolve, reject) => {
    const failed = (cause: unknown): void =>
      reject(
        new HostError(
          "说明未能保存到工作簿中，请确认工作簿未被设为只读后重试。",
          "The explanation could not be saved in the workbook. Make sure it is not read-only and try again.",
          { cause }
        )
      );
    try {
      store.set(ACKNOWLEDGEMENTS_KEY, JSON.stringify(clean));
      store.saveAsync((result) => {
        if (result.status === FAILED || (result.error !== undefined && result.error !== null)) {
          failed(result.error ?? result.status);
        } else resolve();
      });
    } catch (error) {
      failed(error);
    }
  });
}
