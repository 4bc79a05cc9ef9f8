import { sampleBeta } from "./distributions";
import { proportionCounts, type ProportionMetric } from "./metric-uplift";
import { createRng } from "./prng";

export interface ThompsonArm {
  id: string;
  impressions: number;
  clicks: number;
  /** May be fractional (Google Ads); rounded to whole conversions for the Binomial model. */
  conversions: number;
}

export interface BetaPrior {
  alpha: number;
  beta: number;
}

export interface ThompsonInput {
  arms: readonly ThompsonArm[];
  /** Monte Carlo draws; the share's standard error is at most 0.5/√draws (0.005 at 10,000). */
  draws?: number;
  /** Required so every recommendation can be reproduced exactly from its inputs. */
  seed: number | string;
  metric: ProportionMetric;
  /** Beta(1, 1) = uniform: every rate equally plausible before data. */
  prior?: BetaPrior;
}

export interface ArmAllocation {
  id: string;
  /** Fraction of the budget: the share of draws in which this arm had the highest sampled rate. */
  share: number;
  wins: number;
  successes: number;
  trials: number;
  posterior: BetaPrior;
  posteriorMean: number;
}

export interface ThompsonAllocation {
  metric: ProportionMetric;
  draws: number;
  seed: number | string;
  prior: BetaPrior;
  arms: ArmAllocation[];
  /** The model's assumptions in words, shown next to the recommendation. */
  assumptions: string[];
}

function validate(input: ThompsonInput, draws: number, prior: BetaPrior): void {
  if (input.arms.length === 0) throw new RangeError("Thompson allocation needs at least one arm");
  if (!Number.isInteger(draws) || draws < 1) throw new RangeError(`draws must be a positive integer, got ${draws}`);
  if (!(prior.alpha > 0 && prior.beta > 0)) throw new RangeError("prior alpha and beta must be positive");
  const ids = new Set<string>();
  for (const arm of input.arms) {
    if (ids.has(arm.id)) throw new RangeError(`duplicate arm id '${arm.id}'`);
    ids.add(arm.id);
    for (const field of ["impressions", "clicks", "conversions"] as const) {
      if (!Number.isFinite(arm[field]) || arm[field] < 0) throw new RangeError(`arm '${arm.id}': ${field} must be a non-negative number`);
    }
  }
}

/**
 * Budget split by Thompson sampling: each draw samples every arm's rate from its Beta posterior and
 * the arm with the highest sample wins; an arm's share is its fraction of wins, i.e. the posterior
 * probability that it is the best arm. Clearly better arms get most of the budget while uncertain
 * ones keep some exploration budget.
 */
export function thompsonAllocation(input: ThompsonInput): ThompsonAllocation {
  const draws = input.draws ?? 10_000;
  const prior = input.prior ?? { alpha: 1, beta: 1 };
  validate(input, draws, prior);

  const arms = input.arms.map((arm) => {
    const { successes, trials } = proportionCounts(input.metric, arm);
    if (successes > trials) {
      const [s, t] = input.metric === "ctr" ? ["clicks", "impressions"] : ["conversions", "clicks"];
      throw new RangeError(`arm '${arm.id}' has more ${s} (${successes}) than ${t} (${trials}); ${input.metric.toUpperCase()} is not a proportion there`);
    }
    const posterior = { alpha: prior.alpha + successes, beta: prior.beta + trials - successes };
    return { id: arm.id, successes, trials, posterior, posteriorMean: posterior.alpha / (posterior.alpha + posterior.beta) };
  });

  const rng = createRng(input.seed);
  const wins = new Array<number>(arms.length).fill(0);
  for (let draw = 0; draw < draws; draw++) {
    let best = 0;
    let bestValue = -1;
    for (let i = 0; i < arms.length; i++) {
      const { alpha, beta } = arms[i]!.posterior;
      const value = sampleBeta(alpha, beta, rng);
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    wins[best] = (wins[best] ?? 0) + 1;
  }

  const metricName = input.metric === "ctr" ? "CTR (clicks of impressions)" : "CVR (conversions of clicks)";
  return {
    metric: input.metric,
    draws,
    seed: input.seed,
    prior,
    arms: arms.map((arm, i) => ({ ...arm, wins: wins[i] ?? 0, share: (wins[i] ?? 0) / draws })),
    assumptions: [
      `Beta-Binomial model: each arm's ${metricName} is a fixed probability p, successes ~ Binomial(trials, p), prior p ~ Beta(${prior.alpha}, ${prior.beta}).`,
      "Arms are independent: no shared audience, auction overlap or cannibalisation between them.",
      "Rates are stationary: past performance predicts the next period (no seasonality, creative fatigue or learning phase).",
      "Shares are the probability of being the best arm on this metric; they ignore differing click prices and platform minimum budgets.",
      `Monte Carlo estimate from ${draws} draws with seed ${String(input.seed)}; each share's standard error is at most ${(0.5 / Math.sqrt(draws)).toPrecision(2)}.`,
    ],
  };
}
