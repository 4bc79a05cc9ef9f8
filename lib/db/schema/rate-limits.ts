import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Counters for rate-limiter-flexible's RateLimiterDrizzle store. In Postgres so every app
 * instance behind the load balancer shares them.
 */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  points: integer("points").notNull().default(0),
  expire: timestamp("expire", { withTimezone: true }),
});
