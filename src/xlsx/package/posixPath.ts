/**
 * The few POSIX path operations part names need, without Node's `path` (the package writer also
 * runs in a browser). Part names are absolute-from-root, "/"-separated, without "." or ".." once
 * normalised.
 */
function normalize(path: string): string {
  const absolute = path.startsWith("/");
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") out.pop();
    else out.push(segment);
  }
  return `${absolute ? "/" : ""}${out.join("/")}`;
}

function dirname(path: string): string {
  const at = path.lastIndexOf("/");
  if (at < 0) return ".";
  return at === 0 ? "/" : path.slice(0, at);
}

const basename = (path: string): string => path.slice(path.lastIndexOf("/") + 1);

const join = (...parts: string[]): string => normalize(parts.join("/"));

function relative(from: string, to: string): string {
  const a = normalize(from).split("/").filter(Boolean);
  const b = normalize(to).split("/").filter(Boolean);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => ".."), ...b.slice(common)].join("/");
}

export const posix = { normalize, dirname, basename, join, relative };
