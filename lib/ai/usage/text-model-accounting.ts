import type { EmbeddingModelV4, RerankingModelV4 } from "@ai-sdk/provider";
import type { SentRequest } from "./accounting-middleware";

type Accounting = { modelId: string; hosting: string; onRequest: (request: SentRequest) => void };

const request = (options: Accounting, kind: SentRequest["kind"], messages: SentRequest["messages"]): SentRequest => ({
  modelId: options.modelId,
  hosting: options.hosting,
  kind,
  messages,
  usageEstimated: false,
  inputTokens: 0,
  outputTokens: 0,
});

/** The model with one method replaced; everything else (getters, class methods) reads from the original. */
function withMethod<M extends object>(model: M, name: string, method: unknown): M {
  return new Proxy(model, {
    get(target, prop) {
      if (prop === name) return method;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * The embedding-model counterpart of the accounting middleware: records each batch of texts a
 * model outside this server receives (embedMany may split a call into several requests), for the
 * admins' "what leaves" view. The built-in local models send nothing anywhere and are left as is.
 */
export function accountedEmbeddingModel(model: EmbeddingModelV4, options: Accounting): EmbeddingModelV4 {
  if (options.hosting === "local") return model;
  return withMethod(model, "doEmbed", (call: Parameters<EmbeddingModelV4["doEmbed"]>[0]) => {
    options.onRequest(request(options, "embedding", call.values.map((text) => ({ role: "input", text }))));
    return model.doEmbed(call);
  });
}

/** The same for rerankers: the query and the passages as sent. */
export function accountedRerankingModel(model: RerankingModelV4, options: Accounting): RerankingModelV4 {
  if (options.hosting === "local") return model;
  return withMethod(model, "doRerank", (call: Parameters<RerankingModelV4["doRerank"]>[0]) => {
    const documents = call.documents.type === "text" ? call.documents.values : call.documents.values.map((value) => JSON.stringify(value));
    options.onRequest(request(options, "rerank", [{ role: "query", text: call.query }, ...documents.map((text) => ({ role: "document", text }))]));
    return model.doRerank(call);
  });
}
