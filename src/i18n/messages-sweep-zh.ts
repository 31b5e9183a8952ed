/**
 * Chinese text of a sweep's and a sensitivity analysis's report and console: the same keys and
 * placeholders as messages-sweep-en.ts.
 */
import type { SWEEP_EN_MESSAGES } from './messages-sweep-en.js';

/** The Chinese sweep dictionary: every key of the English one. */
export const SWEEP_ZH_MESSAGES: Readonly<Record<keyof typeof SWEEP_EN_MESSAGES, string>> = {
  'sweep.title': '情景推演：{scenario}',
  'sweep.meta.kind': '共 {points} 个网格点的推演，各方案在每个网格点使用相同的重复模拟',
  'sweep.meta.varied': '变动的参数',
  'sweep.meta.overrides': '各网格点共同的修改',
  'sweep.breaks.title': '各服务标准在何处不再达标',
  'sweep.breaks.intro':
    '沿每个变动参数，满足某项标准的事件比例与要求比例相交之处（网格点之间按线性插值），以及该比例的 95% 置信区间不能排除的参数取值范围。端点标有“≤”或“≥”：范围可能超出网格。',
  'sweep.breaks.none': '变动的参数都不是数值，因此没有临界点。',
  'sweep.breaks.head.along': '沿参数',
  'sweep.breaks.head.held': '其他参数取值',
  'sweep.breaks.head.plan': '方案',
  'sweep.breaks.head.standard': '标准（要求比例）',
  'sweep.breaks.head.break': '临界点',
  'sweep.breaks.head.range': '不能排除的范围',
  'sweep.break.falls': '在 {value} 处降至要求以下',
  'sweep.break.rises': '在 {value} 处达到要求',
  'sweep.break.met-throughout': '所有取值均达标',
  'sweep.break.missed-throughout': '所有取值均低于要求',
  'sweep.break.not-applicable': '不适用',
  'sweep.break.noRange': '网格内没有',
  'sweep.standards.title': '服务标准随变动参数的变化',
  'sweep.standards.intro':
    '每项标准在各网格点上满足该标准的事件比例：每个方案一条线，阴影为其 95% 置信区间。虚线为要求比例；竖线标记方案的临界点，虚线上的粗线为不能排除的取值范围。',
  'sweep.measures.title': '主要指标随变动参数的变化',
  'sweep.measures.intro': '各网格点上的主要指标：每个方案一条线，阴影为其 95% 置信区间。',
  'sweep.heat.title': '服务标准在整个网格上的情况',
  'sweep.heat.intro':
    '每项标准、每个方案在网格各单元中的达标比例（颜色：低于要求为红，高于要求为绿）；✓ 达标，✗ 未达标，? 尚无定论（该网格点方案比较的结论）。',
  'sweep.chartsNeedAxes':
    '图表需要一个或两个变动参数；本次推演变动了 {count} 个。所有数字见 sweep.csv。',
  'sweep.axis.share': '满足标准的事件比例（%）',
  'sweep.required': '要求 {share}%',
  'sweep.about.title': '如何阅读推演结果',
  'sweep.about.paired':
    '所有网格点和所有方案都使用相同的重复模拟（共同随机数）：同一网格点内各方案面对相同的事件，不同网格点之间每次重复模拟保留其随机数。因此相邻网格点的结果相关：曲线比独立模拟更平滑，两个网格点的区间重叠并不说明该参数没有影响。',
  'sweep.about.files':
    '每个网格点的方案比较保存在其 point-K 文件夹中（peakwatch report 可为其生成报告）；本页所有数字均见 sweep.csv 和 sweep-break-points.csv。',
  'sweep.console.point': '网格点',
  'sweep.console.baselinePlan': '{plan}（基准）',
  'sweep.console.standardsMet': '达标的标准',
  'sweep.console.pointCount': '共 {points} 个网格点；{note}',
  'sweep.console.breaksTitle': '临界点（各标准的达标比例与要求比例相交之处）：',
  'sweep.console.standard': '标准',
  'sweep.console.required': '要求比例（%）',
  'sweep.console.rises': '在 {value} 处达到要求',
  'sweep.console.noRange': '无',
  'sens.title': '{plan}的敏感性分析：{scenario}',
  'sens.meta.kind':
    '每次只调整一个不确定输入，分别下调 {change}% 和上调 {change}%，使用相同的重复模拟',
  'sens.meta.plan': '方案',
  'sens.tornado.title': '哪些因素影响各项服务标准',
  'sens.tornado.intro':
    '每项标准在只调整一个输入（上方条形为下调，下方条形为上调）、其他输入保持不变时达标比例的变化：与原情景在相同重复模拟上的配对差值，细线为其 95% 置信区间。输入按较大的影响从大到小排列。',
  'sens.base': '原情景下达标比例为 {share}%{interval}',
  'sens.axis.effect': '达标比例的变化（百分点）',
  'sens.down': '−{change}%',
  'sens.up': '+{change}%',
  'sens.none': '该情景没有服务标准；主要指标见 sensitivity.csv。',
  'sens.about':
    '所有情形使用相同的重复模拟和随机数，因此每个条形都是配对差值。改变事件数量的输入（游客量、发生率）比只改变事件处置过程的输入（延迟、路程时间）配对效果差：在相同的重复次数下其置信区间更宽（见 docs/statistics.md）。所有数字（包括主要指标）见 sensitivity.csv；每个 point-K 文件夹是一次独立的方案比较。',
  'sens.console.heading':
    '方案“{plan}”：每次只调整一个输入，分别调整 -{change} % 和 +{change} %，{replications} 次重复模拟使用相同的随机数：',
  'sens.console.none': '没有服务标准：各项指标见 sensitivity.csv。',
  'sens.console.input': '输入',
  'sens.console.base': '{standard}：原情景下达标比例为 {share} %；影响以百分点计，从大到小排列',
  'sens.input.visitors': '每日游客量',
  'sens.input.rate': '{type}发生率',
  'sens.input.detection:phone': '电话报警延迟',
  'sens.input.detection:platform': '平台发现延迟',
  'sens.input.detection:patrol': '巡逻报告延迟',
  'sens.input.travel': '路程时间',
  'sens.input.onScene': '现场处置时间',
};
