import { buildWorkbook } from "../../testing/buildWorkbook";
import {
  branchIdentity,
  duesIdentity,
  findDuplicates,
  lectureIdentity,
  meetingIdentity,
  memberIdentity,
  trainingIdentity,
} from "./structureIdentity";

const wb = buildWorkbook({
  branches: [
    { name: "第一党支部", secretary: "张三" },
    { name: "", secretary: "" },
  ],
  members: [
    { name: "张三", branch: "第一党支部" },
    { name: "张三", branch: "" },
  ],
  meetings: [
    { branch: "第一党支部", types: ["general", "lecture"], date: "2024-03-05" },
    { branch: "第一党支部", types: ["lecture", "general", "lecture"], date: "2024-03-05" },
    { branch: "第一党支部", types: ["group"], date: "2024-03" },
    { branch: "第一党支部", types: [], date: "2024-03-05" },
  ],
  lectures: [
    { branch: "第一党支部", date: "2024-03-05", lecturer: "张三" },
    { branch: "第一党支部", date: "2024-03-05" },
  ],
  dues: [
    { branch: "第一党支部", name: "张三", months: "2024-01..2024-03", paid: 150 },
    {
      branch: "第一党支部",
      name: "张三",
      months: "2024-01..2024-03",
      paid: 30,
      remark: "补交差额",
    },
  ],
  training: [
    { name: "张三", category: "集中轮训", start: "2024-05-06" },
    { name: "张三", category: "集中轮训", course: "书记示范班", start: "2024-05-06" },
    { name: "张三", category: "集中轮训", start: "2024-05" },
  ],
});

test("identities need the fields they are made of", () => {
  expect(branchIdentity(wb.branches!.records[0]!)).toBeDefined();
  expect(branchIdentity(wb.branches!.records[1]!)).toBeUndefined();
  expect(memberIdentity(wb.members!.records[0]!)).toBeDefined();
  expect(memberIdentity(wb.members!.records[1]!)).toBeUndefined();
  expect(lectureIdentity(wb.lectures!.records[0]!)).toBeDefined();
  expect(lectureIdentity(wb.lectures!.records[1]!)).toBeUndefined();
});

test("meeting types are compared as a set; month-only dates and empty types are not compared", () => {
  const [a, b, monthOnly, noTypes] = wb.meetings!.records;
  expect(meetingIdentity(a!)).toBe(meetingIdentity(b!));
  expect(meetingIdentity(monthOnly!)).toBeUndefined();
  expect(meetingIdentity(noTypes!)).toBeUndefined();
});

test("a dues row marked as a top-up has no identity", () => {
  const [paid, topUp] = wb.dues!.records;
  expect(duesIdentity(paid!)).toBeDefined();
  expect(duesIdentity(topUp!)).toBeUndefined();
  expect(duesIdentity(topUp!, [])).toBe(duesIdentity(paid!));
});

test("training: the course is part of the identity; month-only starts are not compared", () => {
  const [noCourse, course, monthOnly] = wb.training!.records;
  expect(trainingIdentity(noCourse!)).not.toBe(trainingIdentity(course!));
  expect(trainingIdentity(monthOnly!)).toBeUndefined();
});

test("findDuplicates names the first row for every later duplicate", () => {
  const rows = [
    { row: 2, k: "a" },
    { row: 3, k: "b" },
    { row: 4, k: "a" },
    { row: 5, k: undefined },
    { row: 6, k: undefined },
    { row: 7, k: "a" },
  ];
  const found = findDuplicates(rows, (r) => r.k).map(({ record, first }) => [
    record.row,
    first.row,
  ]);
  expect(found).toEqual([
    [4, 2],
    [7, 2],
  ]);
});

test("findDuplicates by group gives the same pairs, still in sheet order", () => {
  const rows = [
    { row: 2, branch: "一支部", k: "一支部|a" },
    { row: 3, branch: "二支部", k: "二支部|a" },
    { row: 4, branch: "二支部", k: "二支部|a" },
    { row: 5, branch: "一支部", k: "一支部|a" },
    { row: 6, branch: "一支部", k: undefined },
    { row: 7, branch: "二支部", k: "二支部|a" },
  ];
  const pairs = (groupOf?: (r: (typeof rows)[number]) => string) =>
    findDuplicates(rows, (r) => r.k, groupOf).map(({ record, first }) => [record.row, first.row]);
  expect(pairs((r) => r.branch)).toEqual([
    [4, 3],
    [5, 2],
    [7, 3],
  ]);
  expect(pairs((r) => r.branch)).toEqual(pairs());
});
