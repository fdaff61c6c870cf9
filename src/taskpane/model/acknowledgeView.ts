import {
  applyAcknowledgements,
  type Acknowledgement,
  countBySeverity,
  type CheckResult,
} from "../../engine";

/**
 * A check's result as it reads once the department explained (or withdrew) warnings: the same
 * findings, their 已说明 marks and the totals as the engine would give them, without checking again.
 * The 汇总表 and the notes follow at the next check.
 */
export function withAcknowledgements(
  result: CheckResult,
  acknowledgements: readonly Acknowledgement[]
): CheckResult {
  const findings = applyAcknowledgements(result.findings, result.workbook, acknowledgements);
  return {
    ...result,
    findings,
    totals: countBySeverity(findings),
    acknowledged: findings.filter((f) => f.acknowledged).length,
  };
}
