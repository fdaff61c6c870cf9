/** @jest-environment jsdom */
import "../../test/taskpane/setup";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { loadFixture } from "../../test/fixtures/loadFixture";
import { FakeHost } from "../../test/taskpane/fakeHost";
import { departmentHost, renderApp } from "../../test/taskpane/renderApp";
import { HostError } from "../excel/hostErrors";

jest.setTimeout(30_000);

async function checkAndWait(): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: /开始检查|Start check/ }));
  await screen.findByTestId("notice");
}

function findingButtons(): HTMLElement[] {
  return screen.getAllByRole("button", { name: /按回车在表格中选中该行|press Enter to select/ });
}

describe("task pane: a check", () => {
  it("shows each stage by name, then the results of the real engine", async () => {
    const host = departmentHost({ manual: true });
    renderApp(host);
    fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
    expect(await screen.findByText("正在准备…")).toBeTruthy();

    const stages = ["第1/4步：读取", "第2/4步：检查", "第3/4步：标记", "第4/4步：汇总"];
    for (const label of stages) {
      await waitFor(() => expect(host.pending).toBe(1));
      act(() => host.advance());
      expect(await screen.findByText(label)).toBeTruthy();
    }
    await waitFor(() => expect(host.pending).toBe(1));
    act(() => host.advance());
    expect(await screen.findByText("检查完成，结果已写入“汇总表”工作表。")).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();

    expect(screen.getByRole("button", { name: "9 不符合，按此筛选" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "6 提示，按此筛选" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "1 无法识别，按此筛选" })).toBeTruthy();
    // Row findings grouped by sheet (with its ledger), then rule, in the engine's words.
    expect(screen.getByRole("heading", { name: /三会一课台账 · 会议台账/ })).toBeTruthy();
    expect(screen.getByRole("heading", { name: /党员大会到会和表决人数/ })).toBeTruthy();
    expect(screen.getByText("第15行 J列")).toBeTruthy();
    expect(findingButtons()).toHaveLength(12);
    // Ended periods without a record appear apart from the rows.
    const missing = screen.getByRole("region", { name: "缺失事项（3）" });
    expect(within(missing).getByText(/第二党支部2024年2月没有开展主题党日活动的记录/)).toBeTruthy();
    // 第一党支部's term ends within six months: the one reminder.
    expect(screen.getByRole("region", { name: "近期到期提醒（1）" })).toBeTruthy();
  });

  it("lists reminders in their own section when periods end soon", async () => {
    const host = departmentHost({ stored: { asOf: "2024-03-25" } });
    renderApp(host);
    await waitFor(() => expect(host.callsOf("loadSettings")).toHaveLength(1));
    await checkAndWait();
    const reminders = await screen.findByRole("region", { name: "近期到期提醒（3）" });
    expect(
      within(reminders).getByText(
        /朱涛（第二党支部）2024年3月没有交纳党费的记录（期限：2024年3月31日）/
      )
    ).toBeTruthy();
    expect(host.callsOf("runCheck")[0]?.[0]).toEqual({ asOf: "2024-03-25" });
  });

  it("disables every other action while a check runs and can cancel it", async () => {
    const host = departmentHost({ manual: true });
    renderApp(host);
    fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
    await waitFor(() => expect(host.pending).toBe(1));

    const start = screen.getByRole("button", { name: "开始检查" });
    expect(start.hasAttribute("disabled")).toBe(true);
    expect(screen.getByRole("button", { name: "更多操作" }).hasAttribute("disabled")).toBe(true);
    expect(screen.getByRole("button", { name: "设置" }).hasAttribute("disabled")).toBe(true);
    fireEvent.click(start);
    expect(host.callsOf("runCheck")).toHaveLength(1);

    fireEvent.click(screen.getByRole("button", { name: "取消检查" }));
    expect(await screen.findByText(/检查已取消/)).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.getByRole("button", { name: "开始检查" }).hasAttribute("disabled")).toBe(false);
    expect(screen.getByRole("button", { name: "更多操作" }).hasAttribute("disabled")).toBe(false);
  });
});

