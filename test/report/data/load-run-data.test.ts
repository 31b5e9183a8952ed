import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runComparison } from '../../../src/experiment/run-comparison.js';
import { loadRunData, RunFolderError } from '../../../src/report/data/load-run-data.js';
import { renderReport } from '../../../src/report/render-report.js';
import { reportContext } from '../../../src/report/report-context.js';
import { reportWarnings } from '../../../src/report/sections/section-header.js';
import { quietExperiment, tinyScenario } from '../../experiment/helpers.js';
import { buildFixture, INCIDENTS, SUMMARY_VALUES } from '../../fixtures/report-folder.js';

/** A working directory unrelated to the fixture, so only the run folder's ancestors can help. */
const elsewhere = () => mkdtempSync(join(tmpdir(), 'pw-cwd-'));

describe('loadRunData', () => {
  it('reads a run folder: summaries, records of its one plan, and the unchanged scenario', () => {
    const fixture = buildFixture({ kind: 'run' });
    const data = loadRunData(fixture.runDir);
    expect(data.manifest.kind).toBe('run');
    expect(data.summaries.map((s) => [s.plan, s.replication])).toEqual([
      ['base', 1],
      ['base', 2],
      ['base', 3],
    ]);
    expect(data.summaries[1]!.values.shareOfficersWithinTarget).toBe(60);
    expect(Number.isNaN(data.summaries[1]!.values.cost)).toBe(true);
    const [records] = data.records;
    expect(records!.incidents).toHaveLength(INCIDENTS.base!.length);
    expect(records!.incidents![1]).toMatchObject({
      type: 'dispute',
      site: 'view',
      alert: 700,
      firstOnScene: 712,
      officersRequired: 2,
      officersOnScene: 715,
    });
    // An incident that needed no officers has no officers-on-scene time.
    expect(Number.isNaN(records!.incidents![0]!.officersOnScene)).toBe(true);
    // Two cars and a platform staff member in each of 3 replications.
    expect(records!.responders).toHaveLength(9);
    expect(records!.responders![0]!.busyMinutesByHour).toHaveLength(48);
    expect(records!.responders![0]!.busyMinutesByHour![10]).toBe(30);
    // The mean over replications: 2 sites × 4 intervals, at day 1's mean multiplier 5/3.
    expect(data.occupancy?.rows).toHaveLength(8);
    expect(data.occupancy?.rows[0]).toEqual({
      replication: 0,
      site: 'lot',
      start: 480,
      occupancy: expect.closeTo((100 * 5) / 3, 10),
    });
    expect(data.scenario.ok).toBe(true);
    expect(data.startDate).toBe('2024-10-01');
    expect(data.folderName).toBe('run-fixture');
  });

  it('reads a compare folder and leaves null the records a plan has no file for', () => {
    const fixture = buildFixture({ kind: 'compare', recordsFor: ['more-cars'] });
    const data = loadRunData(fixture.runDir);
    expect(data.records.map((r) => r.plan)).toEqual(['base', 'more-cars']);
    expect(data.records[0]!.incidents).toBeNull();
    expect(data.records[0]!.responders).toBeNull();
    expect(data.records[1]!.incidents).toHaveLength(INCIDENTS['more-cars']!.length);
    // One occupancy.csv per compare folder, of the baseline's replications.
    expect(data.occupancy?.plan).toBe('base');
    expect(data.occupancy?.rows).toHaveLength(8);
    const morecars = data.summaries.filter((s) => s.plan === 'more-cars');
    expect(morecars.map((s) => s.values.staffHours)).toEqual(
      SUMMARY_VALUES['more-cars']!.staffHours,
    );
  });

  it('reads responders without by-hour columns as null by-hour minutes', () => {
    const fixture = buildFixture({ kind: 'run', byHour: false });
    const data = loadRunData(fixture.runDir);
    expect(data.records[0]!.responders![0]!.busyMinutesByHour).toBeNull();
    expect(data.records[0]!.responders![0]!.onDutyMinutesByHour).toBeNull();
  });

  it("reads only the folder's copy of the scenario, wherever the original is now", () => {
    const fixture = buildFixture({ kind: 'run' });
    rmSync(fixture.scenarioPath);
    const data = loadRunData(fixture.runDir);
    expect(data.scenario.ok && data.scenario.scenario.name).toBe(fixture.manifest.scenario.name);
  });

  it("says when the copy is not the manifest's scenario, and takes the first day from the CSV clock", () => {
    const fixture = buildFixture({ kind: 'run', scenario: 'changed' });
    const data = loadRunData(fixture.runDir);
    expect(data.scenario).toEqual({ ok: false, problem: 'changed' });
    // occurred 600 min = 2024-10-01 10:00 in the fixture's clock column.
    expect(data.startDate).toBe('2024-10-01');
  });

  it('says when the folder has no scenario copy, and renders from the CSV files alone', () => {
    const fixture = buildFixture({ kind: 'compare', scenario: 'missing' });
    const data = loadRunData(fixture.runDir);
    expect(data.scenario).toEqual({ ok: false, problem: 'missing' });
    expect(data.records[0]!.incidents).not.toBeNull();
  });

  it('says when the copy does not load', () => {
    const fixture = buildFixture({ kind: 'run' });
    const copy = join(fixture.runDir, 'scenario.yaml');
    writeFileSync(copy, 'peakwatch: 1\n');
    const manifest = { ...fixture.manifest };
    manifest.scenario = {
      ...manifest.scenario,
      sha256: createHash('sha256').update('peakwatch: 1\n').digest('hex'),
    };
    writeFileSync(join(fixture.runDir, 'manifest.json'), JSON.stringify(manifest));
    const data = loadRunData(fixture.runDir);
    expect(data.scenario.ok === false && data.scenario.problem).toBe('invalid');
  });

  it('refuses a missing folder, an unfinished one and a folder without a manifest', () => {
    expect(() => loadRunData(join(elsewhere(), 'nope'))).toThrow(RunFolderError);
    const unfinished = buildFixture({ kind: 'run' });
    writeFileSync(join(unfinished.runDir, 'INCOMPLETE.txt'), 'stopped\n');
    expect(() => loadRunData(unfinished.runDir)).toThrow(/did not finish/);
    const renamed = buildFixture({ kind: 'run' });
    renameSync(renamed.runDir, `${renamed.runDir}.incomplete`);
    expect(() => loadRunData(`${renamed.runDir}.incomplete`)).toThrow(RunFolderError);
    const empty = join(elsewhere(), 'empty');
    mkdirSync(empty);
    expect(() => loadRunData(empty)).toThrow(/manifest/);
  });

  it('names the file and line of a malformed number', () => {
    const fixture = buildFixture({ kind: 'run' });
    const path = join(fixture.runDir, 'occupancy.csv');
    writeFileSync(path, 'plan,replication,site,start,start_time,occupancy\nbase,1,lot,0,,many\n');
    expect(() => loadRunData(fixture.runDir)).toThrow(`${path}:2: occupancy`);
    // The same in a file written once per experiment, and in its demand.csv.
    writeFileSync(path, 'site,start,start_time,entry_day,occupancy\nlot,0,,1,many\n');
    expect(() => loadRunData(fixture.runDir)).toThrow(`${path}:2: occupancy`);
    const demand = join(fixture.runDir, 'demand.csv');
    writeFileSync(demand, 'plan,replication,day,multiplier\nbase,1,1,\nbase,1,x,1\n');
    writeFileSync(path, 'site,start,start_time,entry_day,occupancy\nlot,0,,1,5\n');
    expect(() => loadRunData(fixture.runDir)).toThrow(`${demand}:3: day`);
  });

  it('refuses an occupancy.csv without its demand.csv, or without a day’s multiplier', () => {
    const fixture = buildFixture({ kind: 'run' });
    const demand = join(fixture.runDir, 'demand.csv');
    writeFileSync(demand, 'plan,replication,day,multiplier\nbase,1,2,1\n');
    expect(() => loadRunData(fixture.runDir)).toThrow(/demand\.csv: .*day 1/);
    rmSync(demand);
    expect(() => loadRunData(fixture.runDir)).toThrow(/demand\.csv: missing/);
  });
});

