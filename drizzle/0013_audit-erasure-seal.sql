ALTER TABLE "audit_log" ADD COLUMN "erasure_seal" text;--> statement-breakpoint
-- Same as 0012, with two changes:
-- * UPDATE: erasure_seal is not in the immutable tuple, so it changes together with the personal
--   columns it seals (lib/audit/erasure-seal.ts); the verifier, not the trigger, judges the seal.
-- * DELETE: the custom setting alone was a session-level switch any role with DELETE rights could
--   flip, and so cut the newest entries off a chain (which a chain cannot see by itself). Now the
--   chain must also belong to a workspace whose deletion is due, as in
--   lib/data-protection/deletion/delete-workspace-data.ts; the workspaces row is deleted after
--   the audit rows, in the same transaction, so it is still there when this runs.
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF (NEW.seq, NEW.id, NEW.chain_key, NEW.chain_seq, NEW.workspace_id, NEW.actor_user_id, NEW.action,
        NEW.target_type, NEW.target_id, NEW.outcome, NEW.detail, NEW.created_at, NEW.prev_hash, NEW.hash,
        NEW.personal_digest, NEW.key_id)
       IS NOT DISTINCT FROM
       (OLD.seq, OLD.id, OLD.chain_key, OLD.chain_seq, OLD.workspace_id, OLD.actor_user_id, OLD.action,
        OLD.target_type, OLD.target_id, OLD.outcome, OLD.detail, OLD.created_at, OLD.prev_hash, OLD.hash,
        OLD.personal_digest, OLD.key_id) THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_log is append-only: only its personal columns may be updated'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE'
     AND OLD.chain_key = current_setting('brandpilot.audit_chain_delete', true)
     AND EXISTS (
       SELECT 1 FROM workspaces w
       WHERE w.id = OLD.chain_key AND w.deletion_due_at IS NOT NULL AND w.deletion_due_at <= now()
     ) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
