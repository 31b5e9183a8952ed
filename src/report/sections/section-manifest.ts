/**
 * The run's manifest at the end of the report: how the folder was made, enough to reproduce it
 * (docs/outputs.md describes each field).
 */
import type { Manifest } from '../../output/manifest.js';
import { escapeHtml } from '../format.js';
import { type Cell, definitionList, html, section, text } from '../html-parts.js';
import type { ReportContext } from '../report-context.js';

/** The manifest section. */
export function manifestSection(ctx: ReportContext): string {
  const { t } = ctx;
  const m: Manifest = ctx.data.manifest;
  const code = (value: string): Cell => html(`<code>${escapeHtml(value)}</code>`);
  const yesNo = (value: boolean) => text(t(value ? 'value.yes' : 'value.no'));
  const items: [string, Cell][] = [
    [t('manifest.command'), code(m.command)],
    [t('manifest.commandLine'), code(m.commandLine)],
    [t('manifest.peakwatch'), text(m.peakwatch)],
    [t('manifest.node'), text(m.node)],
    [t('manifest.scenarioName'), text(ctx.scenarioName)],
    [t('manifest.scenarioPath'), code(m.scenario.path)],
    [t('manifest.scenarioSha'), code(m.scenario.sha256)],
    [t('manifest.seed'), text(String(m.seed))],
    [t('manifest.replications'), text(String(m.replications))],
    [
      t('manifest.replicationRange'),
      text(t('manifest.rangeValue', { first: m.replicationRange[0], last: m.replicationRange[1] })),
    ],
    [t('manifest.plans'), text(m.plans.join(', '))],
    [t('manifest.baseline'), text(m.baseline ?? t('value.none'))],
    [t('manifest.independentStreams'), yesNo(m.independentStreams)],
    [
      t('manifest.precision'),
      text(
        m.precision === null
          ? t('value.none')
          : t('manifest.precisionValue', {
              target: m.precision.target,
              batch: m.precision.batch,
              cap: m.precision.cap,
              reached: t(m.precision.reached ? 'value.reached' : 'value.notReached'),
            }),
      ),
    ],
    [
      t('manifest.shard'),
      text(
        m.shard === null
          ? t('value.none')
          : t('manifest.shardValue', { index: m.shard.index, count: m.shard.count }),
      ),
    ],
    [
      t('manifest.mergedFrom'),
      m.mergedFrom === null ? text(t('value.none')) : code(m.mergedFrom.join(', ')),
    ],
    [t('manifest.workers'), text(m.workers === null ? t('value.none') : String(m.workers))],
    [t('manifest.startedAt'), text(m.startedAt)],
    [t('manifest.finishedAt'), text(m.finishedAt)],
    [t('manifest.wallSeconds'), text(t('value.seconds', { value: m.wallSeconds }))],
    [t('manifest.files'), code(m.files.join(', '))],
  ];
  return section('manifest', t('manifest.title'), t('manifest.intro'), definitionList(items));
}
