ALTER TABLE "enforcement_cases" ADD COLUMN "public_cause" text;--> statement-breakpoint
ALTER TABLE "enforcement_cases" ADD COLUMN "public_facts" text;--> statement-breakpoint
ALTER TABLE "enforcement_cases" ADD COLUMN "public_decision_text" text;