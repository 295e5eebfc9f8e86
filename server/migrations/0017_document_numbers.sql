CREATE TABLE "document_number_counters" (
	"org_unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"last_sequence" integer NOT NULL,
	CONSTRAINT "document_number_counters_org_unit_id_kind_year_pk" PRIMARY KEY("org_unit_id","kind","year")
);
--> statement-breakpoint
ALTER TABLE "org_units" ADD COLUMN "document_prefix" text;--> statement-breakpoint
ALTER TABLE "disclosure_requests" ADD COLUMN "reply_document_number" text;--> statement-breakpoint
ALTER TABLE "document_number_counters" ADD CONSTRAINT "document_number_counters_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;