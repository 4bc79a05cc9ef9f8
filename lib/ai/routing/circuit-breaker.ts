/**
 * Per-model circuit breaker, kept in each app instance's memory. Why not shared in Postgres:
 * the breaker's job is to stop *this* instance from waiting on a provider that keeps failing,
 * within seconds; a database round trip per model call to read shared state would cost more
 * than it saves, and every instance learns of an outage from its own first few calls anyway.
 * (Budgets and rate limits, which must hold across instances, are in Postgres.)
 *
 * It opens on a failure *rate*, not a count: a provider failing 20 % of calls under load is
 * degraded but useful (retries and fallback absorb it); one failing most calls is down.
 * closed → (at least minimumCalls in windowMs, failure share ≥ failureRateThreshold) → open →
 * (cooldownMs) → half-open: one probe is let through; success closes, failure opens again.
 */
export type BreakerState = "closed" | "open" | "half-open";

export type BreakerOptions = {
  failureRateThreshold: number;
  minimumCalls: number;
  windowMs: number;
  cooldownMs: number;
  now?: () => number;
};

type ModelCircuit = { outcomes: { at: number; failed: boolean }[]; openedAt: number | null; probeInFlight: boolean };

export class CircuitBreaker {
  private readonly circuits = new Map<string, ModelCircuit>();
  private readonly now: () => number;

  constructor(private readonly options: BreakerOptions) {
    this.now = options.now ?? Date.now;
  }

  private circuit(modelId: string): ModelCircuit {
    let circuit = this.circuits.get(modelId);
    if (!circuit) this.circuits.set(modelId, (circuit = { outcomes: [], openedAt: null, probeInFlight: false }));
    return circuit;
  }

  state(modelId: string): BreakerState {
    const circuit = this.circuit(modelId);
    if (circuit.openedAt === null) return "closed";
    return this.now() - circuit.openedAt >= this.options.cooldownMs ? "half-open" : "open";
  }

  /** Whether a call may go to this model now. In half-open, only one probe at a time. */
  allows(modelId: string): boolean {
    const state = this.state(modelId);
    if (state === "closed") return true;
    if (state === "open") return false;
    const circuit = this.circuit(modelId);
    if (circuit.probeInFlight) return false;
    circuit.probeInFlight = true;
    return true;
  }

  recordSuccess(modelId: string) {
    const circuit = this.circuit(modelId);
    if (circuit.openedAt !== null) {
      circuit.openedAt = null;
      circuit.probeInFlight = false;
      circuit.outcomes = [];
    }
    this.remember(circuit, false);
  }

  /**
   * The call ended without telling anything about the model (the client went away): no outcome
   * is recorded, and a half-open probe is given back so the next call can probe instead.
   */
  release(modelId: string) {
    this.circuit(modelId).probeInFlight = false;
  }

  recordFailure(modelId: string) {
    const circuit = this.circuit(modelId);
    if (circuit.openedAt !== null) {
      // A failed probe: open again for a full cool-down.
      circuit.openedAt = this.now();
      circuit.probeInFlight = false;
      return;
    }
    this.remember(circuit, true);
    const failures = circuit.outcomes.filter((o) => o.failed).length;
    if (circuit.outcomes.length >= this.options.minimumCalls && failures / circuit.outcomes.length >= this.options.failureRateThreshold) {
      circuit.openedAt = this.now();
    }
  }

  private remember(circuit: ModelCircuit, failed: boolean) {
    const now = this.now();
    circuit.outcomes = circuit.outcomes.filter((o) => now - o.at < this.options.windowMs);
    circuit.outcomes.push({ at: now, failed });
  }

  snapshot(): Record<string, BreakerState> {
    return Object.fromEntries([...this.circuits.keys()].map((id) => [id, this.state(id)]));
  }
}

export const DEFAULT_BREAKER_OPTIONS: BreakerOptions = { failureRateThreshold: 0.5, minimumCalls: 10, windowMs: 60_000, cooldownMs: 30_000 };
