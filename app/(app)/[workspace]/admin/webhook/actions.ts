"use server";

import { z } from "zod";
import { defineAction, workspaceScopedInput } from "@/lib/authz/define-action";
import { saveWebhook } from "@/lib/webhooks/webhook-settings";
import { redeliver } from "@/lib/webhooks/enqueue-delivery";
import { webhookEventTypeSchema } from "@/lib/webhooks/events";
import { setAllowPrivateNetworks } from "@/lib/workspaces/network-settings";

export const saveWebhookAction = defineAction({
  name: "webhook.save",
  permission: "settings:manage",
  mutates: true,
  input: workspaceScopedInput.extend({
    url: z.string().trim().min(1, "validation.admin.enterURL").max(2_000),
    isEnabled: z.boolean(),
    rotateSecret: z.boolean(),
    events: z.array(webhookEventTypeSchema, { error: "validation.admin.chooseEventsFromList" }).min(1, "validation.admin.chooseAtLeastOne").max(20),
  }),
  async handler({ input, ctx }) {
    ctx.audit.target("workspace", input.workspaceId);
    ctx.audit.detail({ url: input.url, isEnabled: input.isEnabled, events: input.events, rotatedSecret: input.rotateSecret });
    // The new secret goes back to the admin once; it is never logged or audited.
    return saveWebhook(ctx.db, { ...input, userId: ctx.actor.id });
  },
});

export const redeliverAction = defineAction({
  name: "webhook.redeliver",
  permission: "settings:manage",
  mutates: true,
  input: workspaceScopedInput.extend({ deliveryId: z.string().min(1).max(64) }),
  async handler({ input, ctx }) {
    ctx.audit.target("webhook_delivery", input.deliveryId);
    await redeliver(ctx.db, input);
    return { queued: true };
  },
});

/** Lets webhooks and knowledge connectors reach private networks (an intranet site, a CMS on the LAN). */
export const setPrivateNetworksAction = defineAction({
  name: "network.allow_private",
  permission: "settings:manage",
  mutates: true,
  input: workspaceScopedInput.extend({ allow: z.boolean() }),
  async handler({ input, ctx }) {
    const { previous } = await setAllowPrivateNetworks(ctx.db, { workspaceId: input.workspaceId, allow: input.allow });
    ctx.audit.target("workspace", input.workspaceId);
    ctx.audit.detail({ allowPrivateNetworks: input.allow, previous });
    return { allow: input.allow };
  },
});
