CREATE TABLE "legal_adviser_contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"adviser_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"contract_number" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"fee_yuan" numeric(14, 2),
	"scope" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "legal_adviser_contracts_term_ck" CHECK ("legal_adviser_contracts"."ends_on" >= "legal_adviser_contracts"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "legal_adviser_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"adviser_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"grade" text NOT NULL,
	"score" integer,
	"remarks" text,
	"evaluated_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_advisers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"firm" text,
	"licence_number" text NOT NULL,
	"phone" text,
	"fields" text[] NOT NULL,
	"units_served" uuid[] NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_matter_advisers" (
	"matter_id" uuid NOT NULL,
	"adviser_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "legal_matter_advisers_matter_id_adviser_id_pk" PRIMARY KEY("matter_id","adviser_id")
);
--> statement-breakpoint
CREATE TABLE "legal_matters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"matter_number" text NOT NULL,
	"kind" text NOT NULL,
	"category" text NOT NULL,
	"subject" text NOT NULL,
	"key_project" text,
	"counterparty" text,
	"party_role" text,
	"amount_at_stake" numeric(14, 2),
	"requested_on" date NOT NULL,
	"assigned_on" date,
	"concluded_on" date,
	"state" text NOT NULL,
	"outcome" text,
	"outcome_note" text,
	"loss_avoided_yuan" numeric(14, 2),
	"loss_reckoning" text,
	"closing_reason" text,
	"source_module" text,
	"source_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "legal_matters_loss_reckoned_ck" CHECK ("legal_matters"."loss_avoided_yuan" IS NULL OR "legal_matters"."loss_avoided_yuan" = 0 OR "legal_matters"."loss_reckoning" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "legal_opinions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"matter_id" uuid NOT NULL,
	"opinion_number" text NOT NULL,
	"issued_on" date NOT NULL,
	"signer_adviser_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "legal_adviser_contracts" ADD CONSTRAINT "legal_adviser_contracts_adviser_id_legal_advisers_id_fk" FOREIGN KEY ("adviser_id") REFERENCES "public"."legal_advisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_adviser_contracts" ADD CONSTRAINT "legal_adviser_contracts_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_adviser_evaluations" ADD CONSTRAINT "legal_adviser_evaluations_adviser_id_legal_advisers_id_fk" FOREIGN KEY ("adviser_id") REFERENCES "public"."legal_advisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_adviser_evaluations" ADD CONSTRAINT "legal_adviser_evaluations_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_advisers" ADD CONSTRAINT "legal_advisers_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_advisers" ADD CONSTRAINT "legal_advisers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_matter_advisers" ADD CONSTRAINT "legal_matter_advisers_matter_id_legal_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."legal_matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_matter_advisers" ADD CONSTRAINT "legal_matter_advisers_adviser_id_legal_advisers_id_fk" FOREIGN KEY ("adviser_id") REFERENCES "public"."legal_advisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_matters" ADD CONSTRAINT "legal_matters_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_matters" ADD CONSTRAINT "legal_matters_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_opinions" ADD CONSTRAINT "legal_opinions_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_opinions" ADD CONSTRAINT "legal_opinions_matter_id_legal_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."legal_matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_opinions" ADD CONSTRAINT "legal_opinions_signer_adviser_id_legal_advisers_id_fk" FOREIGN KEY ("signer_adviser_id") REFERENCES "public"."legal_advisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "legal_adviser_contracts_number_uq" ON "legal_adviser_contracts" USING btree ("district_id","contract_number");--> statement-breakpoint
CREATE INDEX "legal_adviser_contracts_adviser_idx" ON "legal_adviser_contracts" USING btree ("adviser_id");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_adviser_evaluations_uq" ON "legal_adviser_evaluations" USING btree ("adviser_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_advisers_licence_uq" ON "legal_advisers" USING btree ("district_id","licence_number");--> statement-breakpoint
CREATE INDEX "legal_advisers_org_idx" ON "legal_advisers" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "legal_matter_advisers_adviser_idx" ON "legal_matter_advisers" USING btree ("adviser_id");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_matters_number_uq" ON "legal_matters" USING btree ("district_id","matter_number");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_matters_source_uq" ON "legal_matters" USING btree ("district_id","source_module","source_id") WHERE "legal_matters"."source_module" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "legal_matters_year_idx" ON "legal_matters" USING btree ("district_id","kind","requested_on");--> statement-breakpoint
CREATE INDEX "legal_matters_org_idx" ON "legal_matters" USING btree ("org_unit_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_opinions_number_uq" ON "legal_opinions" USING btree ("district_id","opinion_number");--> statement-breakpoint
CREATE INDEX "legal_opinions_matter_idx" ON "legal_opinions" USING btree ("matter_id");--> statement-breakpoint
CREATE INDEX "legal_opinions_year_idx" ON "legal_opinions" USING btree ("district_id","issued_on");