import { consecutiveGroups, rectAddress, rectanglesByKey } from "./rectangles";
import { RequestBudget } from "./requestBudget";

describe("rectanglesByKey", () => {
  it("covers each cell once, joining runs into rectangles", () => {
    const cells = [
      { row: 1, column: 0, k: "a" },
      { row: 1, column: 1, k: "a" },
      { row: 2, column: 0, k: "a" },
      { row: 2, column: 1, k: "a" },
      { row: 2, column: 2, k: "b" },
      { row: 4, column: 0, k: "a" },
    ];
    const rects = rectanglesByKey(cells, (c) => c.k);
    expect(rects.get("a")?.map(rectAddress)).toEqual(["A1:B2", "A4"]);
    expect(rects.get("b")?.map(rectAddress)).toEqual(["C2"]);
  });

  it("groups consecutive equal values", () => {
    const groups = consecutiveGroups([
      { index: 0, value: 6 },
      { index: 1, value: 6 },
      { index: 2, value: 9 },
      { index: 4, value: 9 },
    ]);
    expect(groups).toEqual([
      { first: 0, last: 1, value: 6 },
      { first: 2, last: 2, value: 9 },
      { first: 4, last: 4, value: 9 },
    ]);
  });
});

describe("RequestBudget", () => {
  it("syncs only when the next operation would not fit", async () => {
    const context = { sync: jest.fn(() => Promise.resolve()) };
    const batches: number[] = [];
    const budget = new RequestBudget(context, { bytes: 1000, operations: 3 }, () =>
      batches.push(context.sync.mock.calls.length)
    );
    await budget.reserve(400);
    await budget.reserve(400);
    expect(context.sync).not.toHaveBeenCalled();
    await budget.reserve(400);
    expect(context.sync).toHaveBeenCalledTimes(1);
    await budget.reserve(10);
    await budget.reserve(10);
    await budget.reserve(10);
    expect(context.sync).toHaveBeenCalledTimes(2);
    await budget.flush();
    await budget.flush();
    expect(budget.syncs).toBe(3);
    expect(batches).toEqual([0, 1, 2]);
  });
});
