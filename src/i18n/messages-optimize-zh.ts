/**
 * Chinese text of `peakwatch optimize`'s console summary: the same keys and `{name}`
 * placeholders as messages-optimize-en.ts (spread into messages-zh.ts).
 */
import type { OPTIMIZE_EN_MESSAGES } from './messages-optimize-en.js';

/** The Chinese optimize dictionary. */
export const OPTIMIZE_ZH_MESSAGES: Readonly<Record<keyof typeof OPTIMIZE_EN_MESSAGES, string>> = {
  'optimize.title': '从方案 {base} 出发的优化',
  'optimize.searched':
    '共评估 {evaluations} 个方案（其中 {refused} 个未通过场景检查），每个方案使用相同的 {replications} 次重复；自起点共移动 {moves} 步。',
  'optimize.exhausted':
    '搜索因达到 --max-evaluations 而停止，尚有可尝试的方案：放宽上限可能找到更好的方案。',
  'optimize.foundCheapest': '以 95% 置信度达到全部服务标准、成本最低的方案是 {plan}，成本 {cost}。',
  'optimize.foundNone':
    '评估过的方案中没有以 95% 置信度达到全部服务标准的。最接近的是 {plan}（成本 {cost}），按区间下限合计差 {shortfall} 个百分点。',
  'optimize.foundBudget': '成本不超过 {budget} 时服务最好的方案是 {plan}，成本 {cost}；{verdict}。',
  'optimize.noneInBudget': '评估过的方案中没有成本不超过 {budget} 的。',
  'optimize.leftOutUnreachable':
    '“全部服务标准”仅指参与搜索的标准：该方案未达到 {standards}，搜索范围内没有任何方案能达到（见开头几行）。',
  'optimize.leftOutUnselected':
    '“全部服务标准”仅指参与搜索的标准：{standards} 未在 --standards 中要求，未作评判。',
  'optimize.quotedStandard': '“{standard}”',
  'optimize.listSeparator': '、',
  'optimize.meetsAll': '以 95% 置信度达到全部服务标准',
  'optimize.missesSome': '按区间下限合计差 {shortfall} 个百分点',
  'optimize.unreachable':
    '未纳入搜索："{standard}"在搜索范围内的任何方案都无法达到：能够达到它的处置力量从驻地出发及时赶到的地点，最多只占其预计事件的 {reachable}%（要求 {required}%）。只有改变驻地才能改变这一点。',
  'optimize.placement':
    '覆盖筛选（MCLP，{method}）：设在 {sites} 的 {posts} 个岗位步行 {minutes} 分钟内覆盖预计 {total} 起事件中的 {covered} 起；搜索从这里开始。',
  'optimize.carScreen':
    '警车筛选（PCAM，每小时 M/M/c）：在其他班次与基准方案相同时，{shift}至少需要 {cars} 辆才能达到"{standard}"；搜索从不少于此数开始（在范围之内）。',
  'optimize.nothingToSearch': '没有可供搜索的服务标准：未进行仿真。',
  'optimize.selection':
    '最终选择（Kim-Nelson 程序，无差异区间为平均达标比例 {delta} 个百分点，alpha {alpha}）：在 {finalists} 中，用新的第 {first}-{last} 次重复，选出 {plan}{changed}{guarantee}。',
  'optimize.selectionChanged': '（仅按搜索所用的重复，排第一的是 {plan}）',
  'optimize.guaranteeHolds': '；只要最优方案领先至少一个无差异区间，选对的概率不低于 {confidence}%',
  'optimize.guaranteeNot':
    '；在 {max} 次重复时仍有 {survivors} 未被淘汰，因此它只是均值最好，不带上述保证',
  'optimize.reportTitle': '优化：{scenario}，从方案 {base} 出发',
  'optimize.reportFrontier': '每个评估方案的成本与服务',
  'optimize.reportFrontierIntro':
    '每个点是一个方案，全部使用相同的重复仿真：横轴为平均成本，纵轴为各项标准区间下限低于要求比例的合计差距（0 表示以 95% 置信度达到全部标准）。绿点达到全部标准，红点未达到；折线连接前沿，即没有其他方案既更便宜又更好；带圈的点是所选方案。',
  'optimize.reportFrontierCaption': '差距与成本',
  'optimize.axisCost': '成本',
  'optimize.axisShortfall': '差距（百分点）',
  'optimize.reportChosen': '所选方案对照参与搜索的各项服务标准',
  'optimize.reportPlans': '评估过的全部方案',
  'optimize.reportPlan': '方案',
  'optimize.reportOnFrontier': '在前沿上',
  'optimize.reportSummary': '摘要：次优方案及其落选原因',
  'optimize.mapTitle': '所选方案的地图',
  'optimize.mapIntro':
    '基准方案与所选方案各自把警力和人员放在哪里：派出所、警务站点（有班次驻守的地点）、群防群治平台及其步行覆盖范围、巡逻路线。优化过程不保存事件记录，因此地点显示为灰色，不按响应时间着色；如需按响应时间着色，请把 best-plan.yaml 粘贴进场景后运行 peakwatch compare。',
  'optimize.mapBase': '基准方案 {plan}',
  'optimize.mapChosen': '所选方案 {plan}',
  'optimize.mapChanges': '所选方案的改动',
  'optimize.mapNoChange': '没有改动：所选方案就是基准方案。',
  'optimize.mapPosted': '人员部署地点',
  'optimize.mapPlatformStaff': '平台，{staff} 名人员',
  'optimize.mapUnits': '{start}-{end} {units} 个警力单元',
  'optimize.mapListSeparator': '；',
  'optimize.mapNoCoordinates': '场景中没有任何地点有坐标，因此不画地图。',
  'optimize.mapNoResponse': '优化过程不保存响应时间',
  'optimize.mapSiteLegend': '地点（灰色：优化过程不保存响应时间）',
  'optimize.colChoice': '可调整的项目',
  'optimize.colBase': '基准方案',
  'optimize.colBest': '最优方案',
  'optimize.colStandard': '服务标准',
  'optimize.colShare': '达标比例（%），95% 区间',
  'optimize.colRequired': '要求（%）',
  'optimize.colMet': '以 95% 置信度达到',
  'optimize.yes': '是',
  'optimize.no': '否',
  'optimize.carsOf': '{start}-{end} 班次警车数（第 {shift} 班）',
  'optimize.unitsOfAt': '{start}-{end} {base} 驻守组数（{mode}，第 {shift} 班）',
  'optimize.mode.vehicle': '警车',
  'optimize.mode.ebike': '电动车',
  'optimize.mode.foot': '步行',
  'optimize.postAt': '{site} 平台人数（0 = 不设）',
  'optimize.patrolTeams': '巡逻路线 {patrol} 的志愿者队数（0 = 不巡逻）',
  'optimize.planChanges': '{plan}（{changes}）',
  'optimize.runnersUp': '次优方案：',
  'optimize.lostSelection': '{plan}：进入最终选择，在 {replications} 次新的重复后被淘汰',
  'optimize.lostCost': '{plan}：达到全部标准，但成本为 {cost}',
  'optimize.lostShort': '{plan}，成本 {cost}：合计差 {shortfall} 个百分点，未达到 {standards}',
  'optimize.sameAsBase': '基准方案',
  'optimize.baseMeets': '基准方案（{plan}，成本 {cost}）以 95% 置信度达到全部服务标准。',
  'optimize.baseMeetsOutside':
    '基准方案（{plan}，成本 {cost}）以 95% 置信度达到全部服务标准，但它不在搜索范围内（--cars、--posts、--patrols 的范围或 --platforms 的数量之外），因此不是候选方案。',
  'optimize.baseShort': '基准方案（{plan}，成本 {cost}）按区间下限合计差 {shortfall} 个百分点。',
  'optimize.bestPlanFile': 'best-plan.yaml 中是最优方案的方案块，可粘贴到场景文件的 `plans:` 下。',
};
