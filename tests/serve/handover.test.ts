// bin/claimgraph.js started by an older Node hands over to node_modules' Node 22 (issue 17,
// finding 7): stopping the process a shell started stops the server.
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../helpers/cli.js';
import { serveFixtureProject } from '../helpers/serve-fixture.js';

// The machines here ship Node 20; run where an older `node` is on the PATH (this machine, CI).
const systemNode = (() => {
  try {
    const path = execFileSync('sh', ['-c', 'command -v node'], { encoding: 'utf8', env: { PATH: '/usr/local/bin:/usr/bin:/bin' } }).trim();
    const [major, minor] = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim().slice(1).split('.').map(Number);
    return major! < 22 || (major === 22 && minor! < 19) ? path : undefined;
  } catch {
    return undefined;
  }
})();

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function startThroughHandover(node = systemNode!, extra: string[] = []): Promise<{ parent: ChildProcess; url: string; serverPid: number }> {
  const parent = spawn(node, [join(projectRoot, 'bin/claimgraph.js'), '-C', serveFixtureProject(), 'serve', '--port', '0', '--workers', '1', '--spare-workers', '0', ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  parent.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line; stderr: ${err}`)), 60_000);
    parent.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /workbench (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    parent.once('exit', (code) => reject(new Error(`exited ${code}: ${err}`)));
  });
  const health = (await (await fetch(`${url}health`)).json()) as { pid: number };
  return { parent, url, serverPid: health.pid };
}

async function gone(pid: number, withinMs: number): Promise<boolean> {
  const t0 = performance.now();
  while (performance.now() - t0 < withinMs) {
    if (!alive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !alive(pid);
}

describe.runIf(systemNode)('the Node 22 hand-over of bin/claimgraph.js', () => {
  test('SIGTERM to the process the shell started stops the real server, which exits cleanly', async () => {
    const { parent, url, serverPid } = await startThroughHandover();
    expect(serverPid).not.toBe(parent.pid);
    const exited = new Promise<number | null>((resolve) => parent.once('exit', (code) => resolve(code)));
    parent.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(await gone(serverPid, 5000)).toBe(true);
    await expect(fetch(`${url}health`)).rejects.toThrow();
  });

  test('SIGKILL to it (nothing to forward): the server notices and ends within seconds', async () => {
    const { parent, serverPid } = await startThroughHandover();
    parent.kill('SIGKILL');
    expect(await gone(serverPid, 10_000)).toBe(true);
  });
});

describe('claimgraph serve stops at once on SIGTERM', () => {
  test('while a worker is busy with a runaway query (issue 17, finding 1)', async () => {
    const { parent, url, serverPid } = await startThroughHandover(process.execPath, ['--timeout-ms', '600000']);
    expect(serverPid).toBe(parent.pid);
    const runaway = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o . ?p ?q ?r }';
    const pending = fetch(`${url}sparql?query=${encodeURIComponent(runaway)}`).then((r) => r.status, () => 'closed');
    // wait until the worker holds it
    for (let i = 0; i < 100; i++) {
      const h = (await (await fetch(`${url}health`)).json()) as { busy: number };
      if (h.busy === 1) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const exited = new Promise<number | null>((resolve) => parent.once('exit', (code) => resolve(code)));
    parent.kill('SIGTERM');
    // the query's own limit is 10 minutes: an exit within the test's time did not wait for it
    expect(await exited).toBe(0);
    // the client got an answer or a closed connection, not silence
    expect([503, 'closed']).toContain(await pending);
  });
});
