/** What a CPU profile says about one script's share of the main thread. */
export interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface Attribution {
  /** Main-thread time with a frame of the script on the stack, ms. */
  totalMs: number;
  /** Longest uninterrupted stretch of such samples, ms: the longest task the script caused. */
  longestMs: number;
}

/**
 * Attributes every sample whose stack holds a frame from `matches(url)` to that script, including the
 * native calls it made (querySelectorAll, attachShadow). A stretch is joined across a single garbage
 * collection sample, which happens inside the task; any other sample between two stretches (idle, the
 * browser's own "(program)" work) is the boundary between two tasks.
 */
export function attribute(profile: CpuProfile, matches: (url: string) => boolean): Attribution {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const owned = new Map<number, boolean>();
  const isOwned = (id: number): boolean => {
    const cached = owned.get(id);
    if (cached !== undefined) return cached;
    const node = byId.get(id);
    const up = parent.get(id);
    const result = node !== undefined && (matches(node.callFrame.url) || (up !== undefined && isOwned(up)));
    owned.set(id, result);
    return result;
  };
  let total = 0;
  let longest = 0;
  let run = 0;
  let gap = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    // A sample stands for the time until the next one.
    const dur = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (isOwned(profile.samples[i]!)) {
      total += dur;
      run += gap + dur;
      gap = 0;
      longest = Math.max(longest, run);
    } else if (run > 0 && gap === 0 && dur < 1 && byId.get(profile.samples[i]!)?.callFrame.functionName === '(garbage collector)') {
      // A collection inside the script's task; an idle or "(program)" sample is the browser between two tasks.
      gap = dur;
    } else {
      run = 0;
      gap = 0;
    }
  }
  return { totalMs: total, longestMs: longest };
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
