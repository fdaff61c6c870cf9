import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";

/**
 * Every Office.js member the add-in's source uses, found with the TypeScript compiler: each
 * property access, method call and element of a load path whose declaration lives in
 * @types/office-js, with the requirement set its documentation names ("[Api set: ExcelApi 1.18]").
 */

export const ROOT = resolve(__dirname, "../..");
const OFFICE_TYPES = join("node_modules", "@types", "office-js", "index.d.ts");

export interface ApiUse {
  /** "Excel.Worksheet.notes" */
  member: string;
  /** "ExcelApi 1.18", or null when the declaration names no set. */
  apiSet: string | null;
  /** Path from the repository root, "src/excel/mark/scanMarks.ts". */
  file: string;
  line: number;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** "[Api set: ExcelApi 1.18]" in a declaration's JSDoc, else null. */
function apiSetOf(declaration: ts.Declaration): string | null {
  const text = declaration.getSourceFile().text;
  const comments = ts.getLeadingCommentRanges(text, declaration.getFullStart()) ?? [];
  for (const range of comments.reverse()) {
    const match = /\[Api set: ([^\]]+)\]/.exec(text.slice(range.pos, range.end));
    if (match?.[1]) return match[1].trim();
  }
  return null;
}

/** "Excel.Worksheet" for a member declared inside `class Worksheet` of `namespace Excel`. */
function ownerName(declaration: ts.Declaration): string {
  const names: string[] = [];
  for (let node: ts.Node | undefined = declaration.parent; node; node = node.parent) {
    if (
      (ts.isClassDeclaration(node) ||
        ts.isInterfaceDeclaration(node) ||
        ts.isModuleDeclaration(node)) &&
      node.name
    ) {
      names.unshift(node.name.text);
    }
  }
  return names.join(".");
}

function officeDeclaration(symbol: ts.Symbol | undefined): ts.Declaration | undefined {
  return symbol?.declarations?.find((d) => d.getSourceFile().fileName.endsWith(OFFICE_TYPES));
}

/** Every use of an Office.js member in `src/` (tests excluded), in file order. */
export function officeApiUses(srcDir = join(ROOT, "src")): ApiUse[] {
  const files = sourceFiles(srcDir);
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, "tsconfig.json"),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined }
  );
  if (!config) throw new Error("tsconfig.json could not be read");
  const program = ts.createProgram(files, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];

  const record = (node: ts.Node, symbol: ts.Symbol | undefined, name: string): void => {
    const declaration = officeDeclaration(symbol);
    if (!declaration) return;
    const source = node.getSourceFile();
    uses.push({
      member: `${ownerName(declaration)}.${name}`,
      apiSet: apiSetOf(declaration),
      file: relative(ROOT, source.fileName),
      line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
    });
  };

  /** Load paths ("items/protection/protected") name members too; each step is resolved. */
  const recordLoadPath = (call: ts.CallExpression, target: ts.Expression): void => {
    const [argument] = call.arguments;
    if (!argument || !ts.isStringLiteralLike(argument)) return;
    for (const path of argument.text.split(",")) {
      let type: ts.Type | undefined = checker.getTypeAtLocation(target);
      for (const step of path.trim().split("/")) {
        if (!type || step === "") break;
        const property = type.getProperty(step);
        if (!property) break;
        record(argument, property, step);
        type = checker.getTypeOfSymbol(property);
        const element = checker.getIndexTypeOfType(type, ts.IndexKind.Number);
        if (element) type = element;
      }
    }
  };

  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        record(node.name, checker.getSymbolAtLocation(node.name), node.name.text);
      }
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === "load"
      ) {
        recordLoadPath(node, node.expression.expression);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

/**
 * ExcelApi's minor version of a set tag ("ExcelApi 1.18" → 18); the highest where a tag names
 * several ("ExcelApi 1.1 for reading visibility; 1.2 for setting it." → 2); null for other sets.
 */
export function excelApiMinor(apiSet: string | null): number | null {
  if (!/^ExcelApi\b/.test(apiSet ?? "")) return null;
  const minors = Array.from((apiSet ?? "").matchAll(/\b1\.(\d+)\b/g), (m) => Number(m[1]));
  return minors.length > 0 ? Math.max(...minors) : null;
}
