import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

/**
 * A static server on 127.0.0.1 for the production build, answering /office-js/office.js with the
 * test host instead: the workbook as JSON first (window.e2eWorkbook), then the host's bundle.
 */

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".json": "application/json; charset=utf-8",
};

export const OFFICE_JS_PATH = "/office-js/office.js";

export interface StaticServer {
  origin: string;
  port: number;
  /**
   * Sets the office.js the next page loads: the host bundle and the workbook it starts with, or
   * null for the build's own copy of Microsoft's office.js.
   */
  setOfficeJs(script: string | null): void;
  /** Every path asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startServer(root: string): Promise<StaticServer> {
  let officeJs: string | null = "throw new Error('the e2e test set no office.js');";
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    requests.push(path);
    const send = (status: number, type: string, body: string | Buffer): void => {
      response.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store" });
      response.end(body);
    };
    if (path === OFFICE_JS_PATH && officeJs !== null) {
      send(200, TYPES[".js"] ?? "", officeJs);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep)) {
      send(403, "text/plain", "forbidden");
      return;
    }
    readFile(file).then(
      (body) => send(200, TYPES[extname(file)] ?? "application/octet-stream", body),
      () => send(404, "text/plain", `not found: ${path}`)
    );
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    setOfficeJs: (script) => {
      officeJs = script;
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
