CREATE TABLE "proposal_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"on" date NOT NULL,
	"document_number" text NOT NULL,
	"signer" text NOT NULL,
	"result_class" text NOT NULL,
	"text" text NOT NULL,
	"disclosed" boolean NOT NULL,
	"withhold_reason" text,
	"evaluation" text,
	"evaluated_on" date,
	"evaluation_note" text
);
--> statement-breakpoint
CREATE TABLE "proposal_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"role" text NOT NULL,
	"assigned_on" date NOT NULL,
	"status" text NOT NULL,
	"returned_on" date,
	"return_reason" text,
	"views_due_on" date,
	"views_on" date,
	"views" text
);
--> statement-breakpoint
CREATE TABLE "proposal_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"on" date NOT NULL,
	"kind" text NOT NULL,
	"who" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "proposal_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"on" date NOT NULL,
	"note" text NOT NULL,
	"done" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proposal_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"session" text NOT NULL,
	"meeting" text NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"lead_author" text NOT NULL,
	"co_signers" text,
	"category" text,
	"body" text,
	"received_on" date NOT NULL,
	"status" text NOT NULL,
	"round" integer DEFAULT 1 NOT NULL,
	"assigned_on" date,
	"difficult" boolean DEFAULT false NOT NULL,
	"difficult_reason" text,
	"answer_due_on" date,
	"return_due_on" date,
	"first_answered_on" date,
	"result_class" text,
	"evaluation" text,
	"follow_up_done" boolean DEFAULT false NOT NULL,
	"access_token" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proposal_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"target_module" text NOT NULL,
	"target_id" text,
	"text" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proposal_settings" (
	"district_id" uuid PRIMARY KEY NOT NULL,
	"settings" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "proposal_answers" ADD CONSTRAINT "proposal_answers_item_id_proposal_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."proposal_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_answers" ADD CONSTRAINT "proposal_answers_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_assignments" ADD CONSTRAINT "proposal_assignments_item_id_proposal_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."proposal_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_assignments" ADD CONSTRAINT "proposal_assignments_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_contacts" ADD CONSTRAINT "proposal_contacts_item_id_proposal_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."proposal_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_contacts" ADD CONSTRAINT "proposal_contacts_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_follow_ups" ADD CONSTRAINT "proposal_follow_ups_item_id_proposal_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."proposal_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_items" ADD CONSTRAINT "proposal_items_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_links" ADD CONSTRAINT "proposal_links_item_id_proposal_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."proposal_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "proposal_answers_round_uq" ON "proposal_answers" USING btree ("item_id","round");--> statement-breakpoint
CREATE INDEX "proposal_assignments_item_idx" ON "proposal_assignments" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "proposal_assignments_org_idx" ON "proposal_assignments" USING btree ("org_unit_id","status");--> statement-breakpoint
CREATE INDEX "proposal_contacts_item_idx" ON "proposal_contacts" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "proposal_follow_ups_item_idx" ON "proposal_follow_ups" USING btree ("item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "proposal_items_number_uq" ON "proposal_items" USING btree ("district_id","kind","session","number");--> statement-breakpoint
CREATE UNIQUE INDEX "proposal_items_token_uq" ON "proposal_items" USING btree ("access_token");--> statement-breakpoint
CREATE INDEX "proposal_items_org_idx" ON "proposal_items" USING btree ("org_unit_id","status");--> statement-breakpoint
CREATE INDEX "proposal_items_assigned_idx" ON "proposal_items" USING btree ("district_id","assigned_on");--> statement-breakpoint
CREATE INDEX "proposal_links_item_idx" ON "proposal_links" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "proposal_links_target_idx" ON "proposal_links" USING btree ("target_module","target_id");