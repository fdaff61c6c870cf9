import { SaxesParser } from "saxes";

/**
 * An XML part read with a real parser (saxes) into elements that know where they stand in the
 * text, so that a change is a splice of the original text: every byte we do not mean to change —
 * other elements, attributes, namespaces, mc:AlternateContent, comments, whitespace — stays as it
 * was, and a later splice can take out exactly what an earlier one put in.
 */

export interface XmlElement {
  /** The qualified name as written ("x:c", "sheetData"). */
  name: string;
  /** The name without its prefix. */
  local: string;
  attributes: Record<string, string>;
  /** Offset of "<" of the start tag. */
  start: number;
  /** Offset just after the start tag's ">" (equals `end` when self-closing). */
  openEnd: number;
  /** Offset of the end tag's "<" (equals `end` when self-closing). */
  closeStart: number;
  /** Offset just after the element. */
  end: number;
  selfClosing: boolean;
  children: XmlElement[];
  /** The element's own text (entities decoded), for elements holding text. */
  text: string;
}

export interface XmlDocument {
  source: string;
  root: XmlElement;
}

/** The text could not be parsed as XML. */
export class XmlPartError extends Error {
  override name = "XmlPartError";
}

const localName = (name: string): string => name.slice(name.indexOf(":") + 1);

/** Parses a whole part. Throws XmlPartError (with the parser's error as cause) when malformed. */
export function parseXml(source: string, partName = ""): XmlDocument {
  const parser = new SaxesParser({ xmlns: false, position: false, fileName: partName });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let tagStart = 0;
  parser.on("opentagstart", (tag) => {
    // The parser has read the name and the character after it.
    tagStart = parser.position - tag.name.length - 2;
  });
  parser.on("opentag", (tag) => {
    const element: XmlElement = {
      name: tag.name,
      local: localName(tag.name),
      attributes: tag.attributes,
      start: tagStart,
      openEnd: parser.position,
      closeStart: parser.position,
      end: parser.position,
      selfClosing: tag.isSelfClosing,
      children: [],
      text: "",
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root ??= element;
    stack.push(element);
  });
  parser.on("text", (text) => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
  });
  parser.on("cdata", (text) => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
  });
  parser.on("closetag", () => {
    const element = stack.pop();
    if (!element) return;
    element.end = parser.position;
    element.closeStart = element.selfClosing
      ? element.end
      : source.lastIndexOf("<", element.end - 1);
  });
  try {
    // Text positions count UTF-16 units as JavaScript strings do: a BOM would shift them.
    parser.write(source).close();
  } catch (error) {
    throw new XmlPartError(`${partName} is not well-formed XML`, { cause: error });
  }
  if (!root) throw new XmlPartError(`${partName} has no root element`);
  return { source, root };
}

/** A change to the text: remove `remove` characters at `at`, put `insert` there. */
export interface Splice {
  at: number;
  remove: number;
  insert: string;
}

/** Applies splices that do not overlap (in any order) to the text. */
export function applySplices(source: string, splices: readonly Splice[]): string {
  if (splices.length === 0) return source;
  const sorted = [...splices].sort((a, b) => a.at - b.at || a.remove - b.remove);
  let out = "";
  let from = 0;
  for (const splice of sorted) {
    if (splice.at < from) throw new Error("overlapping splices");
    out += source.slice(from, splice.at) + splice.insert;
    from = splice.at + splice.remove;
  }
  return out + source.slice(from);
}

export const insertAt = (at: number, insert: string): Splice => ({ at, remove: 0, insert });
export const removeElement = (element: XmlElement): Splice => ({
  at: element.start,
  remove: element.end - element.start,
  insert: "",
});

/** Text as XML text content. */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

/** Text as a double-quoted attribute value (whitespace kept, not normalised away). */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The splice that sets one attribute in an element's start tag, found by reading the tag as XML
 * does (name, "=", quoted value): only the value's characters change. An attribute the tag lacks
 * is added before its end.
 */
export function setAttribute(
  source: string,
  element: XmlElement,
  name: string,
  value: string
): Splice {
  const tag = source.slice(element.start, element.openEnd);
  let at = 1 + element.name.length;
  while (at < tag.length) {
    while (at < tag.length && /\s/.test(tag[at] ?? "")) at++;
    const nameStart = at;
    while (at < tag.length && !/[\s=/>]/.test(tag[at] ?? "")) at++;
    const attribute = tag.slice(nameStart, at);
    if (attribute === "") break;
    while (/\s/.test(tag[at] ?? "")) at++;
    if (tag[at] !== "=") break;
    at++;
    while (/\s/.test(tag[at] ?? "")) at++;
    const quote = tag[at] ?? '"';
    const valueStart = at + 1;
    const valueEnd = tag.indexOf(quote, valueStart);
    if (valueEnd < 0) break;
    if (attribute === name) {
      return {
        at: element.start + valueStart,
        remove: valueEnd - valueStart,
        insert: escapeAttribute(value),
      };
    }
    at = valueEnd + 1;
  }
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return insertAt(element.start + close, ` ${name}="${escapeAttribute(value)}"`);
}

/** Children of `parent` with this local name. */
export const childrenNamed = (parent: XmlElement, local: string): XmlElement[] =>
  parent.children.filter((child) => child.local === local);

export const firstChild = (parent: XmlElement, local: string): XmlElement | undefined =>
  parent.children.find((child) => child.local === local);

/** "x:" when the element's name carries a prefix, else "". */
export const prefixOf = (element: XmlElement): string =>
  element.name.includes(":") ? element.name.slice(0, element.name.indexOf(":") + 1) : "";

/**
 * The prefix (with ":") bound to `namespace` on the root element, or undefined; the default
 * namespace gives "".
 */
export function prefixFor(root: XmlElement, namespace: string): string | undefined {
  for (const [name, value] of Object.entries(root.attributes)) {
    if (value !== namespace) continue;
    if (name === "xmlns") return "";
    if (name.startsWith("xmlns:")) return `${name.slice(6)}:`;
  }
  return undefined;
}

/**
 * Text as OOXML's ST_Xstring in an element: characters XML cannot hold (and a carriage return,
 * which XML would turn into a line feed) as `_xHHHH_`, and a literal `_xHHHH_` escaped as
 * `_x005F_xHHHH_` so it reads back as written (ECMA-376 Part 1, 22.9.2.19).
 */
export function escapeXstring(text: string): string {
  // Most text needs nothing: one scan instead of three replaces.
  // eslint-disable-next-line no-control-regex -- the characters that need escaping
  if (!/[\u0000-\u001f&<>_\ufffe\uffff]/.test(text)) return text;
  const escaped = text.replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_").replace(
    // eslint-disable-next-line no-control-regex -- exactly the characters XML cannot hold
    /[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`
  );
  return escapeText(escaped);
}
