ALTER TABLE "disclosure_requests" DROP CONSTRAINT "disclosure_requests_status_ck";--> statement-breakpoint
ALTER TABLE "disclosure_requests" ALTER COLUMN "applicant_phone" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "disclosure_requests" ALTER COLUMN "delivery_method" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "disclosure_requests" ADD COLUMN "fee_method" text;--> statement-breakpoint
ALTER TABLE "disclosure_requests" ADD COLUMN "fee_pages" integer;--> statement-breakpoint
ALTER TABLE "disclosure_requests" ADD COLUMN "fee_notice_received_on" date;--> statement-breakpoint
ALTER TABLE "disclosure_requests" ADD COLUMN "third_party_received_on" date;--> statement-breakpoint
ALTER TABLE "disclosure_requests" ADD COLUMN "other_organ_name" text;--> statement-breakpoint
ALTER TABLE "disclosure_requests" ADD COLUMN "other_organ_consulted_on" date;--> statement-breakpoint
ALTER TABLE "disclosure_requests" ADD COLUMN "other_organ_answered_on" date;--> statement-breakpoint
ALTER TABLE "disclosure_requests" ADD COLUMN "other_organ_opinion" text;--> statement-breakpoint
ALTER TABLE "disclosure_requests" ADD CONSTRAINT "disclosure_requests_fee_method_ck" CHECK (fee_method IS NULL OR fee_method IN ('per_application', 'per_page'));--> statement-breakpoint
ALTER TABLE "disclosure_requests" ADD CONSTRAINT "disclosure_requests_status_ck" CHECK (status IN ('registered', 'awaiting_correction', 'consulting', 'consulting_organ', 'awaiting_fee', 'concluded'));