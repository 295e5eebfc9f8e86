DROP INDEX "enforcement_cases_org_opened_idx";--> statement-breakpoint
DROP INDEX "enforcement_cases_opened_idx";--> statement-breakpoint
CREATE INDEX "enforcement_cases_org_opened_idx" ON "enforcement_cases" USING btree ("org_unit_id","opened_on","id");--> statement-breakpoint
CREATE INDEX "enforcement_cases_opened_idx" ON "enforcement_cases" USING btree ("district_id","opened_on","id");