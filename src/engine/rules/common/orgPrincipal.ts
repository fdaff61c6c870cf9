/**
 * Whether an administrative title (行政职务) names the principal leader of a department or unit
 * (SEED（十一）: 党支部书记原则上由本部门本单位党员主要负责人担任).
 */

/** Title words that mark a principal leader (specification.md). */
export const PRINCIPAL_TITLE_WORDS: readonly string[] = [
  "主任",
  "处长",
  "局长",
  "院长",
  "主要负责",
];

/**
 * A keyword right after one of these is a deputy (副处长, 常务副局长). Right before one of the
 * suffixes it is a rank or an assistant, not a post: 一级主任科员 is a civil-service grade,
 * 处长助理 assists the 处长.
 */
const DEPUTY_MARK = "副";
const NOT_A_POST_SUFFIXES = ["科员", "助理", "医师"] as const;

/** A title cell may hold several posts: "党委委员、办公室主任", "处长/一级调研员", "副处长（主持工作）". */
const POST_SEPARATORS = /[、,，;；/／\s]+|兼/;

function occurrences(text: string, word: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) found.push(at);
  return found;
}

function isPrincipalPost(post: string, words: readonly string[]): boolean {
  // 主持工作 means the deputy runs the unit in the principal's absence: a principal in practice.
  if (post.includes("主持工作")) return true;
  return words.some((word) =>
    occurrences(post, word).some((at) => {
      if (post.slice(0, at).endsWith(DEPUTY_MARK)) return false;
      const rest = post.slice(at + word.length);
      return !NOT_A_POST_SUFFIXES.some((suffix) => rest.startsWith(suffix));
    })
  );
}

/** Whether any post named in the title is a principal post. */
export function isPrincipalTitle(
  title: string,
  words: readonly string[] = PRINCIPAL_TITLE_WORDS
): boolean {
  return title
    .split(POST_SEPARATORS)
    .filter((post) => post !== "")
    .some((post) => isPrincipalPost(post, words));
}
