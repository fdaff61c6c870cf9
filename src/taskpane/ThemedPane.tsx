import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import type { ExcelHost } from "../excel/host";
import { App } from "./App";

export interface ThemedPaneProps {
  host: ExcelHost;
}

/**
 * The pane in Office's light or dark theme, following it while the pane is open (the host watches
 * Office's theme; see src/excel/officeTheme.ts), the page behind it painted to match.
 */
export function ThemedPane({ host }: ThemedPaneProps) {
  const [dark, setDark] = React.useState(() => host.prefersDark());
  React.useEffect(() => host.watchTheme(setDark), [host]);
  const theme = dark ? webDarkTheme : webLightTheme;
  React.useEffect(() => {
    document.body.style.backgroundColor = theme.colorNeutralBackground1;
  }, [theme]);
  return (
    <FluentProvider theme={theme} data-theme={dark ? "dark" : "light"}>
      <App host={host} />
    </FluentProvider>
  );
}
