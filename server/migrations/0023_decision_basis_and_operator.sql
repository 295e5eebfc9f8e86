ALTER TABLE "enforcement_cases" ADD COLUMN "party_operator_name" text;--> statement-breakpoint
ALTER TABLE "enforcement_cases" ADD COLUMN "decision_basis" text;