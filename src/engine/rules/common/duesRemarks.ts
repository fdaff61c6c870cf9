/**
 * What a 党费台账 row's 备注 says. Officers write these remarks freely, so the rules look for a few
 * words and treat an explicit negation ("未经批准") as saying the opposite.
 */

/** Words that negate an approval in the same remark. */
const NEGATIONS = [
  "未经",
  "未获",
  "未同意",
  "未批准",
  "不同意",
  "不批准",
  "不予",
  "没有",
  "无批准",
];

/** Words that record an approved reduction or exemption (DF 第七条 经批准少交/免交). */
const REDUCTION_WORDS = ["减免", "免交", "免缴", "少交", "少缴", "减交", "减缴"];

/**
 * A bare 批准 also records an approved reduction, unless the remark is about when dues are paid
 * ("经支部批准按季度交纳"): that approval is dues-quarterly-approval's and changes no amount.
 */
const SCHEDULE_WORDS = [
  "按季",
  "季度",
  "合并",
  "一次性",
  "预交",
  "补交",
  "半年",
  "全年",
  "多月",
  "个月",
];

/** Words by which a remark records the branch's consent to paying several months at once. */
export const DEFAULT_APPROVAL_WORDS: readonly string[] = ["同意", "批准"];

function isNegated(remark: string): boolean {
  return NEGATIONS.some((w) => remark.includes(w));
}

/** Whether 备注 says the member was approved to pay less or nothing: amounts are not checked then. */
export function isApprovedReduction(remark: string | undefined): boolean {
  if (!remark || isNegated(remark)) return false;
  if (REDUCTION_WORDS.some((w) => remark.includes(w))) return true;
  return remark.includes("批准") && !SCHEDULE_WORDS.some((w) => remark.includes(w));
}

/** Whether 备注 records an approval (经支部同意/批准) in one of the given words, not negated. */
export function saysApproved(
  remark: string | undefined,
  words: readonly string[] = DEFAULT_APPROVAL_WORDS
): boolean {
  if (!remark || isNegated(remark)) return false;
  return words.some((w) => w !== "" && remark.includes(w));
}
