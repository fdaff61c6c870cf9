import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { createOfficeHost } from "../excel/officeHost";
import { App } from "./App";

/** Mounts the pane once Office is ready, in Office's light or dark theme. */
function mount(): void {
  const container = document.getElementById("app");
  if (!container) return;
  const host = createOfficeHost();
  const theme = host.prefersDark() ? webDarkTheme : webLightTheme;
  document.body.style.backgroundColor = theme.colorNeutralBackground1;
  createRoot(container).render(
    <FluentProvider theme={theme}>
      <App host={host} />
    </FluentProvider>
  );
}

Office.onReady(() => mount());
