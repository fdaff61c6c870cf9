/** @jest-environment jsdom */
import "../../test/taskpane/setup";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { FakeHost } from "../../test/taskpane/fakeHost";
import { departmentHost, renderApp } from "../../test/taskpane/renderApp";
import { PRINTING_CLASS } from "./platform/print";

jest.setTimeout(30_000);

async function checkAndWait(): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: /开始检查|Start check/ }));
  await screen.findByTestId("notice");
}

const rows = (): HTMLElement => screen.getByRole("region", { name: /^问题记录/ });
const missing = (): HTMLElement => screen.getByRole("region", { name: /^缺失事项/ });

async function chooseBranch(branch: string): Promise<void> {
  fireEvent.click(screen.getByRole("combobox", { name: "支部" }));
  fireEvent.click(await screen.findByRole("option", { name: branch }));
}

describe("results ordered by what matters", () => {
  it("put 不符合 first and name each severity in words, not only in colour", async () => {
    renderApp(departmentHost());
    await checkAndWait();
    const ruleHeadings = within(rows())
      .getAllByRole("heading", { level: 4 })
      .map((h) => h.textContent ?? "");
    const rank = (text: string): number =>
      text.startsWith("不符合")
        ? 0
        : text.startsWith("提示")
          ? 1
          : text.startsWith("无法识别")
            ? 2
            : 3;
    // Within each sheet the groups run from 不符合 to 无法识别; the first sheet leads with 不符合.
    expect(rank(ruleHeadings[0] ?? "")).toBe(0);
    const sheets = within(rows()).getAllByRole("heading", { level: 3 });
    expect(sheets[0]?.textContent).toMatch(/^三会一课台账/);
    for (const button of within(rows()).getAllByRole("button", { name: /按回车/ })) {
      expect(button.textContent).toMatch(/^(不符合|提示|无法识别|提醒)·第\d+行/);
    }
  });

  it("group missing activities by branch", async () => {
    renderApp(departmentHost());
    await checkAndWait();
    const branches = within(missing())
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.textContent ?? "");
    expect(branches.some((text) => text.includes("第二党支部"))).toBe(true);
    expect(
      within(missing()).getByText(/第二党支部2024年2月没有开展主题党日活动的记录/)
    ).toBeTruthy();
  });

  it("let the severity tiles follow the branch filter", async () => {
    renderApp(departmentHost());
    await checkAndWait();
    expect(screen.getByRole("button", { name: "9 不符合，按此筛选" })).toBeTruthy();
    await chooseBranch("第一党支部");
    expect(await screen.findByRole("button", { name: "6 不符合，按此筛选" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "0 提示，按此筛选" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "1 提醒，按此筛选" })).toBeTruthy();
  });
});

describe("each finding's basis and rule", () => {
  it("show the basis on the finding and explain the rule one click away", async () => {
    renderApp(departmentHost());
    await checkAndWait();
    const item = screen.getByRole("button", { name: /第15行 J列/ }).parentElement as HTMLElement;
    expect(within(item).getByText(/^依据：《支部工作条例》第十一条/)).toBeTruthy();
    const toggle = within(item).getByRole("button", { name: /^规定与改正/ });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(within(item).getByText("这条规定是什么")).toBeTruthy();
    expect(within(item).getByText(/预备党员没有表决权/)).toBeTruthy();
    expect(within(item).getByText("怎样改正")).toBeTruthy();
    expect(within(item).getByText(/核对该次党员大会的应到、实到/)).toBeTruthy();
    fireEvent.click(toggle);
    expect(within(item).queryByText("怎样改正")).toBeNull();
  });
});

describe("empty states", () => {
  it("never say 'no findings match the filters' when no filter is set", async () => {
    // A workbook with only 支部信息: the missing sheets are all there is to report.
    const host = new FakeHost({
      sheets: [
        {
          name: "支部信息",
          values: [
            ["支部名称", "书记"],
            ["第一党支部", "张三"],
          ],
        },
      ],
      baseOptions: { asOf: "2024-04-10" },
    });
    renderApp(host);
    await checkAndWait();
    expect(screen.getByRole("region", { name: "表格结构问题" })).toBeTruthy();
    expect(screen.queryByText("没有符合筛选条件的问题。")).toBeNull();
    expect(screen.getByText("除上面的表格结构问题外，没有其他问题。")).toBeTruthy();
  });

  it("say so when filters leave nothing, with a way to clear them", async () => {
    renderApp(departmentHost());
    await checkAndWait();
    await chooseBranch("第一党支部");
    fireEvent.click(screen.getByRole("combobox", { name: "严重程度" }));
    fireEvent.click(await screen.findByRole("option", { name: "无法识别" }));
    expect(await screen.findByText("没有符合筛选条件的问题。")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "清除筛选" }));
    expect(screen.queryByText("没有符合筛选条件的问题。")).toBeNull();
    expect(screen.getByRole("combobox", { name: "支部" }).textContent).toBe("全部支部");
  });
});

