import type { Random } from "./random";

/** When a member was born, which shapes the given names of the day. */
export type Generation = "senior" | "middle" | "young";

/** Surnames weighted towards those common in Shanghai (a surname listed twice is drawn twice as often). */
const SURNAMES = [
  ..."王张陈李刘周徐朱沈陆顾钱蒋吴杨黄孙胡施金姚叶曹袁汪邵范唐韩许冯程蔡潘戴俞严郑何高林马",
  ..."王张陈李周徐朱沈陆顾",
];

const GIVEN_NAMES: Record<Generation, readonly string[]> = {
  senior: [
    ..."建国 国庆 秀英 桂芳 卫国 根宝 美娣 凤英 志明 国平 福林 金妹 惠珍 建华 玉兰 德明 永康 雪琴 国华 丽娟".split(
      " "
    ),
    ..."荣根 佩芳 文龙 月娥 宝林 素珍 兴华 家骏 伟民 慧英".split(" "),
  ],
  middle: [
    ..."卫东 海燕 晓峰 红梅 建军 伟 敏 静 蕾 勇 志刚 晓红 俊 峰 国栋 丽华 文杰 海鹰 晓东 颖".split(
      " "
    ),
    ..."春华 明华 立新 慧 洁 华 军 晓燕 振宇 雪峰 琳 斌 鸣 卫平 永刚".split(" "),
  ],
  young: [
    ..."思远 佳怡 一帆 雨婷 浩然 晨 欣怡 子涵 天宇 梦洁 一鸣 嘉豪 诗雨 俊杰 雯 昊 奕 逸飞 婧 晓雯".split(
      " "
    ),
    ..."宇航 佳琪 子轩 若曦 家乐 心怡 亦凡 晟 悦 瑾".split(" "),
  ],
};

/**
 * Draws names that stay apart in the ledgers: never the same name twice, and never a name written
 * inside another (王军 in 王军华), since an absentee note naming one would read as naming both.
 */
export function createNamer(random: Random): (generation: Generation) => string {
  const used: string[] = [];
  const clashes = (name: string): boolean =>
    used.some((other) => other.includes(name) || name.includes(other));
  return (generation) => {
    for (let attempt = 0; attempt < 500; attempt++) {
      const name = random.pick(SURNAMES) + random.pick(GIVEN_NAMES[generation]);
      if (!clashes(name)) {
        used.push(name);
        return name;
      }
    }
    throw new Error(`no unused ${generation} name left after 500 draws (${used.length} in use)`);
  };
}
