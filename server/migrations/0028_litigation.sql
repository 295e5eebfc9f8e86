CREATE TABLE "judicial_suggestions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lawsuit_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"received_on" date NOT NULL,
	"content" text NOT NULL,
	"replied_on" date,
	"reply" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lawsuit_hearings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lawsuit_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"instance" text NOT NULL,
	"head_appeared" boolean NOT NULL,
	"head_name" text,
	"head_position" text,
	"head_level" text,
	"proof_of_position" boolean DEFAULT false NOT NULL,
	"court_requested" boolean DEFAULT false NOT NULL,
	"staff_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lawsuits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"case_number" text NOT NULL,
	"court" text NOT NULL,
	"plaintiff_name" text NOT NULL,
	"plaintiff_kind" text NOT NULL,
	"cause" text NOT NULL,
	"act_challenged" text NOT NULL,
	"act_kind" text NOT NULL,
	"act_ref" text,
	"power_id" uuid,
	"after_reconsideration" boolean DEFAULT false NOT NULL,
	"reconsideration_number" text,
	"reconsideration_result" text,
	"simplified" boolean DEFAULT false NOT NULL,
	"filed_on" date NOT NULL,
	"served_on" date NOT NULL,
	"state" text NOT NULL,
	"answered_on" date,
	"answer_evidence" text,
	"answer_basis" text,
	"judgment_type" text,
	"judged_on" date,
	"judgment_served_on" date,
	"judgment_summary" text,
	"perform_by" date,
	"appealed_by" text,
	"appealed_on" date,
	"second_case_number" text,
	"second_court" text,
	"second_result" text,
	"second_judged_on" date,
	"effective_type" text,
	"effective_on" date,
	"closed_on" date,
	"performance" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "judicial_suggestions" ADD CONSTRAINT "judicial_suggestions_lawsuit_id_lawsuits_id_fk" FOREIGN KEY ("lawsuit_id") REFERENCES "public"."lawsuits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lawsuit_hearings" ADD CONSTRAINT "lawsuit_hearings_lawsuit_id_lawsuits_id_fk" FOREIGN KEY ("lawsuit_id") REFERENCES "public"."lawsuits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lawsuits" ADD CONSTRAINT "lawsuits_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lawsuits" ADD CONSTRAINT "lawsuits_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "judicial_suggestions_case_idx" ON "judicial_suggestions" USING btree ("lawsuit_id");--> statement-breakpoint
CREATE INDEX "lawsuit_hearings_case_idx" ON "lawsuit_hearings" USING btree ("lawsuit_id");--> statement-breakpoint
CREATE INDEX "lawsuit_hearings_held_idx" ON "lawsuit_hearings" USING btree ("district_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "lawsuits_case_number_uq" ON "lawsuits" USING btree ("district_id","case_number");--> statement-breakpoint
CREATE INDEX "lawsuits_unit_idx" ON "lawsuits" USING btree ("org_unit_id","state");--> statement-breakpoint
CREATE INDEX "lawsuits_filed_idx" ON "lawsuits" USING btree ("district_id","filed_on");