describe("the summary sheet and a branch's list", () => {
  it("go to the 汇总表 in one click", async () => {
    const host = departmentHost();
    renderApp(host);
    await checkAndWait();
    fireEvent.click(screen.getByRole("button", { name: "转到汇总表" }));
    expect(host.callsOf("selectRow")).toEqual([["汇总表", 1, "A"]]);
  });

  it("copy a branch's findings as plain text for its secretary", async () => {
    const writeText = jest.fn(() => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    renderApp(departmentHost());
    await checkAndWait();
    await chooseBranch("第二党支部");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "复制清单" }));
      await Promise.resolve();
    });
    const text = String((writeText.mock.calls[0] as unknown[] | undefined)?.[0] ?? "");
    expect(text.split("\n")[0]).toBe("第二党支部党建台账检查问题清单");
    expect(text).toContain("2024年度 · 检查基准日 2024年4月10日");
    expect(text).toMatch(/不符合（\d+条）\n1\. 三会一课台账第15行：第二党支部2024年2月28日/);
    expect(text).toContain("（依据：《支部工作条例》第十一条");
    expect(text).not.toContain("第一党支部2024年3月4日");
    expect(await screen.findByText(/已复制第二党支部的问题清单（\d+条）/)).toBeTruthy();
  });

  it("show the list selected for Ctrl+C where the clipboard is refused", async () => {
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: () => Promise.reject(new Error("blocked by permissions policy")) },
      configurable: true,
    });
    Object.defineProperty(document, "execCommand", { value: () => false, configurable: true });
    renderApp(departmentHost());
    await checkAndWait();
    await chooseBranch("第二党支部");
    fireEvent.click(screen.getByRole("button", { name: "复制清单" }));
    const fallback = (await screen.findByRole("textbox", {
      name: /无法写入剪贴板/,
    })) as HTMLTextAreaElement;
    expect(fallback.value).toMatch(/^第二党支部党建台账检查问题清单/);
    expect(screen.getByTestId("notice").textContent).toContain("无法写入剪贴板");
  });

  it("print the branch's list alone", async () => {
    const print = jest.fn();
    Object.defineProperty(window, "print", { value: print, configurable: true });
    renderApp(departmentHost());
    await checkAndWait();
    await chooseBranch("第二党支部");
    fireEvent.click(screen.getByRole("button", { name: "打印清单" }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(document.body.classList.contains(PRINTING_CLASS)).toBe(true);
    const report = document.body.querySelector(":scope > [data-print-report]");
    expect(report?.querySelector("h1")?.textContent).toBe("第二党支部党建台账检查问题清单");
    expect(report?.textContent).toContain("第二党支部2024年2月没有开展主题党日活动的记录");
    act(() => {
      window.dispatchEvent(new Event("afterprint"));
    });
    expect(document.body.classList.contains(PRINTING_CLASS)).toBe(false);
  });
});

describe("settings the check departed from", () => {
  it("are stated above the results", async () => {
    const host = departmentHost({
      stored: { rules: { "meeting-theme-day-monthly": { enabled: false } } },
    });
    renderApp(host);
    await waitFor(() => expect(host.callsOf("loadSettings")).toHaveLength(1));
    await checkAndWait();
    expect(screen.getByText("本次检查的设置与规定不同（汇总表中同样注明）")).toBeTruthy();
    expect(
      screen.getByText("本次检查未启用：“每月开展主题党日”，其要求未检查，不计入合规率。")
    ).toBeTruthy();
  });
});

describe("a marked row where Excel could not write notes", () => {
  it("is explained in the pane when the user selects it", async () => {
    const host = departmentHost({ notesWritten: false });
    renderApp(host);
    await checkAndWait();
    act(() => host.emitSelection({ sheet: "三会一课台账", row: 15 }));
    expect(host.watchingSelection).toBe(true);
    const card = await screen.findByRole("region", { name: "选中行：三会一课台账第15行" });
    expect(within(card).getByText(/有表决权的到会党员2人，恰为应到4人的半数/)).toBeTruthy();
    act(() => host.emitSelection({ sheet: "三会一课台账", row: 2 }));
    expect(screen.queryByRole("region", { name: /^选中行/ })).toBeNull();
  });

  it("is left to the note where there is one", async () => {
    const host = departmentHost();
    renderApp(host);
    await checkAndWait();
    // Nothing is watched at all: a handler can cost the user Excel's undo history on some builds.
    expect(host.watchingSelection).toBe(false);
    act(() => host.emitSelection({ sheet: "三会一课台账", row: 15 }));
    expect(screen.queryByRole("region", { name: /^选中行/ })).toBeNull();
  });
});
