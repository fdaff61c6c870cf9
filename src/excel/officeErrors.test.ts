import { FakeOfficeError } from "../../test/excel/fakeRequest";
import { classifyOfficeError, officeErrorCode, officeHostError } from "./officeErrors";
import { HostError } from "./hostErrors";

const officeError = (code: string, message = "") => Object.assign(new Error(message), { code });

describe("classifyOfficeError", () => {
  test.each([
    ["RequestPayloadSizeLimitExceeded", "payload-too-large"],
    ["ResponsePayloadSizeLimitExceeded", "payload-too-large"],
    ["AccessDenied", "protected"],
    ["ItemNotFound", "not-found"],
    ["InvalidOperationInCellEditMode", "cell-edit-mode"],
    ["ApiNotFound", "api-unsupported"],
    ["InvalidArgument", "other"],
  ])("%s → %s", (code, kind) => {
    expect(classifyOfficeError(officeError(code))).toBe(kind);
  });

  test("only the code counts: Office's messages are localised and meant for no program", () => {
    expect(
      classifyOfficeError(officeError("GeneralException", "The response payload size has exceeded"))
    ).toBe("other");
    expect(
      classifyOfficeError(officeError("GeneralException", "The cell is on a protected sheet."))
    ).toBe("other");
    expect(classifyOfficeError(new Error("payload too large, sheet protected"))).toBe("other");
    expect(classifyOfficeError("boom")).toBe("other");
    expect(officeErrorCode(null)).toBeNull();
  });

  test("the fake Excel's errors are localised, so only their codes can be matched", () => {
    const error = new FakeOfficeError("RequestPayloadSizeLimitExceeded", "request of 6 MB");
    expect(error.message).not.toMatch(/[A-Za-z]/);
    expect(classifyOfficeError(error)).toBe("payload-too-large");
  });
});

describe("officeHostError", () => {
  test("says what was being done, why and what to do, in Chinese first, keeping the cause", () => {
    const cause = officeError("AccessDenied");
    const error = officeHostError(cause, { "zh-CN": "标记台账", "en-US": "marking the ledgers" });
    expect(error).toBeInstanceOf(HostError);
    expect(error.messageZh).toBe(
      "标记台账时出错：工作表或工作簿受保护，请先撤销保护（审阅 → 撤销工作表保护）（AccessDenied）。"
    );
    expect(error.messageEn).toContain(
      "Error while marking the ledgers: the sheet or workbook is protected"
    );
    expect(error.cause).toBe(cause);
  });

  test("a HostError passes through unchanged", () => {
    const original = new HostError("中文", "English");
    expect(officeHostError(original, { "zh-CN": "x", "en-US": "x" })).toBe(original);
  });
});
