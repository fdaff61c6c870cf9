/** @jest-environment jsdom */
import "../../test/taskpane/setup";
import { act, render, screen } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { departmentHost } from "../../test/taskpane/renderApp";
import { ThemedPane } from "./ThemedPane";

/** The colour a CSS colour value computes to in jsdom ("#262626" → "rgb(38, 38, 38)"). */
function computed(colour: string): string {
  const probe = document.createElement("div");
  probe.style.backgroundColor = colour;
  return probe.style.backgroundColor;
}

test("the pane follows Office's theme while it is open", async () => {
  const host = departmentHost({ dark: false });
  const { container } = render(<ThemedPane host={host} />);
  expect(await screen.findByRole("button", { name: "开始检查" })).toBeTruthy();
  const provider = (): Element | null => container.querySelector("[data-theme]");
  expect(provider()?.getAttribute("data-theme")).toBe("light");
  expect(document.body.style.backgroundColor).toBe(computed(webLightTheme.colorNeutralBackground1));

  act(() => host.setTheme(true));
  expect(provider()?.getAttribute("data-theme")).toBe("dark");
  expect(document.body.style.backgroundColor).toBe(computed(webDarkTheme.colorNeutralBackground1));
});
