CREATE TABLE "normative_cleanup_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cleanup_id" uuid NOT NULL,
	"doc_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"result" text,
	"reason" text,
	"reviewer" text,
	"reviewed_on" date
);
--> statement-breakpoint
CREATE TABLE "normative_cleanups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"title" text NOT NULL,
	"reason" text NOT NULL,
	"started_on" date NOT NULL,
	"status" text NOT NULL,
	"published_on" date,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "normative_doc_citations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"doc_id" uuid NOT NULL,
	"law_id" uuid NOT NULL,
	"article" text
);
--> statement-breakpoint
CREATE TABLE "normative_doc_filings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"doc_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"recipient" text NOT NULL,
	"filed_on" date NOT NULL,
	"due_on" date NOT NULL,
	"report_number" text,
	"result" text NOT NULL,
	"result_on" date,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "normative_doc_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"doc_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"submitted_on" date NOT NULL,
	"due_on" date NOT NULL,
	"reviewed_on" date,
	"conclusion" text,
	"checklist" jsonb,
	"opinion" text,
	"opinion_number" text,
	"reviewer" text,
	"response" text,
	"explanation" text
);
--> statement-breakpoint
CREATE TABLE "normative_docs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"issuer_level" text NOT NULL,
	"title" text NOT NULL,
	"drafting_unit" text NOT NULL,
	"subject" text,
	"body" text,
	"drafted_on" date NOT NULL,
	"status" text NOT NULL,
	"evaluation_note" text,
	"comment_from" date,
	"comment_until" date,
	"comment_channel" text,
	"comment_summary" text,
	"no_comment_reason" text,
	"review_conclusion" text,
	"drafter_response" text,
	"meeting" text,
	"meeting_on" date,
	"registration_number" text,
	"document_number" text,
	"signer" text,
	"issued_on" date,
	"published_on" date,
	"carrier" text,
	"interpretation" text,
	"effective_on" date,
	"valid_until" date,
	"provisional" boolean DEFAULT false NOT NULL,
	"filing_due_on" date,
	"filed_on" date,
	"ended_on" date,
	"end_reason" text,
	"needs_revision" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "normative_laws" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"title" text NOT NULL,
	"issuer" text NOT NULL,
	"version_label" text,
	"promulgated_on" date,
	"status" text NOT NULL,
	"changed_on" date,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "normative_settings" (
	"district_id" uuid PRIMARY KEY NOT NULL,
	"settings" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "normative_cleanup_items" ADD CONSTRAINT "normative_cleanup_items_cleanup_id_normative_cleanups_id_fk" FOREIGN KEY ("cleanup_id") REFERENCES "public"."normative_cleanups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "normative_cleanup_items" ADD CONSTRAINT "normative_cleanup_items_doc_id_normative_docs_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."normative_docs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "normative_cleanups" ADD CONSTRAINT "normative_cleanups_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "normative_doc_citations" ADD CONSTRAINT "normative_doc_citations_doc_id_normative_docs_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."normative_docs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "normative_doc_citations" ADD CONSTRAINT "normative_doc_citations_law_id_normative_laws_id_fk" FOREIGN KEY ("law_id") REFERENCES "public"."normative_laws"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "normative_doc_filings" ADD CONSTRAINT "normative_doc_filings_doc_id_normative_docs_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."normative_docs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "normative_doc_reviews" ADD CONSTRAINT "normative_doc_reviews_doc_id_normative_docs_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."normative_docs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "normative_docs" ADD CONSTRAINT "normative_docs_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "normative_cleanup_items_uq" ON "normative_cleanup_items" USING btree ("cleanup_id","doc_id");--> statement-breakpoint
CREATE INDEX "normative_doc_citations_law_idx" ON "normative_doc_citations" USING btree ("law_id");--> statement-breakpoint
CREATE INDEX "normative_doc_citations_doc_idx" ON "normative_doc_citations" USING btree ("doc_id");--> statement-breakpoint
CREATE UNIQUE INDEX "normative_doc_filings_uq" ON "normative_doc_filings" USING btree ("doc_id","recipient");--> statement-breakpoint
CREATE UNIQUE INDEX "normative_doc_reviews_round_uq" ON "normative_doc_reviews" USING btree ("doc_id","round");--> statement-breakpoint
CREATE UNIQUE INDEX "normative_docs_number_uq" ON "normative_docs" USING btree ("district_id","document_number");--> statement-breakpoint
CREATE UNIQUE INDEX "normative_docs_registration_uq" ON "normative_docs" USING btree ("district_id","registration_number");--> statement-breakpoint
CREATE INDEX "normative_docs_org_idx" ON "normative_docs" USING btree ("org_unit_id","status");--> statement-breakpoint
CREATE INDEX "normative_docs_published_idx" ON "normative_docs" USING btree ("district_id","published_on");--> statement-breakpoint
CREATE UNIQUE INDEX "normative_laws_title_uq" ON "normative_laws" USING btree ("district_id","title");