CREATE TABLE "decision_catalogue_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"category" text NOT NULL,
	"planned_on" text NOT NULL,
	"status" text DEFAULT 'listed' NOT NULL,
	"adjust_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decision_catalogues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"state" text NOT NULL,
	"approved_on" date,
	"published_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decision_clauses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"number" text NOT NULL,
	"text" text NOT NULL,
	"original_text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decision_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"clause_id" uuid,
	"code" text NOT NULL,
	"author" text NOT NULL,
	"contact" text,
	"text" text NOT NULL,
	"submitted_on" date NOT NULL,
	"disposition" text,
	"reason" text,
	"changed_clause_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"disposed_on" date
);
--> statement-breakpoint
CREATE TABLE "decision_materials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"on" date NOT NULL,
	"data" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"number" text NOT NULL,
	"catalogue_item_id" uuid,
	"title" text NOT NULL,
	"category" text NOT NULL,
	"state" text NOT NULL,
	"source" text NOT NULL,
	"source_proposal_id" uuid,
	"source_text" text,
	"launched_on" date NOT NULL,
	"technical" boolean DEFAULT false NOT NULL,
	"risk_relevant" boolean DEFAULT false NOT NULL,
	"explanation" text,
	"options" text,
	"cost_benefit" text,
	"laws" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"comment_opens_on" date,
	"comment_closes_on" date,
	"shorter_reason" text,
	"review_round" integer DEFAULT 1 NOT NULL,
	"review_conclusion" text,
	"review_opinion_number" text,
	"reviewed_on" date,
	"review_passed_first" boolean,
	"meeting" jsonb,
	"decided_on" date,
	"party_reported_on" date,
	"published_on" date,
	"document_number" text,
	"interpretation" text,
	"status_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "decision_catalogue_items" ADD CONSTRAINT "decision_catalogue_items_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_catalogues" ADD CONSTRAINT "decision_catalogues_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_clauses" ADD CONSTRAINT "decision_clauses_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_comments" ADD CONSTRAINT "decision_comments_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_comments" ADD CONSTRAINT "decision_comments_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_comments" ADD CONSTRAINT "decision_comments_clause_id_decision_clauses_id_fk" FOREIGN KEY ("clause_id") REFERENCES "public"."decision_clauses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_materials" ADD CONSTRAINT "decision_materials_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_catalogue_item_id_decision_catalogue_items_id_fk" FOREIGN KEY ("catalogue_item_id") REFERENCES "public"."decision_catalogue_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "decision_catalogue_items_number_uq" ON "decision_catalogue_items" USING btree ("district_id","year","number");--> statement-breakpoint
CREATE UNIQUE INDEX "decision_catalogues_year_uq" ON "decision_catalogues" USING btree ("district_id","year");--> statement-breakpoint
CREATE INDEX "decision_clauses_decision_idx" ON "decision_clauses" USING btree ("decision_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "decision_comments_code_uq" ON "decision_comments" USING btree ("code");--> statement-breakpoint
CREATE INDEX "decision_comments_decision_idx" ON "decision_comments" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "decision_materials_decision_idx" ON "decision_materials" USING btree ("decision_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "decisions_number_uq" ON "decisions" USING btree ("district_id","number");--> statement-breakpoint
CREATE INDEX "decisions_org_idx" ON "decisions" USING btree ("org_unit_id","state");