// The schema object drizzle needs, one file per table.
export { users } from "./users";
export { workspaces } from "./workspaces";
export { memberships, roleEnum } from "./memberships";
export { auditLog } from "./audit-log";
export { rateLimits } from "./rate-limits";
export { invitations, passwordResetTokens, setupTokens, userSessions } from "./accounts";
export { knowledgeSources, sourceKindEnum, classificationEnum, languageEnum, sourceStatusEnum } from "./knowledge-sources";
export { knowledgeSourceVersions } from "./knowledge-source-versions";
export { knowledgeChunks } from "./knowledge-chunks";
export { knowledgePostings, knowledgeCorpusStats } from "./knowledge-postings";
export { knowledgeFeeds } from "./knowledge-feeds";
export { jobs } from "./jobs";
export { workspaceRoutingSettings, modelBudgets, modelUsageMonthly, modelCalls, modelCache } from "./model-routing";
export { modelCallPayloads } from "./model-call-payloads";
export { brandSettings } from "./brand-settings";
export { assets, assetVersions, assetStateEnum, generationBatches } from "./assets";
export { kpiImports, kpiUploadChunks, kpiStagedRows, kpiPerformance, kpiDailyRollup, kpiAdLinks } from "./kpi";
export { assetTransitions, assetComments, webhookEndpoints, webhookDeliveries, webhookDeliveryAttempts } from "./review";
