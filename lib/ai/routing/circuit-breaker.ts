/**
 * Per-model circuit breaker, kept in each app instance's memory. Why not shared in Postgres:
 * the breaker's job is to stop *this* instance from waiting on a provider that keeps failing,
 * within seconds; a database round trip per model call to read shared state would cost more
 * than it saves, and every instance learns of an outage from its own first few failures anyway.
 * (Budgets and rate limits, which must hold across instances, are in Postgres.)
 *
 * closed → (failureThreshold failures within windowMs) → open → (cooldownMs) → half-open:
 * one probe call is let through; success closes the circuit, failure opens it again.
 */
export type BreakerState = "closed" | "open" | "half-open";

export type BreakerOptions = { failureThreshold: number; windowMs: number; cooldownMs: number; now?: () => number };

type ModelCircuit = { failures: number[]; openedAt: number | null; probeInFlight: boolean };

export class CircuitBreaker {
  private readonly circuits = new Map<string, ModelCircuit>();
  private readonly now: () => number;

  constructor(private readonly options: BreakerOptions) {
    this.now = options.now ?? Date.now;
  }

  private circuit(modelId: string): ModelCircuit {
    let circuit = this.circuits.get(modelId);
    if (!circuit) this.circuits.set(modelId, (circuit = { failures: [], openedAt: null, probeInFlight: false }));
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
    circuit.failures = [];
    circuit.openedAt = null;
    circuit.probeInFlight = false;
  }

  recordFailure(modelId: string) {
    const circuit = this.circuit(modelId);
    const now = this.now();
    if (circuit.openedAt !== null) {
      // A failed probe: open again for a full cool-down.
      circuit.openedAt = now;
      circuit.probeInFlight = false;
      return;
    }
    circuit.failures = [...circuit.failures.filter((at) => now - at < this.options.windowMs), now];
    if (circuit.failures.length >= this.options.failureThreshold) circuit.openedAt = now;
  }

  snapshot(): Record<string, BreakerState> {
    return Object.fromEntries([...this.circuits.keys()].map((id) => [id, this.state(id)]));
  }
}
