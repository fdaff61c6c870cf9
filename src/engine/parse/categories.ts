import type { CellValue } from "../cell/types";
import type { Frequency } from "../calendar/period";
import type { MemberCategory, MemberStatus, PartyRole, PersonCategory } from "../model/vocabulary";
import { BLANK, INVALID, parsed, type ParseResult } from "./result";
import { readCell, stripSpaces, stripTrailingNotes } from "./scan";

/**
 * A category cell's text as compared: half-width, without spaces or a trailing note
 * ("退休（2023年）" → "退休"). Undefined for blank; null for cells that are not text.
 */
function categoryWord(value: CellValue): string | undefined | null {
  const input = readCell(value);
  if (input.kind === "blank") return undefined;
  if (input.kind !== "text") return null;
  return stripSpaces(stripTrailingNotes(input.text));
}

/** Looks the cell's word up in a table of exact words; `normalize` may trim known affixes. */
function lookup<T>(
  value: CellValue,
  table: ReadonlyMap<string, T>,
  normalize: (word: string) => string = (word) => word
): ParseResult<T> {
  const word = categoryWord(value);
  if (word === undefined) return BLANK;
  if (word === null) return INVALID;
  const found = table.get(word) ?? table.get(normalize(word));
  return found === undefined ? INVALID : parsed(found);
}

function table<T>(entries: Record<string, readonly string[]>): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const [value, words] of Object.entries(entries)) {
    for (const word of words) map.set(word, value as T);
  }
  return map;
}

const MEMBER_CATEGORIES = table<MemberCategory>({
  full: ["正式", "正式党员", "中共党员", "中共正式党员"],
  probationary: ["预备", "预备党员", "中共预备党员"],
});

/** Reads 党员类别: 正式/正式党员 → full, 预备/预备党员 → probationary. */
export function parseMemberCategory(value: CellValue): ParseResult<MemberCategory> {
  return lookup(value, MEMBER_CATEGORIES);
}

/**
 * 人员类别 as DF 第二至六条 distinguishes them. 年薪 and 不按月取得收入 pay on the same bands as
 * serving staff (DF 第三、四条), so they read as serving.
 */
const PERSON_CATEGORIES = table<PersonCategory>({
  serving: ["在职", "在岗", "年薪", "年薪制", "不按月取得收入", "不按月收入", "在编"],
  retired: ["离退休", "离休", "退休", "退休干部", "离休干部", "离退休干部"],
  student: ["学生", "在校学生", "学生党员"],
  unemployed: ["下岗", "失业", "下岗失业"],
  "low-income": ["低保", "领取最低生活保障", "享受最低生活保障", "最低生活保障"],
  farmer: ["农民", "农民党员"],
  other: ["其他", "其它"],
});

/** Reads 人员类别; "在职人员", "退休党员" and the like read as their category. */
export function parsePersonCategory(value: CellValue): ParseResult<PersonCategory> {
  return lookup(value, PERSON_CATEGORIES, (word) => word.replace(/(?:人员|党员|职工)$/, ""));
}

/**
 * Reads 党内职务. The highest role named wins, so a combined entry such as "书记兼组织委员" is a
 * secretary; 副书记 is checked before 书记 because it contains it. Any 委员 (组织委员, 宣传委员,
 * 纪检委员, 青年委员…) or 支委 is a committee member; 党小组长 and 组长 lead a group; 党员 and 无
 * mean no role.
 */
export function parsePartyRole(value: CellValue): ParseResult<PartyRole> {
  const word = categoryWord(value);
  if (word === undefined) return BLANK;
  if (word === null) return INVALID;
  const role = roleOf(word);
  return role ? parsed(role) : INVALID;
}

function roleOf(word: string): PartyRole | undefined {
  if (word.includes("副书记")) return "deputy-secretary";
  if (word.includes("书记")) return "secretary";
  if (word.includes("委员") || word.includes("支委")) return "committee-member";
  if (word.includes("组长")) return "group-leader";
  if (["党员", "普通党员", "正式党员", "预备党员", "无"].includes(word)) return "member";
  return undefined;
}

const FREQUENCIES = table<Frequency>({
  quarter: ["季", "季度", "一季度", "每季", "每季度", "按季", "按季度", "每个季度"],
  "half-year": ["半年", "每半年", "按半年", "半年度", "每半年度"],
  year: ["年", "每年", "年度", "按年", "按年度", "每年度", "全年"],
  month: ["月", "每月", "按月", "月度", "每个月"],
});

/** Reads 党课频率 (季度/半年/年/月, with 每/按 and a trailing "一次" or "1次" allowed). */
export function parseLectureFrequency(value: CellValue): ParseResult<Frequency> {
  return lookup(value, FREQUENCIES, (word) => word.replace(/(?:至少)?(?:一|1)次$/, ""));
}

/** "每月20日", "每月20号", "20日", "20号", "20" */
const COLLECTION_DAY = /^(?:每月)?(?:第)?(\d{1,2})(?:日|号)?$/;

/**
 * Reads 党费集中交纳日 as a day of the month, 1…31. A deadline ("每月20日前") is not a fixed day
 * and is invalid, so the collection-day rule stays off rather than guessing.
 */
export function parseCollectionDay(value: CellValue): ParseResult<number> {
  const input = readCell(value);
  let day: number | undefined;
  switch (input.kind) {
    case "blank":
      return BLANK;
    case "number":
      day = input.value;
      break;
    case "text": {
      const match = COLLECTION_DAY.exec(stripSpaces(input.text));
      day = match ? Number(match[1]) : undefined;
      break;
    }
    default:
      day = undefined;
  }
  return day !== undefined && Number.isInteger(day) && day >= 1 && day <= 31
    ? parsed(day)
    : INVALID;
}

/**
 * Words of 党员状态 / 组织关系状态, most decisive first: a cell naming death or expulsion is read as
 * that whatever else it says ("病故" before "因病"); "出党／除名" and "挂职／借调" match by either word.
 */
const STATUS_WORDS: readonly [MemberStatus, readonly string[]][] = [
  ["deceased", ["去世", "逝世", "病故", "死亡", "已故", "亡故"]],
  ["expelled", ["出党", "除名", "开除", "劝退", "退党"]],
  ["suspended", ["停止党籍"]],
  ["transferred-out", ["转出"]],
  ["abroad", ["出国", "出境"]],
  ["seconded", ["挂职", "借调"]],
  ["long-ill", ["因病", "病休", "长期病"]],
  ["mobile", ["流动"]],
  ["normal", ["正常", "在册", "在岗", "无"]],
];

/** Reads 党员状态 (正常, 转出, 去世, 停止党籍, 出党／除名, 出国（境）, 流动党员, 挂职／借调, 因病长期不能参加). */
export function parseMemberStatus(value: CellValue): ParseResult<MemberStatus> {
  const input = readCell(value);
  if (input.kind === "blank") return BLANK;
  if (input.kind !== "text") return INVALID;
  const word = stripSpaces(input.text);
  for (const [status, words] of STATUS_WORDS) {
    if (words.some((w) => word.includes(w))) return parsed(status);
  }
  return INVALID;
}
