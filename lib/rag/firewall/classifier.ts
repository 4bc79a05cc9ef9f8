import { extractFeatures, FEATURE_BITS } from "./features";
import model from "./injection-classifier.json";

/**
 * The shipped model (scripts/train-injection-classifier.ts writes it): logistic regression over
 * hashed n-grams. Weights are quantised to integers (÷ scale) to keep the JSON small; only
 * non-zero buckets are stored, as [index, weight] pairs sorted by index.
 */
export type InjectionModel = {
  version: number;
  featureBits: number;
  scale: number;
  bias: number;
  /** Score at or above which a sentence counts as an injection (chosen on the dev split). */
  threshold: number;
  weights: number[];
  trainedOn: string[];
};

let dense: Float32Array | null = null;

function loadWeights(): Float32Array {
  if (dense) return dense;
  const typed = model as InjectionModel;
  if (typed.featureBits !== FEATURE_BITS) throw new Error(`Injection model has ${typed.featureBits} feature bits; the code expects ${FEATURE_BITS}.`);
  const weights = new Float32Array(1 << FEATURE_BITS);
  // Delta-encoded indices: [gap, weight, gap, weight, …] keeps the file small.
  let index = 0;
  for (let i = 0; i + 1 < typed.weights.length; i += 2) {
    index += typed.weights[i]!;
    weights[index] = typed.weights[i + 1]! / typed.scale;
  }
  dense = weights;
  return weights;
}

export const INJECTION_THRESHOLD: number = (model as InjectionModel).threshold;

/** Probability-like score in [0, 1] that `scanText` (already in scan form) addresses a model. */
export function injectionScore(scanText: string): number {
  const weights = loadWeights();
  const { indices, values } = extractFeatures(scanText);
  let z = (model as InjectionModel).bias;
  for (let i = 0; i < indices.length; i++) z += weights[indices[i]!]! * values[i]!;
  return 1 / (1 + Math.exp(-z));
}
