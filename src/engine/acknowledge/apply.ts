import type { FindingData } from "../findings/types";
import type { LedgerWorkbook } from "../model/ledgers";
import { findingKeys } from "./findingKey";
import type { Acknowledgement } from "./types";

/**
 * Marks each warning an acknowledgement names as 已说明 (its reason and date on the finding).
 * Nothing else changes: the finding keeps its severity, so it still counts in the 合规率; totals
 * count it apart (check.ts). Errors, reminders and unreadable cells are never acknowledged.
 */
export function applyAcknowledgements<F extends FindingData>(
  findings: readonly F[],
  workbook: LedgerWorkbook,
  acknowledgements: readonly Acknowledgement[]
): F[] {
  const byKey = new Map(acknowledgements.map((a) => [a.key, a]));
  const keys = acknowledgements.length > 0 ? findingKeys(findings, workbook) : [];
  return findings.map((finding, i) => {
    const key = keys[i];
    const match = key === undefined ? undefined : byKey.get(key);
    if (match) return { ...finding, acknowledged: { reason: match.reason, date: match.date } };
    if (!finding.acknowledged) return finding;
    // Explained before and not now (the explanation was withdrawn): the mark goes.
    const plain = { ...finding };
    delete plain.acknowledged;
    return plain;
  });
}
