"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Re-renders the server page every few seconds while an ingestion is running (progress bars). */
export function AutoRefresh({ isActive, intervalMs = 1500 }: { isActive: boolean; intervalMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!isActive) return;
    const timer = setInterval(() => router.refresh(), intervalMs);
    return () => clearInterval(timer);
  }, [isActive, intervalMs, router]);
  return null;
}
