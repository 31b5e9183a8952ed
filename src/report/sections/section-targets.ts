/**
 * Per plan, the share of incidents reached within target (the required responder, and officers
 * where officers were needed), each with its confidence interval.
 */

import { intervalPanels, measurePanel } from '../charts/interval-panels.js';
import { figure, section } from '../html-parts.js';
import type { ReportContext } from '../report-context.js';

const MEASURES = ['shareWithinTarget', 'shareOfficersWithinTarget'] as const;

/** The "reached within target" section. */
export function targetsSection(ctx: ReportContext): string {
  const { t } = ctx;
  const panels = MEASURES.map((id) => measurePanel(ctx, id, 1));
  return section(
    'targets',
    t('share.title'),
    t('share.intro'),
    figure(
      'share-within-target',
      t('share.title'),
      intervalPanels(ctx, panels, t('axis.percentOfIncidents'), [0, 100]),
    ),
  );
}
