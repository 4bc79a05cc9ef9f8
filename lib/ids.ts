import { randomBytes } from "node:crypto";

/** Prefixed ids make a log line or URL say what it points at (`ws_…` is a workspace). */
export const ID_PREFIXES = {
  user: "usr",
  workspace: "ws",
  audit: "aud",
  source: "src",
  sourceVersion: "srv",
  chunk: "chk",
  feed: "fed",
  job: "job",
  modelCall: "mcl",
  cacheEntry: "mce",
  asset: "ast",
  assetVersion: "asv",
  generationBatch: "gbt",
  assetTransition: "atr",
  assetComment: "acm",
  webhookDelivery: "whd",
  webhookAttempt: "wha",
  webhookEvent: "evt",
  kpiImport: "kim",
  invitation: "inv",
  passwordReset: "pwr",
  setupToken: "stk",
  session: "ses",
  workspaceExport: "wex",
  ruleProposal: "brp",
  notification: "ntf",
  briefTemplate: "btp",
  persona: "prs",
  campaign: "cmp",
  campaignOffer: "cof",
  apiToken: "tok",
  connector: "con",
  connectorPage: "cpg",
  connectorSync: "csy",
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

export function createId(kind: IdKind): string {
  return `${ID_PREFIXES[kind]}_${randomBytes(12).toString("base64url")}`;
}
