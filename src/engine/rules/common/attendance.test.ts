import type { MeetingRecord } from "../../model/ledgers";
import { presenceAt, recordsAttendees, textNamesPerson } from "./attendance";

const meeting = (fields: Partial<MeetingRecord>): MeetingRecord => ({
  row: 2,
  branch: "第一党支部",
  ...fields,
});

describe("textNamesPerson", () => {
  test("finds a name among reasons and separators", () => {
    expect(textNamesPerson("李四（出差）、王五病假", "王五", [])).toBe(true);
    expect(textNamesPerson("李四（出差）", "王五", [])).toBe(false);
  });
  test("ignores a name that is only part of a longer roster name", () => {
    expect(textNamesPerson("张三丰（病假）", "张三", ["张三", "张三丰"])).toBe(false);
    expect(textNamesPerson("张三丰（病假）、张三（出差）", "张三", ["张三", "张三丰"])).toBe(true);
  });
  test("a longer name outside the roster does not hide the person", () => {
    expect(textNamesPerson("张三丰（病假）", "张三", ["张三"])).toBe(true);
  });
  test("a blank name names no one", () => {
    expect(textNamesPerson("张三", "", [])).toBe(false);
  });
});

describe("presenceAt", () => {
  test("present, absent or unknown", () => {
    expect(presenceAt(meeting({ attendees: ["张三"] }), "张三", [])).toBe("present");
    expect(presenceAt(meeting({ attendees: ["李四"] }), "张三", [])).toBe("absent");
    expect(
      presenceAt(meeting({ attendees: ["张三"], absentees: "张三（请假）" }), "张三", [])
    ).toBe("absent");
    expect(presenceAt(meeting({}), "张三", [])).toBe("unknown");
    expect(presenceAt(meeting({ absentees: "李四（请假）" }), "张三", [])).toBe("unknown");
  });
});

describe("recordsAttendees", () => {
  test("needs at least one name", () => {
    expect(recordsAttendees(meeting({ attendees: [] }))).toBe(false);
    expect(recordsAttendees(meeting({ attendees: ["张三"] }))).toBe(true);
  });
});
