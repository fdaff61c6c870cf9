import type { Localized } from "./locale";

/** The documents rules cite (specification.md, "Sources"). */
export const SOURCES = {
  SEED: {
    "zh-CN": "《关于加强和改进市级机关党的建设的实施意见》（沪委发〔2019〕18号）",
    "en-US":
      "Shanghai Party Committee Document [2019] No. 18 (Opinion on Party Building in Municipal Organs)",
  },
  ZB: {
    "zh-CN": "《中国共产党支部工作条例（试行）》",
    "en-US": "Regulations on the Work of CPC Branches (Trial)",
  },
  JYGL: {
    "zh-CN": "《中国共产党党员教育管理工作条例》",
    "en-US": "Regulations on the Education and Management of CPC Members",
  },
  DF: {
    "zh-CN": "《关于中国共产党党费收缴、使用和管理的规定》",
    "en-US": "Provisions on the Collection, Use and Management of CPC Membership Dues",
  },
  RQ: {
    "zh-CN": "《关于党的基层组织任期的意见》",
    "en-US": "Opinion on the Terms of Primary-Level Party Organisations",
  },
  XJ: {
    "zh-CN": "《中国共产党基层组织选举工作条例》",
    "en-US": "Regulations on Elections in Primary-Level CPC Organisations",
  },
  FZ: {
    "zh-CN": "《中国共产党发展党员工作细则》",
    "en-US": "Detailed Rules on Admitting New CPC Members",
  },
  DZ: {
    "zh-CN": "《中国共产党章程》",
    "en-US": "Constitution of the Communist Party of China",
  },
} as const satisfies Record<string, Localized>;

export type SourceKey = keyof typeof SOURCES;

/** Short citation forms, as specification.md writes them ("ZB 第十一条"). */
export const SOURCE_SHORT: Record<SourceKey, Localized> = {
  SEED: { "zh-CN": "沪委发〔2019〕18号", "en-US": "SEED" },
  ZB: { "zh-CN": "支部工作条例", "en-US": "ZB" },
  JYGL: { "zh-CN": "党员教育管理工作条例", "en-US": "JYGL" },
  DF: { "zh-CN": "党费规定", "en-US": "DF" },
  RQ: { "zh-CN": "基层组织任期意见", "en-US": "RQ" },
  XJ: { "zh-CN": "基层组织选举工作条例", "en-US": "XJ" },
  FZ: { "zh-CN": "发展党员工作细则", "en-US": "FZ" },
  DZ: { "zh-CN": "党章", "en-US": "DZ" },
};
