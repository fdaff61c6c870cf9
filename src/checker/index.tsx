import "../browserPolyfills";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { CheckerApp } from "./CheckerApp";

const DARK = "(prefers-color-scheme: dark)";

/** The page in the system's light or dark theme, following it while open. */
function ThemedChecker() {
  const [dark, setDark] = React.useState(() => window.matchMedia(DARK).matches);
  React.useEffect(() => {
    const query = window.matchMedia(DARK);
    const listener = (event: MediaQueryListEvent): void => setDark(event.matches);
    query.addEventListener("change", listener);
    return () => query.removeEventListener("change", listener);
  }, []);
  const theme = dark ? webDarkTheme : webLightTheme;
  React.useEffect(() => {
    document.body.style.backgroundColor = theme.colorNeutralBackground1;
  }, [theme]);
  return (
    <FluentProvider theme={theme} data-theme={dark ? "dark" : "light"}>
      <CheckerApp />
    </FluentProvider>
  );
}

const container = document.getElementById("app");
if (container) {
  container.removeAttribute("aria-live");
  container.replaceChildren();
  createRoot(container).render(<ThemedChecker />);
}
