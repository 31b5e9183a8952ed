import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  automaticFolderName,
  checkOutName,
  INCOMPLETE_NOTE,
  OutputFolderError,
  RunFolder,
  timestampLabel,
} from '../../src/output/run-folder.js';

let results: string;
beforeEach(() => {
  results = join(mkdtempSync(join(tmpdir(), 'pw-folder-')), 'results');
});

// 2024-10-01 09:05:07 local time.
const moment = new Date(2024, 9, 1, 9, 5, 7);

describe('folder names', () => {
  it('is <scenario stem>-<command>-<YYYYMMDD-HHMMSS> in local time', () => {
    expect(timestampLabel(moment)).toBe('20241001-090507');
    expect(automaticFolderName('scenarios/yuanjiajie-golden-week.yaml', 'run', moment)).toBe(
      'yuanjiajie-golden-week-run-20241001-090507',
    );
    expect(automaticFolderName('/a/b/c.json', 'compare', moment)).toBe('c-compare-20241001-090507');
  });

  it.each(['..', '.', '', '../x', 'a/b', '/abs', 'a\\b', 'x.incomplete', 'nul\0'])(
    'refuses --out "%s"',
    (name) => {
      expect(() => checkOutName(name)).toThrow(OutputFolderError);
    },
  );

  it.each(['sweep-1', 'plan A', '基线'])('accepts the plain name "%s"', (name) => {
    expect(() => checkOutName(name)).not.toThrow();
  });
});

describe('RunFolder', () => {
  const options = () => ({
    resultsDir: results,
    scenarioPath: 's.yaml',
    command: 'run',
    now: moment,
  });

  it('writes into <name>.incomplete with a note, and renames only on completion', () => {
    const folder = RunFolder.create({ ...options(), commandLine: 'peakwatch run s.yaml' });
    expect(folder.path).toBe(join(results, 's-run-20241001-090507.incomplete'));
    expect(readFileSync(folder.file(INCOMPLETE_NOTE), 'utf8')).toContain('peakwatch run s.yaml');
    writeFileSync(folder.file('summary.csv'), 'x\n');
    expect(existsSync(folder.finalPath)).toBe(false);
    folder.complete();
    expect(existsSync(folder.path)).toBe(false);
    expect(readdirSync(folder.finalPath)).toEqual(['summary.csv']);
  });

  it('adds -2, -3 when the automatic name is taken (finished or not)', () => {
    const first = RunFolder.create(options());
    first.complete();
    const second = RunFolder.create(options());
    const third = RunFolder.create(options());
    expect(second.finalPath).toBe(`${first.finalPath}-2`);
    expect(third.finalPath).toBe(`${first.finalPath}-3`);
  });

  it('refuses an --out name that exists, finished or incomplete', () => {
    mkdirSync(join(results, 'taken'), { recursive: true });
    expect(() => RunFolder.create({ ...options(), out: 'taken' })).toThrow(OutputFolderError);
    RunFolder.create({ ...options(), out: 'busy' });
    expect(() => RunFolder.create({ ...options(), out: 'busy' })).toThrow(OutputFolderError);
  });

  it('refuses an --out name that escapes the results directory', () => {
    expect(() => RunFolder.create({ ...options(), out: '../outside' })).toThrow(OutputFolderError);
    expect(existsSync(join(results, '..', 'outside.incomplete'))).toBe(false);
  });

  it('leaves an abandoned folder incomplete with the reason', () => {
    const folder = RunFolder.create({ ...options(), out: 'stopped' });
    folder.abandon('interrupted by SIGTERM');
    expect(existsSync(join(results, 'stopped'))).toBe(false);
    expect(readFileSync(folder.file(INCOMPLETE_NOTE), 'utf8')).toMatch(/interrupted by SIGTERM/);
  });

  it('does not complete onto a folder that appeared meanwhile', () => {
    const folder = RunFolder.create({ ...options(), out: 'late' });
    mkdirSync(folder.finalPath);
    writeFileSync(join(folder.finalPath, 'other.txt'), 'someone else');
    expect(() => folder.complete()).toThrow(/appeared/);
    expect(existsSync(folder.file(INCOMPLETE_NOTE))).toBe(true);
    expect(readdirSync(folder.finalPath)).toEqual(['other.txt']);
  });
});

describe('refusing an unusable place before any work (usage errors)', () => {
  const options = { scenarioPath: 'a.yaml', command: 'run', now: moment };

  it('a --results-dir that is a file, or lies under one', () => {
    mkdirSync(join(results, '..'), { recursive: true });
    const file = join(results, '..', 'a-file');
    writeFileSync(file, 'x');
    for (const resultsDir of [file, join(file, 'below')]) {
      expect(() => RunFolder.create({ ...options, resultsDir })).toThrow(OutputFolderError);
      expect(() => RunFolder.create({ ...options, resultsDir })).toThrow(
        /--results-dir .*: cannot use it: (a file of that name is in the way|a part of the path is a file)/,
      );
    }
  });

  it('an --out name that is a dangling symbolic link', () => {
    mkdirSync(results, { recursive: true });
    symlinkSync(join(results, 'nowhere'), join(results, 'link'));
    expect(() => RunFolder.create({ ...options, resultsDir: results, out: 'link' })).toThrow(
      /already exists/,
    );
    expect(readdirSync(results)).toEqual(['link']);
  });

  it('an --out name with a control character, or too long for a folder name', () => {
    expect(() => checkOutName('run\n1')).toThrow(/without control characters \(got "run\\n1"\)/);
    expect(() => checkOutName('a\u001b[31m')).toThrow(OutputFolderError);
    expect(() => checkOutName('x'.repeat(201))).toThrow(/201 bytes long; .* at most 200/);
    expect(() => checkOutName('路'.repeat(67))).toThrow(/201 bytes/);
    expect(() => checkOutName('x'.repeat(200))).not.toThrow();
  });
});
