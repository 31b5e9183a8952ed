/**
 * Chinese text of the service-standards verdict: the same keys and `{name}` placeholders as
 * messages-standards-en.ts (spread into messages-zh.ts).
 */
import type { STANDARDS_EN_MESSAGES } from './messages-standards-en.js';

/** The Chinese standards dictionary. */
export const STANDARDS_ZH_MESSAGES: Readonly<Record<keyof typeof STANDARDS_EN_MESSAGES, string>> = {
  'standards.title': '服务标准评判',
  'standards.meetAll': '达到全部服务标准的方案：{plans}。',
  'standards.cheapest': '其中成本最低的是 {plan}：{cost}{costVsBaseline}{caveat}。',
  'standards.cheapestByMean':
    '其中平均成本最低的是 {plan}，但其成本与 {plans} 的差异不显著：{cost}{costVsBaseline}{caveat}。',
  'standards.onlyOneMeets': '只有 {plan} 达到全部服务标准：{cost}{costVsBaseline}{caveat}。',
  'standards.noneMeetsAll':
    '没有方案达到全部服务标准。最接近的是 {plan}，达到 {total} 项中的 {met} 项{tied}；未达到：{misses}{caveat}。',
  'standards.tied': '（与 {plans} 相同；{why}）',
  'standards.preferredFor.fewer-worse':
    '因其明显差于基准方案的标准更少而列出：{own} 项，{runnerUp} 为 {other} 项',
  'standards.preferredFor.more-better':
    '因其明显优于基准方案的标准更多而列出：{own} 项，{runnerUp} 为 {other} 项',
  'standards.preferredFor.lower-cost':
    '各项标准无法区分它与 {runnerUp}，二者明显差于和优于基准方案的标准一样多，因其{measure}更低而列出：{own}，{runnerUp} 为 {other}',
  'standards.preferredFor.listed-first':
    '各项标准和成本都无法区分它与 {runnerUp}，因其排列在前而列出',
  'standards.singleMeetsAll': '{plan} 达到全部 {total} 项服务标准。',
  'standards.singleMisses': '{plan} 达到 {total} 项服务标准中的 {met} 项；未达到：{misses}。',
  'standards.none': '没有可用于评判方案的服务标准。',
  'standards.noFile':
    '本结果文件夹没有 standards.csv（由旧版 peakwatch 写出）：请重新运行比较，以得到服务标准评判。',
  'standards.caveatWorse': '，但它在以下标准上明显差于基准方案 {baseline}：{worse}',
  'standards.caveatNotWorse': '，且它在任何标准上都不明显差于基准方案 {baseline}',
  'standards.caveatIsBaseline': '（它就是基准方案）',
  'standards.cost': '{measure} {value}',
  'standards.costVsBaseline': '（与 {baseline} 相比 {diff}）',
  'standards.missShort': '{name}（{share}%{interval}，要求 {required}%：差 {short} 个百分点）',
  'standards.missUndecided': '{name}（尚无定论：{share}% [{low}, {high}]，要求 {required}%）',
  'standards.undecidedItem': '{name}（{share}% [{low}, {high}]，要求 {required}%）',
  'standards.missNotApplicable': '{name}（不适用：没有该标准覆盖的事件）',
  'standards.changeItem': '{name}（{diff} 个百分点）',
  'standards.planLine':
    '{plan}：达到 {total} 项中的 {met} 项{notMet}{undecided}{notApplicable}{worse}{better}；{cost}{costVsBaseline}。',
  'standards.planNotMet': '；未达到：{list}',
  'standards.planUndecided': '；尚无定论：{list}',
  'standards.planNotApplicable': '；不适用：{list}',
  'standards.planWorse': '；明显差于 {baseline}：{list}',
  'standards.planBetter': '；明显优于 {baseline}：{list}',
  'standards.method':
    '“达到”“未达到”以及“明显更好或更差”由重复模拟间的 t 检验判定，并对 {tests} 个“方案 × 标准”组合作霍尔姆逐步校正（族错误率 5%）；区间为 95% 学生 t 置信区间（见 docs/statistics.md）。',
  'standards.methodStar': '* 表示与基准方案的差异在校正后仍显著：不含 0 的区间也可能没有 *。',
  'standards.listSeparator': '；',
  'standards.planSeparator': '、',
  'standards.costMeasure.cost': '成本',
  'standards.costMeasure.staffHours': '人员工时',
  'standards.status.met': '达到',
  'standards.status.not-met': '未达到',
  'standards.status.undecided': '尚无定论',
  'standards.status.not-applicable': '不适用',
  'standards.head.plan': '方案',
  'standards.head.standard': '服务标准',
  'standards.head.share': '达标比例（%）\n95% 置信区间',
  'standards.head.required': '要求\n（%）',
  'standards.head.verdict': '结论',
  'standards.head.difference': '与基准方案相比\n（百分点）',
  'standards.head.covered': '覆盖事件数',
  'standards.head.shareMet': '达标比例\n（%）',
  'standards.head.why': '未达标原因',
  'standards.by.type': '事件类型',
  'standards.by.site': '地点',
  'standards.by.day': '日',
  'standards.by.hour': '时',
  'standards.why.unreachable': '无法到达（最快 {fastest} 分钟）',
  'standards.why.nobody': '无法到达（无在岗人员可派）',
  'standards.why.capacity-short': '力量不足',
  'standards.whyLegend':
    '覆盖事件数：全部重复模拟合计；达标比例：达标数 / 覆盖数。无法到达：即使从最近的、能派出所需人员的驻地、平台或巡逻点出发，以畅通速度也无法按时到达（从该标准的计时起点算起的最快到达时间），因此在原地增加人手也无济于事。力量不足：能够按时到达，但达标比例仍低于要求（人员繁忙、距离远或得知较晚）。',
  'standards.cells.title': '服务标准在何时何地未达到',
  'standards.cells.intro':
    '每项服务标准按地点和事发钟点列出覆盖事件中的达标比例（合并全部重复模拟；下方为事件数）。⊘ 表示在该方案下无法达到：即使最近的、能派出所需人员的驻地或平台，以畅通速度也无法按时到达；⊘ 格中达标比例大于 0 的，是恰好在附近（例如处置完别的事件正在返回）的人员赶到的。红色格子表示能够到达但仍低于要求比例：力量不足。',
  'standards.cells.none': '本结果文件夹没有 standards-by-site-hour.csv（由旧版 peakwatch 写出）。',
  'standards.cells.site': '地点',
  'standards.cells.unreachable': '无法到达',
};
