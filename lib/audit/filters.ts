import { z } from "zod";

/** Audit-log filters as they arrive from a query string (the viewer page and the CSV export). */
export const auditFiltersSchema = z.object({
  action: z.string().trim().max(100).optional().transform((v) => v || undefined),
  actor: z.string().trim().max(254).optional().transform((v) => v || undefined),
  outcome: z
    .enum(["", "success", "denied", "invalid_input", "failed"])
    .optional()
    .transform((v) => v || undefined),
  from: z.iso.date().optional().or(z.literal("")).transform((v) => (v ? new Date(`${v}T00:00:00.000Z`) : undefined)),
  to: z.iso.date().optional().or(z.literal("")).transform((v) => (v ? new Date(`${v}T23:59:59.999Z`) : undefined)),
  before: z.coerce.number().int().positive().optional(),
});

export type AuditFilterInput = z.input<typeof auditFiltersSchema>;
