CREATE TABLE "mediation_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"committee_id" uuid,
	"number" text NOT NULL,
	"source" text NOT NULL,
	"category" text NOT NULL,
	"summary" text NOT NULL,
	"parties" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"mediators" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"registered_on" date NOT NULL,
	"state" text NOT NULL,
	"result" text,
	"concluded_on" date,
	"agreement_form" text,
	"agreement_terms" text,
	"agreement_effective_on" date,
	"confirmation_applied_on" date,
	"confirmed_on" date,
	"performed_on" date,
	"revisited_on" date,
	"closed_on" date,
	"amount_yuan" bigint DEFAULT 0 NOT NULL,
	"people_involved" integer DEFAULT 2 NOT NULL,
	"at_risk" boolean DEFAULT false NOT NULL,
	"prevented_escalation" text,
	"court_transfer" text,
	"court_transfer_on" date,
	"court_result" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mediation_cases_amount_ck" CHECK ("mediation_cases"."amount_yuan" >= 0)
);
--> statement-breakpoint
CREATE TABLE "mediation_committees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"number" text NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"members" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"term_start_on" date NOT NULL,
	"term_end_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mediation_log_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"number" text NOT NULL,
	"occurred_on" date NOT NULL,
	"kind" text NOT NULL,
	"raised_by" text NOT NULL,
	"summary" text NOT NULL,
	"handling" text NOT NULL,
	"result" text,
	"closed_on" date,
	"revisit_on" date,
	"case_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mediation_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"established_on" date NOT NULL,
	"has_sign" boolean DEFAULT false NOT NULL,
	"has_notice_board" boolean DEFAULT false NOT NULL,
	"has_contact_cards" boolean DEFAULT false NOT NULL,
	"has_log_book" boolean DEFAULT false NOT NULL,
	"has_wechat_group" boolean DEFAULT false NOT NULL,
	"lawyer_name" text,
	"head" jsonb,
	"speakers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"informants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mediation_cases" ADD CONSTRAINT "mediation_cases_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_cases" ADD CONSTRAINT "mediation_cases_committee_id_mediation_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."mediation_committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_committees" ADD CONSTRAINT "mediation_committees_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_log_entries" ADD CONSTRAINT "mediation_log_entries_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_log_entries" ADD CONSTRAINT "mediation_log_entries_case_id_mediation_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."mediation_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_points" ADD CONSTRAINT "mediation_points_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "mediation_cases_number_uq" ON "mediation_cases" USING btree ("district_id","number");--> statement-breakpoint
CREATE INDEX "mediation_cases_registered_idx" ON "mediation_cases" USING btree ("district_id","registered_on");--> statement-breakpoint
CREATE UNIQUE INDEX "mediation_committees_number_uq" ON "mediation_committees" USING btree ("district_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "mediation_log_number_uq" ON "mediation_log_entries" USING btree ("district_id","number");--> statement-breakpoint
CREATE INDEX "mediation_log_day_idx" ON "mediation_log_entries" USING btree ("district_id","occurred_on");--> statement-breakpoint
CREATE UNIQUE INDEX "mediation_points_unit_uq" ON "mediation_points" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "mediation_points_district_idx" ON "mediation_points" USING btree ("district_id","established_on");