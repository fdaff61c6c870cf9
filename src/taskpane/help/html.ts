/** Text for HTML: the five characters that could end an element or an attribute are escaped. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** An element with escaped text content (children given as HTML are joined as they are). */
export function element(tag: string, content: string, attributes = ""): string {
  return `<${tag}${attributes ? ` ${attributes}` : ""}>${content}</${tag}>`;
}

export const text = (tag: string, content: string, attributes = ""): string =>
  element(tag, escapeHtml(content), attributes);
