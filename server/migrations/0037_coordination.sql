CREATE TABLE "coordination_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"target_module" text NOT NULL,
	"target_id" text,
	"label" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coordination_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"agenda" text NOT NULL,
	"attendees" jsonb NOT NULL,
	"absent" jsonb NOT NULL,
	"minutes" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coordination_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"name" text NOT NULL,
	"post" text NOT NULL,
	"position" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coordination_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"document_number" text,
	"issued_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coordination_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reported_on" date NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coordination_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"code" text NOT NULL,
	"year" integer NOT NULL,
	"plan_id" uuid,
	"meeting_id" uuid,
	"title" text NOT NULL,
	"body" text,
	"area" text,
	"indicator_codes" text[] DEFAULT '{}' NOT NULL,
	"co_unit_ids" uuid[] DEFAULT '{}' NOT NULL,
	"milestones" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"assigned_on" date NOT NULL,
	"due_on" date NOT NULL,
	"state" text NOT NULL,
	"last_activity_on" date NOT NULL,
	"return_reason" text,
	"done_on" date,
	"escalation" text DEFAULT 'none' NOT NULL,
	"reminded_on" date,
	"noticed_on" date,
	"notice_number" text,
	"interviewed_on" date,
	"interviewee" text,
	"interview_record" text,
	"referred_on" date,
	"referred_meeting_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "coordination_links" ADD CONSTRAINT "coordination_links_report_id_coordination_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."coordination_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordination_links" ADD CONSTRAINT "coordination_links_task_id_coordination_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."coordination_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordination_meetings" ADD CONSTRAINT "coordination_meetings_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordination_members" ADD CONSTRAINT "coordination_members_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordination_plans" ADD CONSTRAINT "coordination_plans_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordination_reports" ADD CONSTRAINT "coordination_reports_task_id_coordination_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."coordination_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordination_reports" ADD CONSTRAINT "coordination_reports_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordination_tasks" ADD CONSTRAINT "coordination_tasks_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordination_tasks" ADD CONSTRAINT "coordination_tasks_plan_id_coordination_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."coordination_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordination_tasks" ADD CONSTRAINT "coordination_tasks_meeting_id_coordination_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."coordination_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordination_tasks" ADD CONSTRAINT "coordination_tasks_referred_meeting_id_coordination_meetings_id_fk" FOREIGN KEY ("referred_meeting_id") REFERENCES "public"."coordination_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coordination_links_task_idx" ON "coordination_links" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "coordination_links_target_idx" ON "coordination_links" USING btree ("target_module","target_id");--> statement-breakpoint
CREATE UNIQUE INDEX "coordination_meetings_number_uq" ON "coordination_meetings" USING btree ("district_id","number");--> statement-breakpoint
CREATE INDEX "coordination_meetings_held_idx" ON "coordination_meetings" USING btree ("district_id","held_on");--> statement-breakpoint
CREATE INDEX "coordination_members_district_idx" ON "coordination_members" USING btree ("district_id","sort_order");--> statement-breakpoint
CREATE UNIQUE INDEX "coordination_plans_year_uq" ON "coordination_plans" USING btree ("district_id","year");--> statement-breakpoint
CREATE INDEX "coordination_reports_task_idx" ON "coordination_reports" USING btree ("task_id","reported_on");--> statement-breakpoint
CREATE UNIQUE INDEX "coordination_tasks_code_uq" ON "coordination_tasks" USING btree ("district_id","code");--> statement-breakpoint
CREATE INDEX "coordination_tasks_unit_idx" ON "coordination_tasks" USING btree ("org_unit_id","state");--> statement-breakpoint
CREATE INDEX "coordination_tasks_due_idx" ON "coordination_tasks" USING btree ("district_id","state","due_on");--> statement-breakpoint
CREATE INDEX "coordination_tasks_plan_idx" ON "coordination_tasks" USING btree ("plan_id");