CREATE TYPE "public"."report_family" AS ENUM('SC', 'GA');--> statement-breakpoint
CREATE TYPE "public"."report_version_kind" AS ENUM('GENERATED', 'REGENERATED', 'EDITED');--> statement-breakpoint
CREATE TABLE "report_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"kind" "report_version_kind" NOT NULL,
	"summary" text NOT NULL,
	"document" jsonb NOT NULL,
	"sha256" text NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_version_key" UNIQUE("report_id","version"),
	CONSTRAINT "report_version_positive" CHECK ("report_version"."version" > 0)
);
--> statement-breakpoint
CREATE TABLE "report" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"family" "report_family" NOT NULL,
	"template_id" text NOT NULL,
	"title" text NOT NULL,
	"current_version" integer DEFAULT 0 NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_current_version_nonnegative" CHECK ("report"."current_version" >= 0)
);
--> statement-breakpoint
ALTER TABLE "report_version" ADD CONSTRAINT "report_version_report_id_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."report"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_version" ADD CONSTRAINT "report_version_created_by_id_app_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report" ADD CONSTRAINT "report_cycle_id_reporting_cycle_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."reporting_cycle"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report" ADD CONSTRAINT "report_created_by_id_app_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_cycle_idx" ON "report" USING btree ("cycle_id");--> statement-breakpoint
-- A report version is never changed or removed: an edit is a new version.
CREATE OR REPLACE FUNCTION report_version_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'report_version is immutable: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER report_version_immutable
  BEFORE UPDATE OR DELETE ON report_version
  FOR EACH ROW EXECUTE FUNCTION report_version_refuse_change();
--> statement-breakpoint
CREATE TRIGGER report_version_no_truncate
  BEFORE TRUNCATE ON report_version
  FOR EACH STATEMENT EXECUTE FUNCTION report_version_refuse_change();
