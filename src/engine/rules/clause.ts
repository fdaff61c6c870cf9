import { chineseNumeral } from "../i18n/chineseNumeral";
import type { Locale, Localized } from "../i18n/locale";
import { SOURCE_SHORT, SOURCES, type SourceKey } from "../i18n/sources";

/** One citation: a document and, where it has them, its clause, articles or chapter. */
export interface Citation {
  source: SourceKey;
  /** SEED's own clause numbers, （一）…（二十）. */
  clause?: number;
  /** Article numbers; with `range`, the first and last of a span (DF 第一至六条). */
  articles?: readonly number[];
  range?: boolean;
  chapter?: number;
  /** The words of the source the rule rests on ("一般不得超过6个月"). */
  quote?: string;
}

/** The basis of a rule: what it cites and, where the sources leave room, a note on the local norm. */
export interface Clause {
  citations: readonly Citation[];
  note?: Localized;
}

function articlesText(citation: Citation, locale: Locale): string {
  const { articles, range, chapter } = citation;
  if (chapter !== undefined)
    return locale === "zh-CN" ? `第${chineseNumeral(chapter)}章` : `Ch. ${chapter}`;
  if (!articles || articles.length === 0) return "";
  if (locale === "zh-CN") {
    const numerals = articles.map(chineseNumeral);
    return range
      ? `第${numerals[0]}至${numerals[numerals.length - 1]}条`
      : `第${numerals.join("、")}条`;
  }
  const label = articles.length > 1 ? "Arts." : "Art.";
  return range
    ? `${label} ${articles[0]}–${articles[articles.length - 1]}`
    : `${label} ${articles.join(", ")}`;
}

/** SEED's clause as an official cites it: 第（十一）条; in English "clause (11)", or "(11)" short. */
function seedClause(clause: number, locale: Locale, english: string): string {
  return locale === "zh-CN" ? `第（${chineseNumeral(clause)}）条` : `${english}(${clause})`;
}

/**
 * Renders the citations, naming a document once for consecutive citations of it: "《…实施意见》
 * （沪委发〔2019〕18号）第（三）条“…”、第（十七）条“…”", not the title twice.
 */
function joinCitations(
  citations: readonly Citation[],
  locale: Locale,
  render: (citation: Citation, withDocument: boolean) => string
): string[] {
  const cited: string[] = [];
  citations.forEach((citation, i) => {
    const previous = citations[i - 1];
    if (previous && previous.source === citation.source && cited.length > 0) {
      const separator = locale === "zh-CN" ? "、" : ",";
      cited[cited.length - 1] += `${separator}${render(citation, false)}`;
    } else {
      cited.push(render(citation, true));
    }
  });
  return cited;
}

function citationText(citation: Citation, locale: Locale, withDocument = true): string {
  const document = withDocument ? SOURCES[citation.source][locale] : "";
  const parts: string[] = [document];
  if (citation.clause !== undefined) parts.push(seedClause(citation.clause, locale, " clause "));
  const articles = articlesText(citation, locale);
  if (articles) parts.push(locale === "zh-CN" ? articles : ` ${articles}`);
  if (citation.quote)
    parts.push(locale === "zh-CN" ? `“${citation.quote}”` : ` ("${citation.quote}")`);
  return parts.join("");
}

/**
 * The rendered basis of a rule, in the form officials cite: "《关于加强和改进市级机关党的建设的实施
 * 意见》（沪委发〔2019〕18号）第（十一）条；《中国共产党支部工作条例（试行）》第十一条".
 */
export function renderClause(clause: Clause, locale: Locale): string {
  const cited = joinCitations(clause.citations, locale, (c, withDocument) =>
    citationText(c, locale, withDocument)
  );
  if (clause.note) cited.push(clause.note[locale]);
  return cited.join(locale === "zh-CN" ? "；" : "; ");
}

/**
 * A compact citation for narrow columns (the summary's 依据): the documents' short names,
 * e.g. "沪委发〔2019〕18号第（十一）条；《支部工作条例》第十三条".
 */
export function renderClauseCompact(clause: Clause, locale: Locale): string {
  const cited = joinCitations(clause.citations, locale, (c, withDocument) => {
    const short = SOURCE_SHORT[c.source][locale];
    const name = !withDocument
      ? ""
      : locale === "zh-CN" && c.source !== "SEED"
        ? `《${short}》`
        : short;
    const seed = c.clause === undefined ? "" : seedClause(c.clause, locale, " ");
    const articles = articlesText(c, locale);
    return `${name}${seed}${articles ? (locale === "zh-CN" ? articles : ` ${articles}`) : ""}`;
  });
  if (clause.note) cited.push(clause.note[locale]);
  return cited.join(locale === "zh-CN" ? "；" : "; ");
}

/** The short form specification.md uses: "SEED（十一）; ZB 第十一条". */
export function renderClauseShort(clause: Clause): string {
  return clause.citations
    .map((c) => {
      const seed = c.clause !== undefined ? `（${chineseNumeral(c.clause)}）` : "";
      const articles = articlesText(c, "zh-CN");
      return `${c.source}${seed}${articles ? ` ${articles}` : ""}`;
    })
    .join("; ");
}
