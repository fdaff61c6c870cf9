import { day } from "../../engine/calendar/day";
import { toOfficeRule } from "./dataValidation";

describe("toOfficeRule", () => {
  it("keeps range lists as references and inline lists as text", () => {
    expect(toOfficeRule({ type: "list-range", range: "'支部信息'!$A$3:$A$5000" })).toEqual({
      list: { inCellDropDown: true, source: "='支部信息'!$A$3:$A$5000" },
    });
    expect(toOfficeRule({ type: "list", values: ["是", "否"] })).toEqual({
      list: { inCellDropDown: true, source: "是,否" },
    });
  });

  it("bounds dates as ISO dates, and serials outside Excel's calendar as numbers", () => {
    expect(toOfficeRule({ type: "date", min: day(1950, 1, 1), max: day(2100, 12, 31) })).toEqual({
      date: { formula1: "1950-01-01", formula2: "2100-12-31", operator: "Between" },
    });
    expect(toOfficeRule({ type: "date", min: 1, max: 100 })).toEqual({
      decimal: { formula1: 1, formula2: 100, operator: "Between" },
    });
  });

  it("bounds numbers and text lengths", () => {
    expect(toOfficeRule({ type: "decimal", min: 0 })).toEqual({
      decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" },
    });
    expect(toOfficeRule({ type: "whole", min: 1, max: 10 })).toEqual({
      wholeNumber: { formula1: 1, formula2: 10, operator: "Between" },
    });
    expect(toOfficeRule({ type: "text-length", max: 20 })).toEqual({
      textLength: { formula1: 20, operator: "LessThanOrEqualTo" },
    });
  });
});
