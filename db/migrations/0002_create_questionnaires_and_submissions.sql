CREATE TYPE "public"."cycle_status" AS ENUM('DRAFT', 'OPEN', 'CLOSED');--> statement-breakpoint
CREATE TYPE "public"."organ" AS ENUM('SC', 'GA');--> statement-breakpoint
CREATE TYPE "public"."submission_channel" AS ENUM('ONLINE', 'NOTE_VERBALE', 'EMAIL');--> statement-breakpoint
CREATE TYPE "public"."submission_status" AS ENUM('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED');--> statement-breakpoint
CREATE TABLE "questionnaire_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"definition" jsonb NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "questionnaire_version_key_version_key" UNIQUE("key","version")
);
--> statement-breakpoint
CREATE TABLE "reporting_cycle" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"organ" "organ" NOT NULL,
	"mandate" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"questionnaire_version_id" uuid NOT NULL,
	"modules" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"opens_on" date NOT NULL,
	"deadline" date NOT NULL,
	"cut_off" date NOT NULL,
	"status" "cycle_status" DEFAULT 'DRAFT' NOT NULL,
	"report_symbol" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reporting_cycle_slug_unique" UNIQUE("slug"),
	CONSTRAINT "reporting_cycle_period_check" CHECK ("reporting_cycle"."period_from" <= "reporting_cycle"."period_to"),
	CONSTRAINT "reporting_cycle_dates_check" CHECK ("reporting_cycle"."opens_on" <= "reporting_cycle"."deadline")
);
--> statement-breakpoint
CREATE TABLE "answer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"submission_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"value" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"carried_forward" boolean DEFAULT false NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "answer_submission_question_key" UNIQUE("submission_id","question_id"),
	CONSTRAINT "answer_version_check" CHECK ("answer"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "submission_snapshot" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"submission_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"questionnaire_version_id" uuid NOT NULL,
	"answers" jsonb NOT NULL,
	"sha256" text NOT NULL,
	"submitted_by_id" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "submission_snapshot_version_key" UNIQUE("submission_id","version")
);
--> statement-breakpoint
CREATE TABLE "submission" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"member_state_id" text NOT NULL,
	"status" "submission_status" DEFAULT 'DRAFT' NOT NULL,
	"submitted_version" integer DEFAULT 0 NOT NULL,
	"channel" "submission_channel" DEFAULT 'ONLINE' NOT NULL,
	"received_at" timestamp with time zone,
	"last_edited_at" timestamp with time zone,
	"last_edited_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "submission_cycle_state_key" UNIQUE("cycle_id","member_state_id")
);
--> statement-breakpoint
ALTER TABLE "reporting_cycle" ADD CONSTRAINT "reporting_cycle_questionnaire_version_id_questionnaire_version_id_fk" FOREIGN KEY ("questionnaire_version_id") REFERENCES "public"."questionnaire_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer" ADD CONSTRAINT "answer_submission_id_submission_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submission"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer" ADD CONSTRAINT "answer_updated_by_id_app_user_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_snapshot" ADD CONSTRAINT "submission_snapshot_submission_id_submission_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submission"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_snapshot" ADD CONSTRAINT "submission_snapshot_questionnaire_version_id_questionnaire_version_id_fk" FOREIGN KEY ("questionnaire_version_id") REFERENCES "public"."questionnaire_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_snapshot" ADD CONSTRAINT "submission_snapshot_submitted_by_id_app_user_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission" ADD CONSTRAINT "submission_cycle_id_reporting_cycle_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."reporting_cycle"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission" ADD CONSTRAINT "submission_member_state_id_member_state_id_fk" FOREIGN KEY ("member_state_id") REFERENCES "public"."member_state"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission" ADD CONSTRAINT "submission_last_edited_by_id_app_user_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "submission_state_idx" ON "submission" USING btree ("member_state_id");