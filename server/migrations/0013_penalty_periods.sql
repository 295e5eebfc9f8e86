CREATE TABLE "enforcement_handling_pauses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"ground" text NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enforcement_handling_pauses_ground_ck" CHECK (ground IN ('publication', 'testing', 'suspension')),
	CONSTRAINT "enforcement_handling_pauses_dates_ck" CHECK ("enforcement_handling_pauses"."ended_on" IS NULL OR "enforcement_handling_pauses"."ended_on" >= "enforcement_handling_pauses"."started_on")
);
--> statement-breakpoint
ALTER TABLE "enforcement_cases" ADD COLUMN "discovered_on" date;--> statement-breakpoint
ALTER TABLE "enforcement_cases" ADD COLUMN "opening_extended" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "enforcement_cases" ADD COLUMN "violation_on" date;--> statement-breakpoint
ALTER TABLE "enforcement_cases" ADD COLUMN "concerns_life_health_or_finance" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "enforcement_handling_pauses" ADD CONSTRAINT "enforcement_handling_pauses_case_id_enforcement_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."enforcement_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_handling_pauses" ADD CONSTRAINT "enforcement_handling_pauses_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "enforcement_handling_pauses_case_idx" ON "enforcement_handling_pauses" USING btree ("case_id","started_on");