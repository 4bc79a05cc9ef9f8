"use server";

import { z } from "zod";
import { defineAction, workspaceScopedInput } from "@/lib/authz/define-action";
import { feedUrlConnectorInput, connectorScheduleSchema, websiteConnectorInput } from "@/lib/knowledge/connectors/connector-input";
import { createConnector, requestConnectorSync, updateConnectorSchedule } from "@/lib/knowledge/connectors/manage-connectors";

const connectorId = z.string().min(1).max(64);

// Feed URLs often carry an access key in the query string: the audit log keeps origin and path only.
function withoutQuery(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

export const addWebsiteConnectorAction = defineAction({
  name: "knowledge.add_website",
  permission: "knowledge:write",
  mutates: true,
  input: workspaceScopedInput.extend(websiteConnectorInput),
  async handler({ input, ctx }) {
    const { include, exclude, pageLimit, classification, language, ...rest } = input;
    const created = await createConnector(ctx.db, { ...rest, workspaceId: input.workspaceId, actorId: ctx.actor.id, kind: "website", config: { include, exclude, pageLimit, classification, language } });
    ctx.audit.target("knowledge_connector", created.connectorId);
    ctx.audit.detail({ kind: "website", name: input.name, url: withoutQuery(input.url), schedule: input.schedule, pageLimit, include, exclude });
    return created;
  },
});

export const addFeedUrlConnectorAction = defineAction({
  name: "knowledge.add_feed_url",
  permission: "knowledge:write",
  mutates: true,
  input: workspaceScopedInput.extend(feedUrlConnectorInput),
  async handler({ input, ctx }) {
    const { classification, language, ...rest } = input;
    const created = await createConnector(ctx.db, { ...rest, workspaceId: input.workspaceId, actorId: ctx.actor.id, kind: "feed_url", config: { classification, language } });
    ctx.audit.target("knowledge_connector", created.connectorId);
    ctx.audit.detail({ kind: "feed_url", name: input.name, url: withoutQuery(input.url), schedule: input.schedule });
    return created;
  },
});

export const syncConnectorAction = defineAction({
  name: "knowledge.sync_connector",
  permission: "knowledge:write",
  mutates: true,
  input: workspaceScopedInput.extend({ connectorId }),
  async handler({ input, ctx }) {
    const jobId = await requestConnectorSync(ctx.db, input);
    ctx.audit.target("knowledge_connector", input.connectorId);
    ctx.audit.detail({ jobId });
    return { jobId };
  },
});

export const updateConnectorScheduleAction = defineAction({
  name: "knowledge.update_connector",
  permission: "knowledge:write",
  mutates: true,
  input: workspaceScopedInput.extend({ connectorId, isPaused: z.boolean().optional(), schedule: connectorScheduleSchema.optional() }),
  async handler({ input, ctx }) {
    const updated = await updateConnectorSchedule(ctx.db, input);
    ctx.audit.target("knowledge_connector", input.connectorId);
    ctx.audit.detail(updated);
    return updated;
  },
});