describe('loadRunData of a real comparison folder', () => {
  it('finds every record file of every plan, so the report has nothing to warn about', async () => {
    const result = await runComparison({
      ...quietExperiment(tinyScenario()),
      replications: 2,
      seed: 3,
      commandLine: 'peakwatch compare tiny.yaml',
    });
    const data = loadRunData(result.folder);
    expect(data.scenario.ok).toBe(true);
    for (const records of data.records) {
      expect(records.incidents?.length, records.plan).toBeGreaterThan(0);
      // base and no-platform: 3 cars, 1 patrol team (+1 platform staff); extra-car 1 car more.
      const units = { base: 5, 'no-platform': 4, 'extra-car': 6 }[records.plan];
      expect(records.responders, records.plan).toHaveLength(2 * units!);
      for (const row of records.responders!) {
        expect(row.busyMinutesByHour).toHaveLength(24);
        expect(row.onDutyMinutesByHour).toHaveLength(24);
      }
    }
    // The baseline's crowd, its mean over the replications: 3 sites × 24 hours.
    expect(data.occupancy?.plan).toBe('base');
    expect(data.occupancy?.rows).toHaveLength(3 * 24);
    const html = renderReport(data, 'en');
    expect(reportWarnings(reportContext(data, 'en'))).toEqual([]);
    expect(html).not.toContain('class="warnings"');
    for (const chart of ['utilisation-by-hour', 'occupancy-by-hour', 'incidents-by-hour']) {
      expect(html).toContain(`data-chart="${chart}"`);
    }
  });
});
