"use server";

import { z } from "zod";
import { defineAction, workspaceScopedInput } from "@/lib/authz/define-action";
import { NOTIFICATION_KINDS } from "@/lib/db/schema/notifications";
import { markAllNotificationsRead, markNotificationsRead } from "@/lib/notifications/mark-read";
import { saveNotificationPreferences } from "@/lib/notifications/settings";

// Every role reads assets, so every member has My work; each action touches only the caller's own rows.
export const markNotificationsReadAction = defineAction({
  name: "notifications.mark_read",
  permission: "asset:read",
  mutates: true,
  input: workspaceScopedInput.extend({ ids: z.array(z.string().min(1).max(64)).min(1, "validation.myWork.chooseNotification").max(100, "validation.myWork.markAtMost100") }),
  async handler({ input, ctx }) {
    const marked = await markNotificationsRead(ctx.db, { workspaceId: input.workspaceId, userId: ctx.actor.id, ids: input.ids });
    ctx.audit.detail({ marked });
    return { marked };
  },
});

export const markAllNotificationsReadAction = defineAction({
  name: "notifications.mark_all_read",
  permission: "asset:read",
  mutates: true,
  input: workspaceScopedInput,
  async handler({ input, ctx }) {
    const marked = await markAllNotificationsRead(ctx.db, { workspaceId: input.workspaceId, userId: ctx.actor.id });
    ctx.audit.detail({ marked });
    return { marked };
  },
});

export const saveNotificationSettingsAction = defineAction({
  name: "notifications.save_settings",
  permission: "asset:read",
  mutates: true,
  input: workspaceScopedInput.extend({
    emailImmediately: z.boolean(),
    emailDailyDigest: z.boolean(),
    mutedKinds: z.array(z.enum(NOTIFICATION_KINDS)).max(NOTIFICATION_KINDS.length),
  }),
  async handler({ input, ctx }) {
    const saved = await saveNotificationPreferences(ctx.db, { ...input, userId: ctx.actor.id });
    ctx.audit.detail(saved);
    return saved;
  },
});
