/**
 * Politeness per host: at most `concurrency` requests at once and at least `delayMs` between
 * two requests' starts (robots.txt's Crawl-delay raises it). Small on purpose: a brand's own
 * website should never notice the crawler.
 */
export class HostLimiter {
  private active = 0;
  private lastStart = 0;
  // Starts pass one at a time, each measuring from the previous actual start: on a loaded machine
  // timers fire late, and two sleeps computed up front could then end in the same tick.
  private gate: Promise<void> = Promise.resolve();
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly delayMs: number,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      const turn = this.gate.then(async () => {
        const wait = this.lastStart + this.delayMs - Date.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        this.lastStart = Date.now();
      });
      this.gate = turn;
      await turn;
      return await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

export class HostLimiters {
  private readonly byHost = new Map<string, HostLimiter>();
  constructor(private readonly options: { concurrency: number; delayMs: number }) {}

  for(url: string, delayMs = this.options.delayMs): HostLimiter {
    const host = new URL(url).host;
    let limiter = this.byHost.get(host);
    if (!limiter) this.byHost.set(host, (limiter = new HostLimiter(this.options.concurrency, Math.max(delayMs, this.options.delayMs))));
    return limiter;
  }
}
