import type { Localized } from "../../engine";
import type { CheckedFile, PageProgress } from "../worker/protocol";

/** Where one dropped file stands: waiting, being checked, checked, refused or cancelled. */
export type FileStatus =
  | { kind: "queued" }
  | { kind: "running"; progress: PageProgress | null }
  | { kind: "checked"; checked: CheckedFile }
  | { kind: "failed"; reason: Localized; summaryOnly: boolean }
  | { kind: "cancelled" };

/** A dropped file as the page lists it. */
export interface FileEntry {
  key: string;
  name: string;
  size: number;
  status: FileStatus;
}
