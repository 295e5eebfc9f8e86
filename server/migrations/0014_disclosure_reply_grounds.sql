ALTER TABLE "disclosure_requests" ADD COLUMN "withheld_parts" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "disclosure_requests" ADD COLUMN "not_held_kind" text;--> statement-breakpoint
ALTER TABLE "disclosure_requests" ADD COLUMN "competent_organ" text;--> statement-breakpoint
ALTER TABLE "disclosure_requests" ADD COLUMN "competent_organ_contact" text;--> statement-breakpoint
ALTER TABLE "disclosure_requests" ADD COLUMN "competent_organ_unknown_reason" text;--> statement-breakpoint
ALTER TABLE "disclosure_requests" ADD CONSTRAINT "disclosure_requests_withheld_parts_ck" CHECK (jsonb_typeof("disclosure_requests"."withheld_parts") = 'array');--> statement-breakpoint
ALTER TABLE "disclosure_requests" ADD CONSTRAINT "disclosure_requests_not_held_kind_ck" CHECK (not_held_kind IS NULL OR not_held_kind IN ('not_exist', 'not_competent'));