CREATE TABLE "mediation_village_rosters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"law_understanders" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"rule_of_law_leaders" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"adviser_name" text,
	"grid_workers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"demo_village_level" text,
	"demo_village_year" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mediation_cases" ADD COLUMN "responsibility" text;--> statement-breakpoint
ALTER TABLE "mediation_cases" ADD COLUMN "performance_manner" text;--> statement-breakpoint
ALTER TABLE "mediation_cases" ADD COLUMN "performance_due_on" date;--> statement-breakpoint
ALTER TABLE "mediation_cases" ADD COLUMN "court_name" text;--> statement-breakpoint
ALTER TABLE "mediation_cases" ADD COLUMN "court_result_on" date;--> statement-breakpoint
ALTER TABLE "mediation_cases" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "mediation_village_rosters" ADD CONSTRAINT "mediation_village_rosters_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "mediation_village_rosters_unit_uq" ON "mediation_village_rosters" USING btree ("org_unit_id");