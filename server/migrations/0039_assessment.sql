CREATE TABLE "assessment_hand_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"version_code" text NOT NULL,
	"indicator_code" text NOT NULL,
	"year" integer NOT NULL,
	"score" double precision NOT NULL,
	"evidence" jsonb NOT NULL,
	"note" text NOT NULL,
	"scored_by" uuid,
	"scored_on" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"version_code" text NOT NULL,
	"code" text NOT NULL,
	"level" integer NOT NULL,
	"name" text NOT NULL,
	"confirmed" boolean DEFAULT false NOT NULL,
	"weight" double precision DEFAULT 0 NOT NULL,
	"method" text,
	"metric_key" text,
	"target" double precision,
	"direction" text,
	"per_item" double precision,
	"unit_scope" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessment_hand_scores" ADD CONSTRAINT "assessment_hand_scores_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_indicators" ADD CONSTRAINT "assessment_indicators_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_hand_scores_key" ON "assessment_hand_scores" USING btree ("district_id","version_code","indicator_code","year");--> statement-breakpoint
CREATE INDEX "assessment_hand_scores_year_idx" ON "assessment_hand_scores" USING btree ("district_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_indicators_key" ON "assessment_indicators" USING btree ("district_id","version_code","code");