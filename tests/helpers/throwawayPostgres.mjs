#!/usr/bin/env node
/**
 * A throwaway PostgreSQL server for tests, CI and trying two replicas locally: a new cluster in a
 * temporary folder, on a free local port, trust authentication on 127.0.0.1 only, removed when stopped.
 *
 * PostgreSQL refuses to run as root: when this runs as root, the folder is given to the `postgres`
 * user and every server command runs through `runuser -u postgres --`.
 *
 *   node tests/helpers/throwawayPostgres.mjs           # starts one, prints DATABASE_URL, Ctrl-C stops it
 *   node tests/helpers/throwawayPostgres.mjs start     # starts one in the background, prints two lines:
 *                                                      #   DATABASE_URL=…  and  PGDATA_DIR=…
 *   node tests/helpers/throwawayPostgres.mjs stop DIR  # stops the one in DIR and removes DIR
 *
 * The server binaries are looked for in $PG_BIN, then /usr/lib/postgresql/<newest>/bin, then $PATH.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding initdb and pg_ctl, or '' to use $PATH. */
export function postgresBinDir() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) if (existsSync(join(root, v, 'bin', 'pg_ctl'))) return join(root, v, 'bin');
  }
  return '';
}

/** Whether a PostgreSQL server can be started on this machine (the binaries are there). */
export function canStartPostgres() {
  const bin = postgresBinDir();
  if (bin) return existsSync(join(bin, 'pg_ctl'));
  return spawnSync('pg_ctl', ['--version']).status === 0;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function postgresUid() {
  const out = execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim();
  const gid = execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim();
  return { uid: Number(out), gid: Number(gid) };
}

/** Runs a server command, as `postgres` when we are root. */
function run(tool, args) {
  const bin = postgresBinDir();
  const exe = bin ? join(bin, tool) : tool;
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', exe, ...args]] : [exe, args];
  const result = spawnSync(cmd, argv, { encoding: 'utf8', cwd: tmpdir() });
  if (result.status !== 0) {
    throw new Error(`${tool} failed (${result.status}): ${(result.stderr || result.stdout || String(result.error ?? '')).trim()}`);
  }
  return result.stdout;
}

/**
 * Starts a throwaway server. Resolves to its URL (superuser `postgres`, database `postgres`) and the
 * folder to give to {@link stopPostgres}.
 */
export async function startPostgres() {
  const dir = mkdtempSync(join(tmpdir(), 'prague-pg-'));
  if (asRoot) {
    const { uid, gid } = postgresUid();
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const port = await freePort();
  startServer(dir, port);
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, dir, port };
}

/** Starts (again) the server of a folder made by {@link startPostgres}, on its port. */
export function startServer(dir, port) {
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  run('pg_ctl', ['-D', join(dir, 'data'), '-l', join(dir, 'server.log'), '-o', options, '-w', '-t', '60', 'start']);
}

/** Stops the server of a folder made by {@link startPostgres}, keeping its data (to start it again). */
export function stopServer(dir) {
  run('pg_ctl', ['-D', join(dir, 'data'), '-m', 'fast', '-w', 'stop']);
}

/** Stops a server started by {@link startPostgres} and removes its folder. */
export function stopPostgres(dir) {
  try {
    run('pg_ctl', ['-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [command = 'run', dir] = process.argv.slice(2);
  if (command === 'stop') {
    if (!dir) throw new Error('usage: throwawayPostgres.mjs stop DIR');
    stopPostgres(dir);
  } else if (command === 'start') {
    const pg = await startPostgres();
    process.stdout.write(`DATABASE_URL=${pg.url}\nPGDATA_DIR=${pg.dir}\n`);
  } else {
    const pg = await startPostgres();
    process.stdout.write(`A throwaway PostgreSQL is running. In another terminal:\n  export DATABASE_URL=${pg.url}\nCtrl-C stops it and removes its data.\n`);
    const stop = () => {
      stopPostgres(pg.dir);
      process.exit(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    setInterval(() => {}, 1 << 30);
  }
}
