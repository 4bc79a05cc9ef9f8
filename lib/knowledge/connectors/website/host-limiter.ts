/**
 * Politeness per host: at most `concurrency` requests at once and at least `delayMs` between
 * two requests' starts (robots.txt's Crawl-delay raises it). Small on purpose: a brand's own
 * website should never notice the crawler.
 */
export class HostLimiter {
  private active = 0;
  private nextStart = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly delayMs: number,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    const now = Date.now();
    const start = Math.max(now, this.nextStart);
    this.nextStart = start + this.delayMs;
    if (start > now) await new Promise((resolve) => setTimeout(resolve, start - now));
    try {
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
