// Moved to components/ui/action-error.ts; this re-export stays until the admin components import it from there.
export { describeActionError } from "@/components/ui/action-error";
