import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../fixtures/report-folder.js';
import { runCli } from './helpers.js';

describe('peakwatch report', () => {
  it('writes report.html in the chosen language and prints its path', async () => {
    const fixture = buildFixture({ kind: 'run' });
    const result = await runCli(['report', fixture.runDir, '--lang', 'zh']);
    const path = join(fixture.runDir, 'report.html');
    expect(result).toEqual({ code: 0, stdout: `Report: ${path}\n`, stderr: '' });
    expect(readFileSync(path, 'utf8')).toContain('<html lang="zh-CN">');
    expect(existsSync(`${path}.partial`)).toBe(false);
  });

  it('exits 2 for a folder that is not a finished results folder', async () => {
    const result = await runCli(['report', join(buildFixture({ kind: 'run' }).root, 'nowhere')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no such results folder');
  });

  it('refuses a language it does not have', async () => {
    const fixture = buildFixture({ kind: 'run' });
    const result = await runCli(['report', fixture.runDir, '--lang', 'fr']);
    expect(result.code).toBe(2);
    expect(existsSync(join(fixture.runDir, 'report.html'))).toBe(false);
  });
});
