import { parse, type Node } from "acorn";
import { ancestor } from "acorn-walk";

/**
 * Whether a script parses as ES2017, the syntax of the webviews Office still uses (EdgeHTML):
 * acorn refuses newer syntax — ?., ??, object spread, class fields, and regular-expression literals
 * with newer features (named groups, lookbehind, the s flag, \p{…}). A bundler that lowers such a
 * literal turns it into `new RegExp("…", "…")`, which parses but still throws in an old engine, so
 * the pattern of every RegExp built from string literals is checked as an ES2017 literal too —
 * unless it is built inside a `try` block: that is a probe of what the engine supports (the name
 * parser's \p{L}), whose failure the code handles. Returns the problems found, empty when fine.
 */
export function es2017Problems(source: string): string[] {
  let ast: Node;
  try {
    ast = parse(source, { ecmaVersion: 2017, sourceType: "script" });
  } catch (error) {
    return [`does not parse as ES2017: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  const literal = (node: Node | undefined): string | null =>
    node?.type === "Literal" && typeof (node as unknown as { value: unknown }).value === "string"
      ? (node as unknown as { value: string }).value
      : null;
  const insideTry = (ancestors: readonly Node[]): boolean =>
    ancestors.some((node, i) => {
      const block = (node as unknown as { block?: Node }).block;
      return node.type === "TryStatement" && block !== undefined && ancestors[i + 1] === block;
    });
  const checkRegExp = (node: Node, _state: unknown, ancestors: Node[]): void => {
    const call = node as unknown as { callee: Node & { name?: string }; arguments: Node[] };
    if (call.callee.type !== "Identifier" || call.callee.name !== "RegExp") return;
    if (insideTry(ancestors)) return;
    const pattern = literal(call.arguments[0]);
    if (pattern === null) return;
    const flags = literal(call.arguments[1]) ?? "";
    try {
      parse(`/${pattern.replace(/\//g, "\\/")}/${flags}`, { ecmaVersion: 2017 });
    } catch {
      problems.push(`RegExp(${JSON.stringify(pattern)}, ${JSON.stringify(flags)}) is not ES2017`);
    }
  };
  ancestor(ast, { NewExpression: checkRegExp, CallExpression: checkRegExp });
  return problems;
}
