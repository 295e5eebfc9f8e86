ALTER TABLE "enforcement_cases" ADD COLUMN "notified_kinds" text[];--> statement-breakpoint
ALTER TABLE "enforcement_cases" ADD COLUMN "notified_fine_amount" numeric(14, 2);--> statement-breakpoint
ALTER TABLE "enforcement_cases" ADD COLUMN "notified_confiscation_amount" numeric(14, 2);--> statement-breakpoint
ALTER TABLE "enforcement_cases" ADD COLUMN "notice_service_method" text;--> statement-breakpoint
ALTER TABLE "enforcement_cases" ADD COLUMN "notice_served_on" date;--> statement-breakpoint
ALTER TABLE "enforcement_cases" ADD COLUMN "statement_received_on" date;--> statement-breakpoint
ALTER TABLE "enforcement_cases" ADD COLUMN "statement_summary" text;--> statement-breakpoint
ALTER TABLE "enforcement_cases" ADD COLUMN "statement_waived_on" date;--> statement-breakpoint
ALTER TABLE "enforcement_cases" ADD COLUMN "penalty_kinds" text[];--> statement-breakpoint
ALTER TABLE "enforcement_settings" ADD COLUMN "statement_working_days" integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE "enforcement_cases" ADD CONSTRAINT "enforcement_cases_notice_service_ck" CHECK (notice_service_method IS NULL OR notice_service_method IN ('direct', 'left', 'mail', 'electronic', 'public_notice'));