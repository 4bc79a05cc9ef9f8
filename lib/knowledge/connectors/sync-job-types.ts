/** One sync of one connector (sync-connector.ts). */
export const CONNECTOR_SYNC_JOB_TYPE = "knowledge-connector-sync";
/** Queues the syncs of connectors that are due (connector-sweep.ts). */
export const CONNECTOR_SWEEP_JOB_TYPE = "knowledge-connector-sweep";

export type ConnectorSyncPayload = { workspaceId: string; connectorId: string; trigger: "schedule" | "manual" };
