import type { DayNumber } from "../calendar/day";
import type { Frequency } from "../calendar/period";
import type { YearMonth } from "../calendar/month";
import type {
  MeetingType,
  MemberCategory,
  MemberStatus,
  PartyRole,
  PersonCategory,
} from "./vocabulary";

/**
 * The ledgers after reading: one typed record per sheet row. A field is `undefined` when its column
 * is absent, its cell is blank, or its cell could not be read (the reader reports the last case as a
 * structure-unreadable-cell finding); rules that need a field skip rows without it.
 */

/** Where a record came from: the sheet row as Excel numbers it. */
export interface RowRef {
  row: number;
}

/** A date read from a cell; `monthOnly` when the cell named a month but no day (`2024年3月`). */
export interface DateCell {
  day: DayNumber;
  monthOnly: boolean;
}

export interface UnitInfo {
  unitName?: string;
  /** 部门党组（党委）书记 */
  departmentSecretary?: string;
  /** 机关党委书记 */
  agencySecretary?: string;
  year?: number;
  /** 党费集中交纳日: day of month. */
  collectionDay?: number;
  /** 党课频率 */
  lectureFrequency?: Frequency;
  /** 机关党委专职副书记: who 列席 the 部门党组（党委）民主生活会 (SEED（十七）). */
  agencyDeputySecretary?: string;
  /** 机关党委本届选举日期 and 任期（年）: when the 机关党委 is due for re-election (SEED（十）). */
  agencyElectionDate?: DateCell;
  agencyTermYears?: number;
  /** The 汇总表's sign-off block: 填报人, 联系电话, 审核人, 填报日期. */
  reporter?: string;
  reporterPhone?: string;
  reviewer?: string;
  reportDate?: DateCell;
  /** Sheet rows of each key, for findings that point at a setting. */
  rows: Partial<Record<UnitInfoKey, number>>;
}
export type UnitInfoKey =
  | "unitName"
  | "departmentSecretary"
  | "agencySecretary"
  | "year"
  | "collectionDay"
  | "lectureFrequency"
  | "agencyDeputySecretary"
  | "agencyElectionDate"
  | "agencyTermYears"
  | "reporter"
  | "reporterPhone"
  | "reviewer"
  | "reportDate";

export interface BranchRecord extends RowRef {
  name: string;
  secretary?: string;
  secretaryAppointed?: DateCell;
  secretaryTitle?: string;
  isPrincipal?: boolean;
  hasCommittee?: boolean;
  electionDate?: DateCell;
  termYears?: number;
}

export interface MemberRecord extends RowRef {
  name: string;
  branch: string;
  group?: string;
  memberCategory?: MemberCategory;
  personCategory?: PersonCategory;
  partyRole?: PartyRole;
  adminTitle?: string;
  isLeader?: boolean;
  probationaryAdmitted?: DateCell;
  transferredIn?: DateCell;
  transferredOut?: DateCell;
  /** 党员状态 / 组织关系状态: the member's situation from `statusChanged` on. */
  status?: MemberStatus;
  /** 变动日期: when `status` began. */
  statusChanged?: DateCell;
}

export interface MeetingRecord extends RowRef {
  branch: string;
  /** Every type the row names ("党员大会、党课" → general + lecture). */
  types?: MeetingType[];
  /** The 会议类型 cell as written, for messages. */
  typeText?: string;
  date?: DateCell;
  group?: string;
  topic?: string;
  host?: string;
  expected?: number;
  attended?: number;
  expectedVoting?: number;
  attendedVoting?: number;
  /** 赞成人数: votes for a resolution (接收预备党员, 转正, 选举…), where the ledger records them. */
  approvals?: number;
  absentees?: string;
  /** Names in 参加人员/实到人员 when recorded. */
  attendees?: string[];
  /** Names in 列席人员 when recorded (non-members attending, e.g. at a 民主生活会). */
  observers?: string[];
  recorder?: string;
}

export interface LectureRecord extends RowRef {
  branch: string;
  date?: DateCell;
  lecturer?: string;
  lecturerTitle?: string;
  title?: string;
  participants?: number;
  hours?: number;
}

export interface DuesRecord extends RowRef {
  branch: string;
  name: string;
  personCategory?: PersonCategory;
  /** The months the row pays for (one, or a range like `2024.01-2024.03`). */
  months?: { from: YearMonth; to: YearMonth };
  base?: number;
  /** 交纳比例 as a fraction (1% → 0.01). */
  ratio?: number;
  due?: number;
  paid?: number;
  paidDate?: DateCell;
  remark?: string;
  /**
   * The month-column register: the column of the month cell this payment was read from. Findings
   * about the payment (its amount, its date) point at that cell rather than at a column of the sheet.
   */
  cell?: string;
  /**
   * The register marks the month paid (✓, 已交, a signature or a date) without writing an amount:
   * the month's due was paid. `paid` then holds the row's monthly due when the register states it.
   */
  paidAsDue?: boolean;
}

