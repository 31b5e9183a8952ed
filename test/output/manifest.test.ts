import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type Manifest,
  ManifestSchema,
  readManifest,
  writeManifest,
} from '../../src/output/manifest.js';

const dir = mkdtempSync(join(tmpdir(), 'pw-manifest-'));

const manifest: Manifest = {
  format: 1,
  kind: 'compare',
  command: 'compare',
  commandLine: 'peakwatch compare s.yaml',
  peakwatch: '0.1.0',
  node: 'v20.0.0',
  scenario: { path: 's.yaml', sha256: 'ab'.repeat(32), name: 'S', overrides: [] },
  seed: 1,
  replications: 20,
  replicationRange: [11, 20],
  plans: ['a', 'b'],
  baseline: 'a',
  independentStreams: false,
  precision: null,
  shard: { index: 2, count: 2 },
  mergedFrom: null,
  workers: 2,
  startedAt: '2024-10-01T00:00:00.000Z',
  finishedAt: '2024-10-01T00:01:00.000Z',
  wallSeconds: 60,
  files: ['comparison.csv'],
};

describe('manifest.json', () => {
  it('reads back what it wrote, fields in the documented order', () => {
    const path = join(dir, 'm.json');
    const shuffled = Object.fromEntries(Object.entries(manifest).reverse()) as Manifest;
    writeManifest(path, shuffled);
    expect(readManifest(path)).toEqual(manifest);
    expect(Object.keys(JSON.parse(readFileSync(path, 'utf8')))).toEqual(
      Object.keys(ManifestSchema.shape),
    );
  });

  it('names the file and the field of a bad manifest', () => {
    const path = join(dir, 'bad.json');
    writeFileSync(path, JSON.stringify({ ...manifest, seed: 'one' }));
    expect(() => readManifest(path)).toThrow(/bad.json: not a peakwatch manifest: seed/);
    writeFileSync(path, '{');
    expect(() => readManifest(path)).toThrow(/bad.json: cannot read the manifest/);
  });
});
