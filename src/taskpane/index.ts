import { LEDGER_LABELS } from "../engine/i18n/labels";
import { nearestLocale, type Locale } from "../engine/i18n/locale";

/** Until the full task pane lands, the pane says what the add-in checks, in the user's language. */
const INTRO: Record<Locale, { title: string; body: string }> = {
  "zh-CN": {
    title: "党建台账检查",
    body: "本加载项检查以下台账：",
  },
  "en-US": {
    title: "Party Ledger Check",
    body: "This add-in checks these ledgers:",
  },
};

function render(locale: Locale): void {
  const app = document.getElementById("app");
  if (!app) return;
  const intro = INTRO[locale];
  const heading = document.createElement("h1");
  heading.textContent = intro.title;
  const body = document.createElement("p");
  body.textContent = intro.body;
  const list = document.createElement("ul");
  for (const id of ["meetings", "lectures", "dues", "training"] as const) {
    const item = document.createElement("li");
    item.textContent = LEDGER_LABELS[id][locale];
    list.append(item);
  }
  document.documentElement.lang = locale;
  app.replaceChildren(heading, body, list);
}

Office.onReady(() => render(nearestLocale(Office.context?.displayLanguage)));
