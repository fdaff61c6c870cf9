import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface ChildRun {
  ms: number;
  peakBytes: number;
  /** CPU time the child used, user + system, in ms (all its threads). */
  cpuMs: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

export const BENCH_BUILD = join(__dirname, "..");
/** The project: build/bench/bench/lib → four levels up. */
export const ROOT = join(__dirname, "..", "..", "..", "..");
const PEAK = join(BENCH_BUILD, "children", "peakRss.js");

/** Runs `node <script> …args` with the peak-memory probe preloaded; wall time includes startup. */
export function runNode(script: string, args: readonly string[]): Promise<ChildRun> {
  const dir = mkdtempSync(join(tmpdir(), "bench-peak-"));
  const peakFile = join(dir, "peak");
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ["-r", PEAK, script, ...args], {
      env: { ...process.env, BENCH_PEAK_FILE: peakFile, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = performance.now() - start;
      let peakBytes = Number.NaN;
      let cpuMs = Number.NaN;
      try {
        const [peak = "", cpu = ""] = readFileSync(peakFile, "utf8").split(" ");
        peakBytes = Number(peak);
        cpuMs = Number(cpu);
      } catch {
        // The child died before its exit hook ran; the figure stays NaN and fails loudly.
      }
      rmSync(dir, { recursive: true, force: true });
      resolve({ ms, peakBytes, cpuMs, code, stdout, stderr });
    });
  });
}
