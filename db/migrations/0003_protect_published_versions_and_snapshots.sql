-- A published questionnaire version never changes: a new version is a new row.
CREATE OR REPLACE FUNCTION questionnaire_version_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.published_at IS NOT NULL THEN
    RAISE EXCEPTION 'questionnaire_version % v% is published and immutable', OLD.key, OLD.version
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER questionnaire_version_immutable
  BEFORE UPDATE OR DELETE ON questionnaire_version
  FOR EACH ROW EXECUTE FUNCTION questionnaire_version_refuse_change();
--> statement-breakpoint
-- A submitted version (snapshot) is never changed or removed.
CREATE OR REPLACE FUNCTION submission_snapshot_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'submission_snapshot is immutable: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER submission_snapshot_immutable
  BEFORE UPDATE OR DELETE ON submission_snapshot
  FOR EACH ROW EXECUTE FUNCTION submission_snapshot_refuse_change();
--> statement-breakpoint
CREATE TRIGGER submission_snapshot_no_truncate
  BEFORE TRUNCATE ON submission_snapshot
  FOR EACH STATEMENT EXECUTE FUNCTION submission_snapshot_refuse_change();
