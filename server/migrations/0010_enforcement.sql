CREATE TABLE "enforcement_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"case_number" text NOT NULL,
	"kind" text NOT NULL,
	"power_item_id" uuid NOT NULL,
	"benchmark_id" uuid,
	"cause" text NOT NULL,
	"source" text,
	"inspection_id" uuid,
	"party_type" text NOT NULL,
	"party_name" text NOT NULL,
	"party_id_number" text,
	"party_phone" text,
	"party_address" text,
	"facts" text,
	"opened_on" date NOT NULL,
	"handler_officer_ids" uuid[] NOT NULL,
	"state" text NOT NULL,
	"is_major" boolean DEFAULT false NOT NULL,
	"major_reasons" text[] DEFAULT '{}'::text[] NOT NULL,
	"notified_on" date,
	"intended_penalty" text,
	"hearing_right" boolean DEFAULT false NOT NULL,
	"hearing_requested_on" date,
	"hearing_notice_on" date,
	"hearing_on" date,
	"hearing_held_on" date,
	"hearing_record" text,
	"collective_required" boolean DEFAULT false NOT NULL,
	"collective_discussed_on" date,
	"collective_conclusion" text,
	"decided_on" date,
	"decision_number" text,
	"outcome" text,
	"circumstance" text,
	"fine_amount" numeric(14, 2),
	"confiscation_amount" numeric(14, 2),
	"decision_text" text,
	"benchmark_deviation" boolean DEFAULT false NOT NULL,
	"deviation_reason" text,
	"served_on" date,
	"service_method" text,
	"executed_on" date,
	"execution_note" text,
	"closed_on" date,
	"publication_state" text,
	"publication_due_on" date,
	"published_on" date,
	"changed_on" date,
	"change_reason" text,
	"withdrawal_due_on" date,
	"withdrawn_on" date,
	"search_grams" text[] GENERATED ALWAYS AS (fazhi_search_grams(case_number, cause, party_name)) STORED NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enforcement_cases_kind_ck" CHECK (kind IN ('penalty', 'coercion', 'licensing')),
	CONSTRAINT "enforcement_cases_state_ck" CHECK (state IN ('investigating', 'notified', 'hearing', 'under_review', 'ready', 'decided', 'served', 'executed', 'closed')),
	CONSTRAINT "enforcement_cases_party_type_ck" CHECK (party_type IN ('natural_person', 'individual_business', 'legal_person', 'other_org')),
	CONSTRAINT "enforcement_cases_outcome_ck" CHECK (outcome IS NULL OR outcome IN ('warning', 'fine', 'confiscation', 'licence_sanction', 'business_restriction', 'detention', 'no_penalty', 'not_established', 'transferred', 'coercive_measure', 'coercive_execution', 'licence_granted', 'licence_refused')),
	CONSTRAINT "enforcement_cases_circumstance_ck" CHECK (circumstance IS NULL OR circumstance IN ('minor', 'general', 'serious')),
	CONSTRAINT "enforcement_cases_publication_ck" CHECK (publication_state IS NULL OR publication_state IN ('pending', 'published', 'withdrawn', 'not_required')),
	CONSTRAINT "enforcement_cases_decided_ck" CHECK (("enforcement_cases"."decided_on" IS NULL) = ("enforcement_cases"."outcome" IS NULL) AND ("enforcement_cases"."decided_on" IS NULL OR "enforcement_cases"."decided_on" >= "enforcement_cases"."opened_on")),
	CONSTRAINT "enforcement_cases_handlers_ck" CHECK (cardinality("enforcement_cases"."handler_officer_ids") >= 2)
);
--> statement-breakpoint
CREATE TABLE "enforcement_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"evidence_type" text NOT NULL,
	"description" text NOT NULL,
	"collected_on" date NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enforcement_files" (
	"sha256" text PRIMARY KEY NOT NULL,
	"size_bytes" bigint NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enforcement_filings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"decided_on" date NOT NULL,
	"due_on" date NOT NULL,
	"filed_on" date,
	"filed_by" uuid,
	"reviewed_on" date,
	"reviewer_user_id" uuid,
	"conclusion" text,
	"opinion" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enforcement_filings_conclusion_ck" CHECK (conclusion IS NULL OR conclusion IN ('approved', 'corrected', 'revoked'))
);
--> statement-breakpoint
CREATE TABLE "enforcement_legal_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"submitted_on" date NOT NULL,
	"submitted_by" uuid,
	"reviewer_user_id" uuid,
	"concluded_on" date,
	"conclusion" text,
	"opinion" text,
	"deviation_flagged" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enforcement_legal_reviews_conclusion_ck" CHECK (conclusion IS NULL OR conclusion IN ('lawful', 'amend', 'unlawful')),
	CONSTRAINT "enforcement_legal_reviews_concluded_ck" CHECK (("enforcement_legal_reviews"."concluded_on" IS NULL) = ("enforcement_legal_reviews"."conclusion" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "enforcement_inspection_plan_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"power_item_id" uuid NOT NULL,
	"frequency" text NOT NULL,
	"targets" text NOT NULL,
	"planned_count" integer NOT NULL,
	CONSTRAINT "enforcement_inspection_plan_items_frequency_ck" CHECK (frequency IN ('yearly', 'half_yearly', 'quarterly', 'monthly')),
	CONSTRAINT "enforcement_inspection_plan_items_count_ck" CHECK ("enforcement_inspection_plan_items"."planned_count" >= 1)
);
--> statement-breakpoint
CREATE TABLE "enforcement_inspection_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"filed_on" date,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enforcement_inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"plan_item_id" uuid,
	"power_item_id" uuid NOT NULL,
	"inspected_on" date NOT NULL,
	"target_name" text NOT NULL,
	"officer_ids" uuid[] NOT NULL,
	"result" text NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enforcement_inspections_result_ck" CHECK (result IN ('compliant', 'rectification', 'case_opened'))
);
--> statement-breakpoint
CREATE TABLE "enforcement_benchmarks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid,
	"power_item_id" uuid,
	"code" text NOT NULL,
	"violation" text NOT NULL,
	"violation_basis" text,
	"penalty_basis" text NOT NULL,
	"ranges" jsonb NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enforcement_benchmarks_ranges_ck" CHECK (jsonb_typeof("enforcement_benchmarks"."ranges") = 'array')
);
--> statement-breakpoint
CREATE TABLE "enforcement_bodies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"authority_kind" text NOT NULL,
	"legal_basis" text NOT NULL,
	"scope" text NOT NULL,
	"confirmed_on" date NOT NULL,
	"confirmation_document" text,
	"revoked_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enforcement_bodies_kind_ck" CHECK (authority_kind IN ('statutory', 'authorised', 'entrusted'))
);
--> statement-breakpoint
CREATE TABLE "enforcement_fee_collections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fee_item_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"amount_yuan" numeric(16, 2) NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enforcement_fee_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"legal_basis" text NOT NULL,
	"standard" text NOT NULL,
	"published_on" date NOT NULL,
	"repealed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enforcement_major_catalogue" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"power_item_id" uuid,
	"description" text NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enforcement_officers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"name" text NOT NULL,
	"id_number" text,
	"phone" text,
	"certificate_number" text NOT NULL,
	"certificate_issuer" text NOT NULL,
	"certificate_issued_on" date,
	"certificate_valid_until" date NOT NULL,
	"has_legal_qualification" boolean DEFAULT false NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enforcement_settings" (
	"district_id" uuid PRIMARY KEY NOT NULL,
	"major_amount_person" numeric(14, 2) DEFAULT '10000' NOT NULL,
	"major_amount_organisation" numeric(14, 2) DEFAULT '100000' NOT NULL,
	"hearing_amount_person" numeric(14, 2) DEFAULT '5000' NOT NULL,
	"hearing_amount_organisation" numeric(14, 2) DEFAULT '50000' NOT NULL,
	"filing_days" integer DEFAULT 15 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "enforcement_cases" ADD CONSTRAINT "enforcement_cases_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_cases" ADD CONSTRAINT "enforcement_cases_power_item_id_power_items_id_fk" FOREIGN KEY ("power_item_id") REFERENCES "public"."power_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_cases" ADD CONSTRAINT "enforcement_cases_benchmark_id_enforcement_benchmarks_id_fk" FOREIGN KEY ("benchmark_id") REFERENCES "public"."enforcement_benchmarks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_cases" ADD CONSTRAINT "enforcement_cases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_evidence" ADD CONSTRAINT "enforcement_evidence_case_id_enforcement_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."enforcement_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_evidence" ADD CONSTRAINT "enforcement_evidence_sha256_enforcement_files_sha256_fk" FOREIGN KEY ("sha256") REFERENCES "public"."enforcement_files"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_evidence" ADD CONSTRAINT "enforcement_evidence_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_filings" ADD CONSTRAINT "enforcement_filings_case_id_enforcement_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."enforcement_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_filings" ADD CONSTRAINT "enforcement_filings_filed_by_users_id_fk" FOREIGN KEY ("filed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_filings" ADD CONSTRAINT "enforcement_filings_reviewer_user_id_users_id_fk" FOREIGN KEY ("reviewer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_legal_reviews" ADD CONSTRAINT "enforcement_legal_reviews_case_id_enforcement_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."enforcement_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_legal_reviews" ADD CONSTRAINT "enforcement_legal_reviews_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_legal_reviews" ADD CONSTRAINT "enforcement_legal_reviews_reviewer_user_id_users_id_fk" FOREIGN KEY ("reviewer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_inspection_plan_items" ADD CONSTRAINT "enforcement_inspection_plan_items_plan_id_enforcement_inspection_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."enforcement_inspection_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_inspection_plan_items" ADD CONSTRAINT "enforcement_inspection_plan_items_power_item_id_power_items_id_fk" FOREIGN KEY ("power_item_id") REFERENCES "public"."power_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_inspection_plans" ADD CONSTRAINT "enforcement_inspection_plans_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_inspection_plans" ADD CONSTRAINT "enforcement_inspection_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_inspections" ADD CONSTRAINT "enforcement_inspections_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_inspections" ADD CONSTRAINT "enforcement_inspections_plan_item_id_enforcement_inspection_plan_items_id_fk" FOREIGN KEY ("plan_item_id") REFERENCES "public"."enforcement_inspection_plan_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_inspections" ADD CONSTRAINT "enforcement_inspections_power_item_id_power_items_id_fk" FOREIGN KEY ("power_item_id") REFERENCES "public"."power_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_inspections" ADD CONSTRAINT "enforcement_inspections_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_benchmarks" ADD CONSTRAINT "enforcement_benchmarks_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_benchmarks" ADD CONSTRAINT "enforcement_benchmarks_power_item_id_power_items_id_fk" FOREIGN KEY ("power_item_id") REFERENCES "public"."power_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_benchmarks" ADD CONSTRAINT "enforcement_benchmarks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_bodies" ADD CONSTRAINT "enforcement_bodies_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_bodies" ADD CONSTRAINT "enforcement_bodies_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_fee_collections" ADD CONSTRAINT "enforcement_fee_collections_fee_item_id_enforcement_fee_items_id_fk" FOREIGN KEY ("fee_item_id") REFERENCES "public"."enforcement_fee_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_fee_collections" ADD CONSTRAINT "enforcement_fee_collections_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_fee_items" ADD CONSTRAINT "enforcement_fee_items_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_fee_items" ADD CONSTRAINT "enforcement_fee_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_major_catalogue" ADD CONSTRAINT "enforcement_major_catalogue_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_major_catalogue" ADD CONSTRAINT "enforcement_major_catalogue_power_item_id_power_items_id_fk" FOREIGN KEY ("power_item_id") REFERENCES "public"."power_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_major_catalogue" ADD CONSTRAINT "enforcement_major_catalogue_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_officers" ADD CONSTRAINT "enforcement_officers_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_officers" ADD CONSTRAINT "enforcement_officers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_settings" ADD CONSTRAINT "enforcement_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "enforcement_cases_number_uq" ON "enforcement_cases" USING btree ("district_id","case_number");--> statement-breakpoint
CREATE INDEX "enforcement_cases_org_opened_idx" ON "enforcement_cases" USING btree ("org_unit_id","opened_on");--> statement-breakpoint
CREATE INDEX "enforcement_cases_opened_idx" ON "enforcement_cases" USING btree ("district_id","opened_on");--> statement-breakpoint
CREATE INDEX "enforcement_cases_decided_idx" ON "enforcement_cases" USING btree ("district_id","decided_on");--> statement-breakpoint
CREATE INDEX "enforcement_cases_published_idx" ON "enforcement_cases" USING btree ("district_id","published_on") WHERE "enforcement_cases"."publication_state" = 'published';--> statement-breakpoint
CREATE INDEX "enforcement_cases_search_idx" ON "enforcement_cases" USING gin ("search_grams");--> statement-breakpoint
CREATE INDEX "enforcement_evidence_case_idx" ON "enforcement_evidence" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enforcement_filings_case_uq" ON "enforcement_filings" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "enforcement_filings_due_idx" ON "enforcement_filings" USING btree ("district_id","due_on");--> statement-breakpoint
CREATE INDEX "enforcement_legal_reviews_case_idx" ON "enforcement_legal_reviews" USING btree ("case_id","submitted_on");--> statement-breakpoint
CREATE INDEX "enforcement_inspection_plan_items_plan_idx" ON "enforcement_inspection_plan_items" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enforcement_inspection_plans_uq" ON "enforcement_inspection_plans" USING btree ("org_unit_id","year");--> statement-breakpoint
CREATE INDEX "enforcement_inspections_org_idx" ON "enforcement_inspections" USING btree ("org_unit_id","inspected_on");--> statement-breakpoint
CREATE INDEX "enforcement_inspections_plan_item_idx" ON "enforcement_inspections" USING btree ("plan_item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enforcement_benchmarks_code_uq" ON "enforcement_benchmarks" USING btree ("district_id","code");--> statement-breakpoint
CREATE INDEX "enforcement_benchmarks_power_idx" ON "enforcement_benchmarks" USING btree ("power_item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enforcement_bodies_org_uq" ON "enforcement_bodies" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "enforcement_bodies_district_idx" ON "enforcement_bodies" USING btree ("district_id","confirmed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "enforcement_fee_collections_uq" ON "enforcement_fee_collections" USING btree ("fee_item_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "enforcement_fee_items_code_uq" ON "enforcement_fee_items" USING btree ("district_id","code");--> statement-breakpoint
CREATE INDEX "enforcement_fee_items_org_idx" ON "enforcement_fee_items" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "enforcement_major_catalogue_org_idx" ON "enforcement_major_catalogue" USING btree ("org_unit_id","power_item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enforcement_officers_certificate_uq" ON "enforcement_officers" USING btree ("district_id","certificate_number");--> statement-breakpoint
CREATE INDEX "enforcement_officers_org_idx" ON "enforcement_officers" USING btree ("org_unit_id","is_active");--> statement-breakpoint
CREATE INDEX "enforcement_officers_valid_idx" ON "enforcement_officers" USING btree ("district_id","certificate_valid_until");