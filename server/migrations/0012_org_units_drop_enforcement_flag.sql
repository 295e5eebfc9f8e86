-- "Is a confirmed enforcement body" belongs to enforcement (enforcement_bodies), not to the org tree; the
-- flag is dropped (docs/decisions/0013-enforcement-bodies-owned-by-enforcement.md). Old audit events that
-- set it (org.unit.enforcement_flag_changed) stay as they are.
ALTER TABLE "org_units" DROP COLUMN "is_enforcement_body";
