import "../browserPolyfills";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { createOfficeHost } from "../excel/officeHost";
import { insideOffice, showOutsideOffice } from "./outsideOffice";
import { ThemedPane } from "./ThemedPane";

/** Mounts the pane once Office is ready, in Office's light or dark theme (and following it). */
function mount(container: HTMLElement): void {
  createRoot(container).render(<ThemedPane host={createOfficeHost()} />);
}

/**
 * How long Office may take to say it is ready before the pane says it needs Excel. In a browser
 * outside Office the add-in's own office.js copy asks Microsoft's CDN for its file table and, where
 * that cannot be reached, never calls onReady at all; inside Excel it answers within seconds. A
 * late answer from a real host still mounts the pane over the message.
 */
const READY_TIMEOUT_MS = 10_000;

const container = document.getElementById("app");
if (container) {
  if (typeof Office === "undefined") {
    // office.js did not load at all (neither Microsoft's CDN nor the add-in's copy).
    showOutsideOffice(container);
  } else {
    const waiting = setTimeout(() => showOutsideOffice(container), READY_TIMEOUT_MS);
    // Outside Office, onReady reports no host: "host and platform are null"
    // (https://learn.microsoft.com/javascript/api/office#office-office-onready-function(1)).
    void Office.onReady((info) => {
      clearTimeout(waiting);
      if (!insideOffice(info.host)) {
        showOutsideOffice(container);
        return;
      }
      container.removeAttribute("role");
      container.replaceChildren();
      mount(container);
    });
  }
}
