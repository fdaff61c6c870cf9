/**
 * Preloaded into a measured child (`node -r …/peakRss.js`): at exit, writes the process's peak
 * resident memory in bytes to BENCH_PEAK_FILE, so the parent learns it for any script it runs.
 */
import { writeFileSync } from "node:fs";

const target = process.env.BENCH_PEAK_FILE;
if (target) {
  process.on("exit", () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS * 1024));
  });
}
