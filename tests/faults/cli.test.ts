import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tempCorpus } from '../helpers/tempCorpus.js';

const CLI = new URL('../../dist/cli/main.js', import.meta.url).pathname;

/** Runs the built `prague` binary as a user would, with optional standard input. */
function prague(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile('node', [CLI, ...args], { timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
    child.stdin?.end(input ?? '');
  });
}

/** ESC, BEL, CR, DEL and the 8-bit CSI: what a terminal acts on instead of printing. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this pattern is for
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('fault: CLI numbers and dates are read strictly (exit 2, one clear line, no stack trace)', () => {
  for (const limit of ['0x10', '1e2', '5.0', ' 5', '+5', '0', '101', 'ten', '']) {
    it(`--limit "${limit}" is refused`, async () => {
      const { code, stdout, stderr } = await prague(['ask', '--limit', limit, 'who attended']);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(`--limit must be a whole number from 1 to 100 in digits, not "${limit}"`);
      expect(stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('--limit 10 is read as ten', async () => {
    const { code, stdout } = await prague(['ask', '--json', '--limit', '10', 'security']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).results.length).toBeGreaterThan(3);
  });

  for (const [date, why] of [
    ['2026-02-30', 'February 2026 has 28 days'],
    ['2026-13-01', 'there is no month 13'],
    ['2026-04-31', 'April 2026 has 30 days'],
    ['2026-00-10', 'there is no month 00'],
    ['2026-2-3', 'must be a date written YYYY-MM-DD'],
  ] as const) {
    it(`digest --date ${date} is refused: ${why}`, async () => {
      const { code, stdout, stderr } = await prague(['digest', '--date', date]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(why);
      expect(stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('digest --date 2024-02-29 (a leap day) is a date', async () => {
    const { code, stdout } = await prague(['digest', '--json', '--date', '2024-02-29']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).date).toBe('2024-02-29');
  });
});

describe('fault: batch input on standard input', () => {
  it('ask skips blank lines and answers every other line', async () => {
    const { code, stdout } = await prague(['ask', '--json'], '\nwho attended\n\n   \n\t\nBarcelona\n\n');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { query: string; results: unknown[]; error?: string });
    expect(lines.map((l) => l.query)).toEqual(['who attended', 'Barcelona']);
    expect(lines.every((l) => !l.error && l.results.length > 0)).toBe(true);
  });

  it('quote skips blank lines; a line too long is answered with an error in its place and the batch goes on (exit 1)', async () => {
    const { code, stdout } = await prague(['quote'], `building an inclusive club\n\n${'x'.repeat(2000)}\n\nwe love pizza in the evening\n`);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { verdict: string; error?: string });
    expect(lines.map((l) => l.verdict)).toEqual(['verbatim', 'none', 'none']);
    expect(lines[1]!.error).toMatch(/too long \(2000 characters; at most 1000\)/);
    expect(lines[2]!.error).toBeUndefined();
  });
});

describe('fault: terminal escape sequences in corpus text never reach the terminal raw', () => {
  const dir = tempCorpus({
    'evil.txt': [
      '---',
      'title: "Evil \u001b]0;owned\u0007 title"',
      'outlet: "Wire \u001b[2J"',
      '---',
      'The minister said \u001b[2J\u001b[31mred alert\u001b[0m about 5G security, then \u009b31m and a bell \u0007 and \u007f.',
      '',
    ].join('\n'),
  });

  it('text output shows each control character as a visible escape', async () => {
    for (const args of [['ask', '5G security'], ['sources'], ['quote', 'red alert'], ['digest', '--date', '2026-01-05']]) {
      const { code, stdout, stderr } = await prague([...args, '--corpus', dir]);
      expect(code, `${args.join(' ')}: ${stderr}`).toBe(0);
      expect(stdout).not.toMatch(RAW_CONTROL);
      expect(stderr).not.toMatch(RAW_CONTROL);
    }
    const { stdout } = await prague(['ask', '5G security', '--corpus', dir]);
    expect(stdout).toContain('said \\u001b[2J\\u001b[31mred alert\\u001b[0m about 5G security, then \\u009b31m');
  });

  it('JSON output keeps the exact text, escaped (DEL and C1 codes too, which JSON.stringify leaves raw)', async () => {
    const { stdout } = await prague(['ask', '--json', '5G security', '--corpus', dir]);
    expect(stdout).not.toMatch(RAW_CONTROL);
    const answer = JSON.parse(stdout) as { results: { quote: string; source: { title: string } }[] };
    expect(answer.results[0]!.quote).toContain('\u001b[31mred alert\u001b[0m');
    expect(answer.results[0]!.quote).toContain('\u009b31m');
    expect(answer.results[0]!.quote).toContain('\u007f');
    expect(answer.results[0]!.source.title).toBe('Evil \u001b]0;owned\u0007 title');
  });

  it('an argument holding escape sequences is echoed escaped in the error line', async () => {
    const { code, stderr } = await prague(['ask', '--limit', '\u001b[2J', 'x']);
    expect(code).toBe(2);
    expect(stderr).not.toMatch(RAW_CONTROL);
    expect(stderr).toContain('\\u001b[2J');
  });
});
