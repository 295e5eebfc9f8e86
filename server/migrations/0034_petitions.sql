CREATE TABLE "petitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"intake_unit_id" uuid NOT NULL,
	"number" text NOT NULL,
	"tracking_code" text NOT NULL,
	"law" text NOT NULL,
	"channel" text NOT NULL,
	"category" text NOT NULL,
	"received_on" date NOT NULL,
	"petitioner_name" text NOT NULL,
	"petitioner_phone" text,
	"petitioner_address" text,
	"representatives" integer DEFAULT 0 NOT NULL,
	"people_count" integer DEFAULT 1 NOT NULL,
	"subject" text NOT NULL,
	"content" text NOT NULL,
	"submitted_online" boolean DEFAULT false NOT NULL,
	"key_case" boolean DEFAULT false NOT NULL,
	"legal_support" jsonb,
	"status" text NOT NULL,
	"routed_on" date,
	"route_mode" text,
	"objected_on" date,
	"objection_reason" text,
	"notice_on" date,
	"notice_on_time" boolean,
	"accepted_on" date,
	"not_accepted_reason" text,
	"diversion" text,
	"diversion_link" jsonb,
	"extended_on" date,
	"extension_reason" text,
	"answered_on" date,
	"outcome" text,
	"opinion_number" text,
	"opinion_summary" text,
	"answered_on_time" boolean,
	"review_requested_on" date,
	"review_decided_on" date,
	"review_result" text,
	"reexam_requested_on" date,
	"reexam_decided_on" date,
	"reexam_result" text,
	"closed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_intake_unit_id_org_units_id_fk" FOREIGN KEY ("intake_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "petitions_number_uq" ON "petitions" USING btree ("district_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "petitions_tracking_uq" ON "petitions" USING btree ("tracking_code");--> statement-breakpoint
CREATE INDEX "petitions_org_idx" ON "petitions" USING btree ("org_unit_id","status");--> statement-breakpoint
CREATE INDEX "petitions_intake_idx" ON "petitions" USING btree ("intake_unit_id");--> statement-breakpoint
CREATE INDEX "petitions_received_idx" ON "petitions" USING btree ("district_id","received_on");