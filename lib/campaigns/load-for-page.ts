import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

/** Runs a campaign lookup for a page: another workspace's (or an unknown) id is a plain 404, no leak. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}