/** A 谈心谈话 (谈心谈话台账, optional): who talked with whom, when, how. */
export interface TalkRecord extends RowRef {
  branch?: string;
  /** 谈话人 */
  talker: string;
  /** 谈话对象: one person, or several separated by 、 */
  counterparts?: string[];
  date?: DateCell;
  /** 谈话方式: 面对面, 电话… */
  mode?: string;
  topic?: string;
}

export interface TrainingRecord extends RowRef {
  name: string;
  branch?: string;
  role?: string;
  course?: string;
  /** 培训类别 as written; rules decide what counts as 集中培训. */
  category?: string;
  start?: DateCell;
  end?: DateCell;
  hours?: number;
  organizer?: string;
}

/** Every ledger, in the template's order. */
export const LEDGER_IDS = [
  "unitInfo",
  "branches",
  "members",
  "meetings",
  "lectures",
  "dues",
  "training",
  "talks",
] as const;
export type LedgerId = (typeof LEDGER_IDS)[number];

/** The ledgers made of rows (单位信息 is key/value pairs). */
export type RecordLedgerId = Exclude<LedgerId, "unitInfo">;
export const RECORD_LEDGER_IDS = LEDGER_IDS.filter((id): id is RecordLedgerId => id !== "unitInfo");

/**
 * The shape a ledger is kept in (specification.md, "Other forms of a ledger"): `rows` is the
 * template's one row per record; `register` the month-column 党费登记表 (a row per member, a
 * column per month); `annual` the dues table with a year's totals per member; `hours` the training
 * table with a year's study hours per member.
 */
export type LedgerForm = "rows" | "register" | "annual" | "hours";

/** Where the month-column register keeps each member and each month, to point at a blank month. */
export interface RegisterLayout {
  /** The register's year, and where it was read from. */
  year: number;
  yearSource:
    "header" | "title" | "option" | "unit-info" | "ledger-dates" | "register-dates" | "as-of";
  /** Each month column: its month ordinal (see monthOrdinal) and sheet column letters. */
  months: { ordinal: number; column: string }[];
  /** Each member row, paid or not. */
  people: { name: string; branch: string; row: number }[];
  /** Whether any month cell holds a payment date, so the rules about dates can check it. */
  datesWritten: boolean;
}

/** A ledger sheet that was recognised, with the columns that were mapped. */
export interface LedgerSheet<R> {
  id: LedgerId;
  /** The worksheet's own name. */
  sheet: string;
  /** The shape the sheet is kept in; `rows` unless another form was recognised. */
  form: LedgerForm;
  /** The month-column register's layout (form `register` only). */
  register?: RegisterLayout;
  /** 1-based sheet row of the header. */
  headerRow: number;
  /** Field → column letter ("D"), for fields whose column was found. */
  columns: Partial<Record<string, string>>;
  /** Field → header text as written in the sheet. */
  headers: Partial<Record<string, string>>;
  records: R[];
}

/** A problem met while reading, turned into structure findings by the structure-* rules. */
export type ReadIssue =
  | { type: "missing-sheet"; ledger: LedgerId }
  | {
      /** Several sheets could hold the ledger: which one was read, which were not, and why. */
      type: "several-sheets";
      ledger: LedgerId;
      used: string;
      unused: { name: string; hidden: boolean }[];
      /** What decided between the used sheet and the next best. */
      reason: "year" | "visible" | "name" | "columns" | "order";
      /** The checked year the names were compared with, when known. */
      year: number | null;
    }
  | {
      type: "missing-column";
      ledger: LedgerId;
      sheet: string;
      headerRow: number;
      field: string;
      /** Canonical header and its accepted aliases. */
      accepted: string[];
      /** The headers that were found in the header row. */
      found: string[];
    }
  | {
      type: "unreadable-cell";
      ledger: LedgerId;
      sheet: string;
      row: number;
      column: string;
      field: string;
      header: string;
      /** The cell's text as it stands ("" when blank). */
      text: string;
      blank: boolean;
      expected: ValueKind;
    };

/** What a column's cells are read as. */
export type ValueKind =
  | "text"
  | "name"
  | "names"
  | "date"
  | "month-range"
  | "amount"
  | "ratio"
  | "count"
  | "hours"
  | "years"
  | "yes-no"
  | "meeting-types"
  | "member-category"
  | "member-status"
  | "person-category"
  | "party-role";

export interface LedgerWorkbook {
  unitInfo?: { sheet: string; info: UnitInfo };
  branches?: LedgerSheet<BranchRecord>;
  members?: LedgerSheet<MemberRecord>;
  meetings?: LedgerSheet<MeetingRecord>;
  lectures?: LedgerSheet<LectureRecord>;
  dues?: LedgerSheet<DuesRecord>;
  training?: LedgerSheet<TrainingRecord>;
  /** 谈心谈话台账: optional; a workbook without it is not told it is missing. */
  talks?: LedgerSheet<TalkRecord>;
  /** Problems met while reading: missing sheets and columns, unreadable cells. */
  issues: ReadIssue[];
}
