/**
 * Preloaded into a measured child (`node -r …/peakRss.js`): at exit, writes the process's peak
 * resident memory in bytes and the CPU time it used (user + system, ms) to BENCH_PEAK_FILE, so the
 * parent learns them for any script it runs.
 */
import { writeFileSync } from "node:fs";

const target = process.env.BENCH_PEAK_FILE;
if (target) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
    writeFileSync(target, `${usage.maxRSS * 1024} ${cpuMs}`);
  });
}
