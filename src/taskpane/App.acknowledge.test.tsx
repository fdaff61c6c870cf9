/** @jest-environment jsdom */
import "../../test/taskpane/setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { departmentHost, renderApp } from "../../test/taskpane/renderApp";

jest.setTimeout(30_000);

async function checkAndWait(): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
  await screen.findByTestId("notice");
}

/** The finding about 刘芳, 第二党支部's secretary who is not the office's principal (a 提示). */
const principal = (): HTMLElement =>
  screen.getByRole("button", { name: /第4行 E列/ }).parentElement as HTMLElement;

const REASON = "经机关党委研究同意，由副处长刘芳担任支部书记";

describe("已说明: a warning the department verified", () => {
  it("is marked with a reason, stored in the workbook, greyed and counted apart", async () => {
    const host = departmentHost();
    renderApp(host);
    await checkAndWait();
    expect(screen.getByRole("button", { name: "6 提示，按此筛选" })).toBeTruthy();
    fireEvent.click(within(principal()).getByRole("button", { name: "标为已说明" }));
    fireEvent.click(within(principal()).getByRole("button", { name: "保存说明" }));
    expect(await within(principal()).findByText("请填写说明理由")).toBeTruthy();
    fireEvent.change(within(principal()).getByLabelText(/说明理由/), {
      target: { value: REASON },
    });
    fireEvent.click(within(principal()).getByRole("button", { name: "保存说明" }));

    await waitFor(() => expect(host.callsOf("saveAcknowledgements")).toHaveLength(1));
    const [stored] = host.callsOf("saveAcknowledgements")[0] as [
      { key: string; reason: string; date: string }[],
    ];
    expect(stored).toHaveLength(1);
    expect(stored[0]).toEqual(
      expect.objectContaining({
        reason: REASON,
        date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      })
    );
    expect(stored[0]?.key).toContain("org-secretary-principal");

    expect(await within(principal()).findByText(new RegExp(`^已说明：${REASON}（`))).toBeTruthy();
    expect(screen.getByRole("button", { name: "5 提示，按此筛选" })).toBeTruthy();
    expect(screen.getByText("另有 1 条提示已说明，不计入提示数。")).toBeTruthy();
    const notice = screen.getByTestId("notice");
    expect(notice.textContent).toContain("汇总表和批注将在重新检查时更新");

    // Checked again, the warning is still explained: the host applies what the workbook stores.
    fireEvent.click(within(notice).getByRole("button", { name: "重新检查" }));
    await waitFor(() => expect(host.callsOf("runCheck")).toHaveLength(2));
    await screen.findByText(/检查完成/);
    expect(within(principal()).getByText(new RegExp(`^已说明：${REASON}`))).toBeTruthy();
    expect(screen.getByRole("button", { name: "5 提示，按此筛选" })).toBeTruthy();
  });

  it("can be withdrawn", async () => {
    const host = departmentHost();
    renderApp(host);
    await checkAndWait();
    fireEvent.click(within(principal()).getByRole("button", { name: "标为已说明" }));
    fireEvent.change(within(principal()).getByLabelText(/说明理由/), {
      target: { value: REASON },
    });
    fireEvent.click(within(principal()).getByRole("button", { name: "保存说明" }));
    fireEvent.click(await within(principal()).findByRole("button", { name: "撤销说明" }));
    await waitFor(() => expect(host.callsOf("saveAcknowledgements")).toHaveLength(2));
    expect(host.callsOf("saveAcknowledgements")[1]).toEqual([[]]);
    expect(await screen.findByRole("button", { name: "6 提示，按此筛选" })).toBeTruthy();
    expect(within(principal()).queryByText(/^已说明：/)).toBeNull();
  });

  it("is offered on warnings only", async () => {
    renderApp(departmentHost());
    await checkAndWait();
    const error = screen.getByRole("button", { name: /第15行 J列/ }).parentElement as HTMLElement;
    expect(within(error).queryByRole("button", { name: "标为已说明" })).toBeNull();
  });

  it("says so when the workbook cannot store it, and changes nothing", async () => {
    const host = departmentHost();
    renderApp(host);
    await checkAndWait();
    host.failNext("saveAcknowledgements", new Error("read-only"));
    fireEvent.click(within(principal()).getByRole("button", { name: "标为已说明" }));
    fireEvent.change(within(principal()).getByLabelText(/说明理由/), {
      target: { value: REASON },
    });
    fireEvent.click(within(principal()).getByRole("button", { name: "保存说明" }));
    expect(await screen.findByText(/保存说明未能完成：read-only/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "6 提示，按此筛选" })).toBeTruthy();
  });
});