describe("task pane: a workbook without ledgers", () => {
  const plainSheets = [
    { name: "Sheet1", values: [["2024年工作计划"], ["一季度：组织学习"]] },
    {
      name: "人员名单",
      values: [
        ["姓名", "电话"],
        ["张三", "12345678"],
      ],
    },
  ];

  it("says plainly that no ledger was recognised, shows no results and offers the template", async () => {
    const host = new FakeHost({ sheets: plainSheets });
    renderApp(host);
    await checkAndWait();
    const notice = screen.getByTestId("notice");
    expect(within(notice).getByText(/没有识别出党建台账工作表，未作任何修改/)).toBeTruthy();
    expect(within(notice).getByText(/会议台账、党课台账、党费台账、培训台账/)).toBeTruthy();
    expect(screen.queryByText(/检查完成/)).toBeNull();
    expect(screen.queryByRole("button", { name: /按此筛选/ })).toBeNull();
    expect(screen.queryByRole("region", { name: /表格结构问题/ })).toBeNull();

    fireEvent.click(within(notice).getByRole("button", { name: "插入标准模板" }));
    await waitFor(() => expect(host.callsOf("insertTemplate")).toHaveLength(1));
    expect(await screen.findByText(/已插入工作表：党课台账、培训台账/)).toBeTruthy();
  });
});

describe("task pane: findings", () => {
  it("selects the finding's row and column in the sheet when clicked", async () => {
    const host = departmentHost();
    renderApp(host);
    await checkAndWait();
    fireEvent.click(
      screen.getByRole("button", {
        name: /第15行 J列：第二党支部2024年2月28日召开的讨论接收预备党员的支部党员大会/,
      })
    );
    expect(host.callsOf("selectRow")).toEqual([["三会一课台账", 15, "J"]]);
    fireEvent.click(screen.getByRole("button", { name: /第19行：/ }));
    expect(host.callsOf("selectRow")[1]).toEqual(["三会一课台账", 19, null]);
  });

  it("says so when the row cannot be selected", async () => {
    const host = departmentHost();
    renderApp(host);
    await checkAndWait();
    host.failNext(
      "selectRow",
      new HostError("找不到“三会一课台账”工作表，可能已被删除。", "The sheet is gone.")
    );
    fireEvent.click(findingButtons()[0]!);
    expect(await screen.findByText("找不到“三会一课台账”工作表，可能已被删除。")).toBeTruthy();
  });

  it("filters by severity from the totals and by branch", async () => {
    const host = departmentHost();
    renderApp(host);
    await checkAndWait();
    const warnings = screen.getByRole("button", { name: "6 提示，按此筛选" });
    fireEvent.click(warnings);
    expect(warnings.getAttribute("aria-pressed")).toBe("true");
    const shown = findingButtons();
    expect(shown).toHaveLength(5);
    for (const button of shown) expect(button.getAttribute("aria-label")).toMatch(/^提示 /);
    expect(screen.queryByRole("region", { name: /缺失事项/ })).toBeNull();

    fireEvent.click(warnings);
    fireEvent.click(screen.getByRole("combobox", { name: "支部" }));
    fireEvent.click(await screen.findByRole("option", { name: "第一党支部" }));
    await waitFor(() => expect(findingButtons()).toHaveLength(5));
    expect(screen.getByRole("region", { name: "缺失事项（1）" })).toBeTruthy();
    expect(screen.queryByText("第15行 J列")).toBeNull();

    fireEvent.click(screen.getByRole("combobox", { name: "严重程度" }));
    fireEvent.click(await screen.findByRole("option", { name: "无法识别" }));
    expect(await screen.findByText("没有符合筛选条件的问题。")).toBeTruthy();
  });

  it("shows structure problems as message bars that say how to fix them", async () => {
    const fixture = loadFixture("error.missing-columns");
    const host = new FakeHost({ sheets: fixture.sheets, baseOptions: fixture.options });
    renderApp(host);
    await checkAndWait();
    const region = screen.getByRole("region", { name: "表格结构问题" });
    expect(
      within(region).getAllByText(/请从标准模板中插入“(党员名册|党课台账|培训台账)”工作表并填写/)
    ).toHaveLength(3);
    expect(within(region).getByText(/请在表头中增加该列/)).toBeTruthy();
    fireEvent.click(within(region).getByRole("button", { name: "转到表头" }));
    expect(host.callsOf("selectRow")).toEqual([["2024年会议台账", 2, null]]);
    // Unreadable cells stay in the list, where each can be visited.
    expect(findingButtons()).toHaveLength(4);
  });

  it("says when no finding was made", async () => {
    // A ledger with nothing in it yet: something to check, nothing to find.
    const host = new FakeHost({
      sheets: [{ name: "支部信息", values: [["支部名称", "书记"]] }],
      baseOptions: { asOf: "2024-04-10", rules: {} },
    });
    const structureOff = Object.fromEntries(
      ["structure-missing-sheet"].map((id) => [id, { enabled: false }])
    );
    host.stored = { rules: structureOff };
    renderApp(host);
    await waitFor(() => expect(host.callsOf("loadSettings")).toHaveLength(1));
    await checkAndWait();
    expect(screen.getByText("检查完成，未发现问题。汇总表已写入“汇总表”工作表。")).toBeTruthy();
    expect(screen.getByText("未发现问题。")).toBeTruthy();
  });
});

