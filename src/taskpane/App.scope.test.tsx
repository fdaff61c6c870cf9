/** @jest-environment jsdom */
import "../../test/taskpane/setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { departmentHost, renderApp } from "../../test/taskpane/renderApp";

jest.setTimeout(30_000);

const scope = (): HTMLElement => screen.getByRole("region", { name: "检查年度和基准日" });

async function checkAndWait(): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
  await screen.findByTestId("notice");
}

describe("the year and 基准日 on the main pane", () => {
  it("say before a check that the 基准日 will be today when none is set", async () => {
    const host = departmentHost();
    renderApp(host);
    await waitFor(() => expect(host.callsOf("loadSettings")).toHaveLength(1));
    expect(within(scope()).getByText("年度按单位信息或台账日期")).toBeTruthy();
    expect(
      within(scope()).getByText(/^基准日 今天（\d{4}年\d{1,2}月\d{1,2}日），未设置$/)
    ).toBeTruthy();
  });

  it("say after a check which year and day it used, and where the year came from", async () => {
    const host = departmentHost({ stored: { asOf: "2024-04-10" } });
    renderApp(host);
    await waitFor(() => expect(host.callsOf("loadSettings")).toHaveLength(1));
    expect(within(scope()).getByText("基准日 2024年4月10日")).toBeTruthy();
    await checkAndWait();
    expect(within(scope()).getByText("2024年度（取自单位信息）")).toBeTruthy();
    expect(within(scope()).getByText("基准日 2024年4月10日")).toBeTruthy();
  });

  it("change in one click: the year-end shortcut, saved with the other settings, then checked", async () => {
    const host = departmentHost({ stored: { asOf: "2024-04-10", reminderDays: 7 } });
    renderApp(host);
    await waitFor(() => expect(host.callsOf("loadSettings")).toHaveLength(1));
    await checkAndWait();
    fireEvent.click(within(scope()).getByRole("button", { name: /^更改/ }));
    fireEvent.click(within(scope()).getByRole("button", { name: "2024年末" }));
    expect((within(scope()).getByLabelText("检查基准日") as HTMLInputElement).value).toBe(
      "2024-12-31"
    );
    fireEvent.click(within(scope()).getByRole("button", { name: "保存并检查" }));
    await waitFor(() => expect(host.callsOf("runCheck")).toHaveLength(2));
    expect(host.callsOf("saveSettings")).toEqual([[{ asOf: "2024-12-31", reminderDays: 7 }]]);
    expect(host.callsOf("runCheck")[1]).toEqual([{ asOf: "2024-12-31", reminderDays: 7 }]);
    expect(await within(scope()).findByText("基准日 2024年12月31日")).toBeTruthy();
  });

  it("refuse a year that is not one, and clear a day set back to blank", async () => {
    const host = departmentHost({ stored: { asOf: "2024-04-10", year: 2024 } });
    renderApp(host);
    await waitFor(() => expect(host.callsOf("loadSettings")).toHaveLength(1));
    fireEvent.click(within(scope()).getByRole("button", { name: /^更改/ }));
    fireEvent.change(within(scope()).getByLabelText("检查年度"), { target: { value: "24" } });
    fireEvent.click(within(scope()).getByRole("button", { name: "保存并检查" }));
    expect(await within(scope()).findByText("年度应为 2000 至 2100 之间的四位数字")).toBeTruthy();
    expect(host.callsOf("saveSettings")).toHaveLength(0);

    fireEvent.change(within(scope()).getByLabelText("检查年度"), { target: { value: "" } });
    fireEvent.change(within(scope()).getByLabelText("检查基准日"), { target: { value: "" } });
    fireEvent.click(within(scope()).getByRole("button", { name: "保存并检查" }));
    await waitFor(() => expect(host.callsOf("saveSettings")).toEqual([[{}]]));
  });
});
