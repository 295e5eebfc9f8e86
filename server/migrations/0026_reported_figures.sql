CREATE TABLE "reported_figures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"figure_key" text NOT NULL,
	"value" numeric(18, 4) NOT NULL,
	"source" text NOT NULL,
	"note" text,
	"imported_by" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reported_figures_year_ck" CHECK ("reported_figures"."year" BETWEEN 2000 AND 2100),
	CONSTRAINT "reported_figures_source_ck" CHECK (length(trim("reported_figures"."source")) > 0)
);
--> statement-breakpoint
ALTER TABLE "reported_figures" ADD CONSTRAINT "reported_figures_district_id_org_units_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reported_figures" ADD CONSTRAINT "reported_figures_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reported_figures" ADD CONSTRAINT "reported_figures_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "reported_figures_unit_year_key_uq" ON "reported_figures" USING btree ("org_unit_id","year","figure_key");