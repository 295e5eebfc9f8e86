CREATE TABLE "correction_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"source_kind" text NOT NULL,
	"source_id" text,
	"source_number" text NOT NULL,
	"outcome_code" text NOT NULL,
	"corrective_outcome" text,
	"decided_on" date NOT NULL,
	"power_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "corrective_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"review_id" uuid NOT NULL,
	"number" text NOT NULL,
	"state" text NOT NULL,
	"target_kind" text NOT NULL,
	"target_id" text,
	"target_label" text NOT NULL,
	"power_id" uuid,
	"defect" text NOT NULL,
	"due_on" date NOT NULL,
	"due_basis" text NOT NULL,
	"rectification" text,
	"rectified_on" date,
	"return_reason" text,
	"closed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"imported" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "corrective_tasks_review_id_unique" UNIQUE("review_id")
);
--> statement-breakpoint
ALTER TABLE "correction_reviews" ADD CONSTRAINT "correction_reviews_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corrective_tasks" ADD CONSTRAINT "corrective_tasks_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corrective_tasks" ADD CONSTRAINT "corrective_tasks_review_id_correction_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."correction_reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corrective_tasks" ADD CONSTRAINT "corrective_tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "correction_reviews_source_uq" ON "correction_reviews" USING btree ("district_id","source_kind","source_number");--> statement-breakpoint
CREATE INDEX "correction_reviews_unit_idx" ON "correction_reviews" USING btree ("org_unit_id","decided_on");--> statement-breakpoint
CREATE INDEX "correction_reviews_power_idx" ON "correction_reviews" USING btree ("power_id","decided_on");--> statement-breakpoint
CREATE UNIQUE INDEX "corrective_tasks_number_uq" ON "corrective_tasks" USING btree ("district_id","number");--> statement-breakpoint
CREATE INDEX "corrective_tasks_unit_idx" ON "corrective_tasks" USING btree ("org_unit_id","state");--> statement-breakpoint
CREATE INDEX "corrective_tasks_due_idx" ON "corrective_tasks" USING btree ("district_id","state","due_on");