describe("task pane: outcomes and errors", () => {
  it("says what a ribbon command did while the pane was closed, once", async () => {
    const host = departmentHost({
      commandOutcome: {
        command: "runCheck",
        ok: true,
        at: "2025-01-05T02:30:00.000Z",
        message: {
          "zh-CN": "检查完成：不符合 8 项，结果已写入“汇总表”。",
          "en-US": "Checked: 8 errors; results in “汇总表”.",
        },
      },
    });
    renderApp(host);
    const notice = await screen.findByTestId("notice");
    expect(notice.textContent).toContain("功能区按钮“一键检查”于");
    expect(notice.textContent).toContain("检查完成：不符合 8 项");
    expect(host.outcomePending).toBe(false);
  });

  it("shows a ribbon command's outcome in a pane that is already open, and drops stale results", async () => {
    const host = departmentHost();
    renderApp(host);
    await checkAndWait();
    expect(screen.getByRole("button", { name: "9 不符合，按此筛选" })).toBeTruthy();
    act(() =>
      host.emitCommandOutcome({
        command: "clearMarks",
        ok: true,
        at: "2025-01-05T02:30:00.000Z",
        message: { "zh-CN": "已清除 12 处标记、12 条批注和汇总表。", "en-US": "Cleared." },
      })
    );
    const notice = await screen.findByTestId("notice");
    expect(notice.textContent).toContain("功能区按钮“清除标记”于");
    expect(notice.textContent).toContain("已清除 12 处标记");
    // The marks those results described are gone: the results go too.
    expect(screen.queryByRole("button", { name: "9 不符合，按此筛选" })).toBeNull();
  });

  it("says when notes could not be written and which sheets were protected", async () => {
    const host = departmentHost({
      notesWritten: false,
      skippedSheets: [{ sheet: "党费台账", reason: "protected" }],
    });
    renderApp(host);
    await checkAndWait();
    const notice = screen.getByTestId("notice");
    expect(within(notice).getByText(/此版本的 Excel 不支持写入批注/)).toBeTruthy();
    expect(
      within(notice).getByText(
        /“党费台账”工作表受保护，未作标记。请在“审阅”选项卡中撤销工作表保护后重新检查。/
      )
    ).toBeTruthy();
  });

  it("shows a host error in the user's language and an unexpected one with its message", async () => {
    const host = departmentHost();
    renderApp(host);
    host.failNext(
      "runCheck",
      new HostError("“会议台账”工作表受保护，无法检查。", "The sheet is protected.")
    );
    await checkAndWait();
    expect(screen.getByText("“会议台账”工作表受保护，无法检查。")).toBeTruthy();
    expect(screen.getByText("出错了")).toBeTruthy();

    host.failNext("runCheck", new Error("RichApi.Error: timeout"));
    fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
    expect(
      await screen.findByText(/检查未能完成：RichApi.Error: timeout。工作簿中的台账内容未被修改/)
    ).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("runs the secondary actions from the menu and reports their outcomes", async () => {
    const host = departmentHost();
    renderApp(host);
    const menu = async (name: string): Promise<void> => {
      fireEvent.click(screen.getByRole("button", { name: "更多操作" }));
      const item = await screen.findByRole("menuitem", { name });
      // The host answers at once; act lets its answer reach the pane before the assertions.
      await act(async () => {
        fireEvent.click(item);
        await Promise.resolve();
      });
    };
    await menu("清除标记");
    expect(await screen.findByText("已清除 2 张工作表上的 12 处标记和 12 条批注。")).toBeTruthy();
    await menu("插入标准模板");
    expect(await screen.findByText("已插入工作表：党课台账、培训台账。")).toBeTruthy();
    expect(screen.getByText("已有的工作表未作改动：会议台账。")).toBeTruthy();
    await menu("导出汇总表");
    expect(await screen.findByText(/汇总表已下载为 .xlsx 文件/)).toBeTruthy();

    host.failNext("clearMarks", new Error("sheet locked"));
    await menu("清除标记");
    expect(await screen.findByText(/清除标记未能完成：sheet locked/)).toBeTruthy();
  });

  it.each(["清除标记", "插入标准模板"])(
    "drops the last check's results once %s has changed the workbook",
    async (action) => {
      const host = departmentHost();
      renderApp(host);
      await checkAndWait();
      expect(findingButtons().length).toBeGreaterThan(0);
      fireEvent.click(screen.getByRole("button", { name: "更多操作" }));
      const item = await screen.findByRole("menuitem", { name: action });
      await act(async () => {
        fireEvent.click(item);
        await Promise.resolve();
      });
      await waitFor(() =>
        expect(screen.queryAllByRole("button", { name: /按回车在表格中选中该行/ })).toEqual([])
      );
      expect(screen.queryByRole("button", { name: /不符合，按此筛选/ })).toBeNull();
      // The pane is back where it starts, ready for a new check.
      expect(screen.getByText(/检查本工作簿的会议、党课、党费、培训台账/)).toBeTruthy();
    }
  );

  it("rolls up the chosen .xlsx workbooks and ignores other files", async () => {
    const host = departmentHost();
    renderApp(host);
    const picker = screen.getByLabelText("选择各单位报送的工作簿（.xlsx，可多选）");
    const files = [
      new File(["a"], "一局.xlsx"),
      new File(["b"], "二局.XLSX"),
      new File(["c"], "说明.docx"),
    ];
    fireEvent.change(picker, { target: { files } });
    expect(await screen.findByText("已汇总 2 个单位，写入工作表：各单位汇总。")).toBeTruthy();
    expect(host.callsOf("rollup")).toEqual([[["一局.xlsx", "二局.XLSX"]]]);

    fireEvent.change(picker, { target: { files: [new File(["c"], "说明.docx")] } });
    expect(await screen.findByText(/没有选择 .xlsx 文件/)).toBeTruthy();
    expect(host.callsOf("rollup")).toHaveLength(1);
  });
});

describe("task pane: settings", () => {
  it("saves the settings into the workbook and checks with them", async () => {
    const host = departmentHost();
    renderApp(host);
    fireEvent.click(screen.getByRole("button", { name: "设置" }));
    const dialog = await screen.findByRole("dialog");
    fireEvent.change(within(dialog).getByLabelText(/提前提醒天数/), { target: { value: "30" } });
    fireEvent.change(within(dialog).getByLabelText(/检查基准日/), {
      target: { value: "2024-03-25" },
    });
    fireEvent.click(within(dialog).getByRole("button", { name: "党费台账" }));
    fireEvent.click(within(dialog).getByRole("switch", { name: "启用“在党费集中交纳日交纳”" }));
    fireEvent.click(within(dialog).getByRole("button", { name: "保存" }));

    expect(await screen.findByText("设置已保存在本工作簿中。")).toBeTruthy();
    const saved = {
      asOf: "2024-03-25",
      duesRounding: "fen",
      reminderDays: 30,
      rules: { "dues-collection-day": { enabled: false, severity: "warning" } },
    };
    expect(host.callsOf("saveSettings")).toEqual([[saved]]);
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());

    await checkAndWait();
    expect(host.callsOf("runCheck")[0]).toEqual([saved]);
    expect(screen.getByRole("button", { name: "5 提示，按此筛选" })).toBeTruthy();
  });

  it("keeps invalid settings from being saved and says what to enter", async () => {
    const host = departmentHost();
    renderApp(host);
    fireEvent.click(screen.getByRole("button", { name: "设置" }));
    const dialog = await screen.findByRole("dialog");
    fireEvent.change(within(dialog).getByLabelText(/检查年度/), { target: { value: "24" } });
    fireEvent.change(within(dialog).getByLabelText(/提前提醒天数/), { target: { value: "-1" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "保存" }));
    expect(await within(dialog).findByText("年度应为 2000 至 2100 之间的四位数字")).toBeTruthy();
    expect(within(dialog).getByText("提醒天数应为 0 至 366 之间的整数")).toBeTruthy();
    expect(host.callsOf("saveSettings")).toHaveLength(0);
  });

  it("shows the stored settings when opened", async () => {
    const host = departmentHost({
      stored: { year: 2024, lectureFrequency: "month", reminderDays: 7 },
    });
    renderApp(host);
    await waitFor(() => expect(host.callsOf("loadSettings")).toHaveLength(1));
    fireEvent.click(screen.getByRole("button", { name: "设置" }));
    const dialog = await screen.findByRole("dialog");
    expect((within(dialog).getByLabelText(/检查年度/) as HTMLInputElement).value).toBe("2024");
    expect((within(dialog).getByLabelText(/提前提醒天数/) as HTMLInputElement).value).toBe("7");
    expect(within(dialog).getByRole("combobox", { name: "党课频率" }).textContent).toBe("每月");
  });

  it("warns and uses defaults when the stored settings cannot be read", async () => {
    const host = departmentHost();
    host.failNext("loadSettings", new Error("settings corrupt"));
    renderApp(host);
    expect(
      await screen.findByText(/无法读取本工作簿中保存的设置，将使用默认设置：settings corrupt/)
    ).toBeTruthy();
  });
});

describe("task pane: language", () => {
  it("starts in English when Office's display language is English, findings included", async () => {
    const host = departmentHost({ displayLanguage: "en-GB" });
    renderApp(host);
    expect(document.documentElement.lang).toBe("en-US");
    await checkAndWait();
    expect(screen.getByText("Check complete; the results are in the sheet “汇总表”.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "9 Error, filter by it" })).toBeTruthy();
    expect(screen.getByText("Row 15, column J")).toBeTruthy();
    expect(screen.getAllByText(/general meeting/).length).toBeGreaterThan(0);
  });

  it("switches language, re-rendering results and the last notice", async () => {
    const host = departmentHost();
    renderApp(host);
    await checkAndWait();
    fireEvent.click(screen.getByRole("button", { name: /切换为英文界面/ }));
    expect(screen.getByRole("button", { name: "Start check" })).toBeTruthy();
    expect(screen.getByText("Check complete; the results are in the sheet “汇总表”.")).toBeTruthy();
    expect(screen.getByText("Row 15, column J")).toBeTruthy();
    expect(document.documentElement.lang).toBe("en-US");
    fireEvent.click(screen.getByRole("button", { name: /Switch to Chinese/ }));
    expect(screen.getByRole("button", { name: "开始检查" })).toBeTruthy();
    expect(screen.getByText("第15行 J列")).toBeTruthy();
  });
});
