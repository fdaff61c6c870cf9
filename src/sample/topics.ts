import type { Random } from "./random";

/**
 * What branches studied. Year-neutral themes fill every year; the sample's default year adds the
 * party study of that year (the 中央八项规定精神 study campaign from March, the 80th anniversary of
 * victory in the War of Resistance in September, the Fourth Plenum in October).
 */
const STUDY_BY_MONTH: Readonly<Record<number, readonly string[]>> = {
  1: ["学习贯彻中央经济工作会议精神", "研究部署本年度党建工作要点"],
  2: ["学习中央纪委全会精神，推进全面从严治党", "学习《中国共产党纪律处分条例》"],
  3: ["传达学习全国两会精神", "学习雷锋精神，争做志愿服务先锋"],
  4: ["学习总体国家安全观，开展国家安全教育", "学习《中国共产党支部工作条例（试行）》"],
  5: ["学习习近平新时代中国特色社会主义思想专题摘编", "弘扬劳模精神、劳动精神、工匠精神"],
  6: ["以案为鉴开展警示教育", "学习《中国共产党党员教育管理工作条例》"],
  7: ["庆祝中国共产党成立纪念日，重温入党誓词", "学习习近平总书记关于党的建设的重要思想"],
  8: ["学习习近平总书记考察上海重要讲话精神", "结合业务工作开展调查研究"],
  9: ["学习党的创新理论，推动主题教育成果转化", "开展廉洁文化教育"],
  10: ["学习新时代爱国主义教育实施纲要", "围绕年度重点任务查摆问题"],
  11: ["学习《中国共产党党组工作条例》", "学习习近平总书记关于全过程人民民主的重要论述"],
  12: ["开展宪法学习宣传", "总结全年工作，谋划明年思路"],
};

const STUDY_2025: Readonly<Record<number, readonly string[]>> = {
  3: ["深入贯彻中央八项规定精神学习教育动员部署"],
  4: ["学习《中央八项规定及其实施细则精神》，对照查摆"],
  5: ["深入贯彻中央八项规定精神学习教育专题学习研讨"],
  6: ["深入贯彻中央八项规定精神学习教育警示教育"],
  9: ["纪念中国人民抗日战争暨世界反法西斯战争胜利80周年"],
  10: ["学习贯彻党的二十届四中全会精神"],
  11: ["学习党的二十届四中全会通过的“十五五”规划建议"],
};

const THEME_DAYS: Readonly<Record<number, readonly string[]>> = {
  1: ["走访慰问困难党员和老党员", "“迎新春”社区志愿服务"],
  2: ["观看警示教育片", "学习身边优秀共产党员先进事迹"],
  3: ["学雷锋志愿服务进社区", "参观中共一大纪念馆"],
  4: ["参观龙华烈士陵园，缅怀革命先烈", "全民国家安全教育日主题宣传"],
  5: ["参观中共二大会址纪念馆", "结对共建社区开展垃圾分类宣传"],
  6: ["“七一”前夕重温入党誓词", "参观中共四大纪念馆"],
  7: ["参观陈云纪念馆", "开展“夏令热线”进社区服务"],
  8: ["走访慰问高温下坚守一线的职工", "参观上海淞沪抗战纪念馆"],
  9: ["开展“无偿献血”志愿服务", "参观宋庆龄故居纪念馆"],
  10: ["参观上海市历史博物馆", "开展重阳节敬老志愿服务"],
  11: ["参观中国共产党代表团驻沪办事处纪念馆", "结对社区开展消防安全宣传"],
  12: ["“12·4”国家宪法日宪法宣誓", "参观鲁迅纪念馆"],
};

const COMMITTEE_TOPICS: readonly string[] = [
  "研究本月主题党日活动安排",
  "研究党费收缴和使用情况",
  "研究发展党员工作",
  "研究党员教育培训计划",
  "通报支部工作情况，研究下阶段任务",
  "研究党小组活动安排",
  "研究“三会一课”落实情况",
  "研究意识形态工作",
];

const LECTURE_TITLES: Readonly<Record<number, readonly string[]>> = {
  1: ["深刻领悟“两个确立”的决定性意义", "坚定理想信念 筑牢思想根基"],
  2: ["以钉钉子精神纠治“四风”", "做新时代忠诚干净担当的机关干部"],
  3: ["弘扬伟大建党精神 凝聚奋进力量", "坚持和发展新时代“枫桥经验”"],
  4: ["加强党性修养 树立和践行正确政绩观", "全过程人民民主的上海实践"],
};

const LECTURE_2025: Readonly<Record<number, readonly string[]>> = {
  2: ["深入贯彻中央八项规定精神 推动作风建设常态长效"],
  3: ["从伟大抗战精神中汲取奋进力量"],
  4: ["学习贯彻党的二十届四中全会精神"],
};

function pickFor<T>(
  random: Random,
  general: Readonly<Record<number, readonly T[]>>,
  special: Readonly<Record<number, readonly T[]>> | undefined,
  key: number
): T {
  return random.pick([...(general[key] ?? []), ...(special?.[key] ?? [])]);
}

export function studyTopic(random: Random, year: number, month: number): string {
  return pickFor(random, STUDY_BY_MONTH, year === 2025 ? STUDY_2025 : undefined, month);
}

export function themeDayTopic(random: Random, month: number): string {
  return pickFor(random, THEME_DAYS, undefined, month);
}

export function committeeTopic(random: Random): string {
  return random.pick(COMMITTEE_TOPICS);
}

export function lectureTitle(random: Random, year: number, quarter: number): string {
  return pickFor(random, LECTURE_TITLES, year === 2025 ? LECTURE_2025 : undefined, quarter);
}

const SERVING_REASONS = ["出差", "病假", "事假", "公休", "外出培训", "参加市里会议", "陪护家人"];
const RETIRED_REASONS = ["住院", "外地探亲", "行动不便", "身体不适", "在外地居住"];

/**
 * Why someone missed a meeting, as officers note it. Drawn from the person and the day, so one
 * person absent from two meetings of a day is away for the same reason at both.
 */
export function absenceReason(name: string, day: number, retired: boolean): string {
  const reasons = retired ? RETIRED_REASONS : SERVING_REASONS;
  let hash = day;
  for (const ch of name) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) % 1_000_003;
  return reasons[hash % reasons.length] ?? reasons[0] ?? "";
}
