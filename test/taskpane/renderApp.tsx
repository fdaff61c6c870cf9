import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, type RenderResult } from "@testing-library/react";
import * as React from "react";
import { App } from "../../src/taskpane/App";
import { loadFixture } from "../fixtures/loadFixture";
import { FakeHost, type FakeHostOptions } from "./fakeHost";

/** A fake host over the golden department workbook, checked as of its own day unless told. */
export function departmentHost(options: Partial<FakeHostOptions> = {}): FakeHost {
  const fixture = loadFixture("department-q1");
  return new FakeHost({ sheets: fixture.sheets, baseOptions: fixture.options, ...options });
}

export function renderApp(host: FakeHost): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>
  );
}
