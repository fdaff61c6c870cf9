import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { createOfficeHost } from "../excel/officeHost";
import { App } from "./App";
import { insideOffice, showOutsideOffice } from "./outsideOffice";

/** Mounts the pane once Office is ready, in Office's light or dark theme. */
function mount(container: HTMLElement): void {
  const host = createOfficeHost();
  const theme = host.prefersDark() ? webDarkTheme : webLightTheme;
  document.body.style.backgroundColor = theme.colorNeutralBackground1;
  createRoot(container).render(
    <FluentProvider theme={theme}>
      <App host={host} />
    </FluentProvider>
  );
}

const container = document.getElementById("app");
if (container) {
  if (typeof Office === "undefined") {
    // office.js did not load at all (neither Microsoft's CDN nor the add-in's copy).
    showOutsideOffice(container);
  } else {
    // Outside Office, onReady reports no host: "host and platform are null"
    // (https://learn.microsoft.com/javascript/api/office#office-office-onready-function(1)).
    void Office.onReady((info) =>
      insideOffice(info.host) ? mount(container) : showOutsideOffice(container)
    );
  }
}
