import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tempCorpus } from '../helpers/tempCorpus.js';

const CLI = new URL('../../dist/cli/main.js', import.meta.url).pathname;

function prague(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile('node', [CLI, ...args], { timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
    child.stdin?.end();
  });
}

/** Two desks' dossiers and a loose document at the top: the same subject in each, so scope decides. */
const dir = tempCorpus({
  'energy/grid.txt': 'Grid tender\n\nThe ministry reopened the grid tender after a complaint by the operators.\n',
  'energy/nuclear/plant.txt': 'Plant deal\n\nThe ministry signed the tender for the new reactor with the operators.\n',
  'ports/harbour.txt': 'Harbour tender\n\nThe port authority cancelled the tender for the container terminal.\n',
  'loose.txt': 'Loose note\n\nA tender was mentioned in passing by the council.\n',
});

describe('collections on the command line (--in)', () => {
  it('ask --in answers from that collection and its subfolders only', async () => {
    const { code, stdout } = await prague(['ask', '--json', '--limit', '10', '--corpus', dir, '--in', 'energy', 'who reopened the tender']);
    expect(code).toBe(0);
    const ids = JSON.parse(stdout).results.map((r: { source: { id: string } }) => r.source.id);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^energy\//);
  });

  it('--in is repeatable', async () => {
    const { stdout } = await prague(['sources', '--json', '--corpus', dir, '--in', 'ports', '--in', 'energy/nuclear']);
    const sources = JSON.parse(stdout).sources as { id: string; collection: string }[];
    expect(sources.map((s) => s.collection).sort()).toEqual(['energy/nuclear', 'ports']);
  });

  it('sources --json gives every source its collection', async () => {
    const { stdout } = await prague(['sources', '--json', '--corpus', dir]);
    const byId = Object.fromEntries((JSON.parse(stdout).sources as { id: string; collection: string }[]).map((s) => [s.id, s.collection]));
    expect(byId).toEqual({ 'energy/grid': 'energy', 'energy/nuclear/plant': 'energy/nuclear', 'ports/harbour': 'ports', loose: '' });
  });

  it('quote --in finds nothing outside the collection', async () => {
    const inside = JSON.parse((await prague(['quote', '--json', '--corpus', dir, '--in', 'ports', 'cancelled the tender for the container terminal'])).stdout);
    expect(inside.verdict).toBe('verbatim');
    const outside = JSON.parse((await prague(['quote', '--json', '--corpus', dir, '--in', 'energy', 'cancelled the tender for the container terminal'])).stdout);
    expect(outside.verdict).toBe('none');
  });

  it('quote --in judges by that collection alone: near there, though verbatim elsewhere', async () => {
    const both = tempCorpus({
      'a/charter.txt': 'Charter\n\nEvery citizen has the right to a fair and public hearing.\n',
      'b/draft.txt': 'Draft\n\nEach citizen has the right to a fair and public hearing.\n',
    });
    const asked = 'Every citizen has the right to a fair and public hearing';
    expect(JSON.parse((await prague(['quote', '--json', '--corpus', both, asked])).stdout).verdict).toBe('verbatim');
    const scoped = JSON.parse((await prague(['quote', '--json', '--corpus', both, '--in', 'b', asked])).stdout);
    expect(scoped.verdict).toBe('near');
    expect(scoped.matches[0].source.id).toBe('b/draft');
  });

  it('an unknown collection is a usage error naming the collections on file', async () => {
    const { code, stderr } = await prague(['ask', '--corpus', dir, '--in', 'sport', 'tender']);
    expect(code).toBe(2);
    expect(stderr).toContain('no collection "sport"');
    expect(stderr).toContain('energy, energy/nuclear, ports');
  });

  it('digest --in lists only that collection\'s sources', async () => {
    const { code, stdout } = await prague(['digest', '--json', '--date', '2026-11-23', '--corpus', dir, '--in', 'ports']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).onFile.map((s: { id: string }) => s.id)).toEqual(['ports/harbour']);
  });
});
