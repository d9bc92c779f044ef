/** The machine a benchmark ran on, and the small statistics every benchmark reports. */
import fs from 'node:fs';
import os from 'node:os';

export interface Machine {
  nproc: number;
  ramGB: number;
  cpu: string;
  loadavg: [number, number, number];
  node: string;
  at: string;
}

export function machine(): Machine {
  const [l1, l5, l15] = os.loadavg().map((x) => Math.round(x * 100) / 100) as [
    number,
    number,
    number,
  ];
  return {
    nproc: os.availableParallelism(),
    ramGB: Math.round(os.totalmem() / 1e9),
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    loadavg: [l1, l5, l15],
    node: process.version,
    at: new Date().toISOString(),
  };
}

export function describeMachine(m: Machine): string {
  return `${m.nproc} cores (${m.cpu}), ${m.ramGB} GB RAM, Node ${m.node}, load average ${m.loadavg.join(' / ')} at ${m.at}`;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Nearest-rank percentile of an unsorted sample. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = Float64Array.from(xs).sort();
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

/** Peak resident memory of a live process from /proc (VmHWM), and current VmRSS, in MB. */
export function procMemory(pid: number): { hwmMB: number; rssMB: number } | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) =>
      Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { hwmMB: kb('VmHWM') / 1024, rssMB: kb('VmRSS') / 1024 };
  } catch {
    return undefined;
  }
}

/** Polls the memory of processes until stopped; keeps each one's peak. */
export class MemorySampler {
  private readonly peaks = new Map<number, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly pids: () => number[],
    everyMs = 200,
  ) {
    this.timer = setInterval(() => this.sample(), everyMs);
  }

  sample(): void {
    for (const pid of this.pids()) {
      const m = procMemory(pid);
      if (m) this.peaks.set(pid, Math.max(this.peaks.get(pid) ?? 0, m.hwmMB, m.rssMB));
    }
  }

  /** Peak MB of `pid` seen so far. */
  peak(pid: number): number {
    return Math.round(this.peaks.get(pid) ?? 0);
  }

  stop(): void {
    this.sample();
    clearInterval(this.timer);
  }
}

export const fmt = (n: number, digits = 0) =>
  Number.isFinite(n)
    ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : 'n/a';

/** A GitHub-flavoured markdown table. */
export function table(head: string[], rows: (string | number)[][]): string {
  const cells = rows.map((r) => r.map(String));
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...cells.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}
