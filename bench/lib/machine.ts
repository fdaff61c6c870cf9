import { arch, cpus, platform, totalmem } from "node:os";
import type { Results } from "./figures";

export function machine(): Results["machine"] {
  const list = cpus();
  return {
    platform: platform(),
    arch: arch(),
    cpus: list[0]?.model ?? "unknown",
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
  };
}
