CREATE TABLE "legal_education_acceptances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"plan_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"items" jsonb NOT NULL,
	"result" text NOT NULL,
	"accepted_on" date
);
--> statement-breakpoint
CREATE TABLE "legal_education_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"code" text NOT NULL,
	"held_on" date NOT NULL,
	"theme" text NOT NULL,
	"venue" text NOT NULL,
	"title" text NOT NULL,
	"audience" integer NOT NULL,
	"photos" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_education_attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"leader_id" uuid NOT NULL,
	"present" boolean NOT NULL,
	"score" integer
);
--> statement-breakpoint
CREATE TABLE "legal_education_duties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"code" text NOT NULL,
	"law" text NOT NULL,
	"duty" text NOT NULL,
	"audience" text NOT NULL,
	"source" text NOT NULL,
	"powers" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_education_leaders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"post" text NOT NULL,
	"principal" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_education_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"from_year" integer NOT NULL,
	"to_year" integer NOT NULL,
	"tasks" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_education_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"leader_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"duties" jsonb NOT NULL,
	"status" text NOT NULL,
	"body" text,
	"submitted_on" date,
	"reviewed_on" date,
	"review_note" text,
	"grade" text,
	"evaluated_on" date
);
--> statement-breakpoint
CREATE TABLE "legal_education_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"held_on" date NOT NULL,
	"topic" text NOT NULL,
	"speaker" text,
	"hours" real NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_education_trainings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"code" text NOT NULL,
	"held_on" date NOT NULL,
	"trained" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "legal_education_acceptances" ADD CONSTRAINT "legal_education_acceptances_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_education_acceptances" ADD CONSTRAINT "legal_education_acceptances_plan_id_legal_education_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."legal_education_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_education_activities" ADD CONSTRAINT "legal_education_activities_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_education_attendance" ADD CONSTRAINT "legal_education_attendance_session_id_legal_education_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."legal_education_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_education_attendance" ADD CONSTRAINT "legal_education_attendance_leader_id_legal_education_leaders_id_fk" FOREIGN KEY ("leader_id") REFERENCES "public"."legal_education_leaders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_education_duties" ADD CONSTRAINT "legal_education_duties_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_education_leaders" ADD CONSTRAINT "legal_education_leaders_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_education_plans" ADD CONSTRAINT "legal_education_plans_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_education_reports" ADD CONSTRAINT "legal_education_reports_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_education_reports" ADD CONSTRAINT "legal_education_reports_leader_id_legal_education_leaders_id_fk" FOREIGN KEY ("leader_id") REFERENCES "public"."legal_education_leaders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_education_sessions" ADD CONSTRAINT "legal_education_sessions_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_education_trainings" ADD CONSTRAINT "legal_education_trainings_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "legal_education_acceptances_uq" ON "legal_education_acceptances" USING btree ("plan_id","stage");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_education_activities_code_uq" ON "legal_education_activities" USING btree ("district_id","code");--> statement-breakpoint
CREATE INDEX "legal_education_activities_held_idx" ON "legal_education_activities" USING btree ("district_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_education_attendance_uq" ON "legal_education_attendance" USING btree ("session_id","leader_id");--> statement-breakpoint
CREATE INDEX "legal_education_attendance_leader_idx" ON "legal_education_attendance" USING btree ("leader_id");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_education_duties_code_uq" ON "legal_education_duties" USING btree ("district_id","code");--> statement-breakpoint
CREATE INDEX "legal_education_duties_org_idx" ON "legal_education_duties" USING btree ("org_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_education_leaders_code_uq" ON "legal_education_leaders" USING btree ("district_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_education_plans_code_uq" ON "legal_education_plans" USING btree ("district_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_education_reports_uq" ON "legal_education_reports" USING btree ("leader_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_education_sessions_code_uq" ON "legal_education_sessions" USING btree ("district_id","code");--> statement-breakpoint
CREATE INDEX "legal_education_sessions_held_idx" ON "legal_education_sessions" USING btree ("district_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_education_trainings_code_uq" ON "legal_education_trainings" USING btree ("district_id","code");