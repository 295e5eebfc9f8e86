CREATE TABLE "disclosure_guides" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"text" text NOT NULL,
	"contact" text,
	"address" text,
	"office_hours" text,
	"updated_on" date NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "disclosure_proactive_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"category" text NOT NULL,
	"table2_kind" text,
	"title" text NOT NULL,
	"document_number" text,
	"formed_on" date NOT NULL,
	"published_on" date NOT NULL,
	"due_on" date NOT NULL,
	"is_late" boolean NOT NULL,
	"channels" text[] NOT NULL,
	"url" text,
	"summary" text,
	"is_on_portal" boolean NOT NULL,
	"status" text NOT NULL,
	"withdrawn_on" date,
	"withdrawal_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "disclosure_guides" ADD CONSTRAINT "disclosure_guides_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_guides" ADD CONSTRAINT "disclosure_guides_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_proactive_items" ADD CONSTRAINT "disclosure_proactive_items_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_proactive_items" ADD CONSTRAINT "disclosure_proactive_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "disclosure_guides_unit_uq" ON "disclosure_guides" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "disclosure_proactive_items_period_idx" ON "disclosure_proactive_items" USING btree ("district_id","published_on");--> statement-breakpoint
CREATE INDEX "disclosure_proactive_items_org_idx" ON "disclosure_proactive_items" USING btree ("org_unit_id","published_on");--> statement-breakpoint
CREATE INDEX "disclosure_proactive_items_portal_idx" ON "disclosure_proactive_items" USING btree ("district_id","category","published_on") WHERE "disclosure_proactive_items"."is_on_portal" AND "disclosure_proactive_items"."status" = 'published';