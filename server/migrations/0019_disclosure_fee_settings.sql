CREATE TABLE "disclosure_settings" (
	"district_id" uuid PRIMARY KEY NOT NULL,
	"fee_method" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disclosure_settings_fee_method_ck" CHECK (fee_method IN ('per_application', 'per_page'))
);
--> statement-breakpoint
ALTER TABLE "disclosure_requests" ADD COLUMN "fee_method_reason" text;--> statement-breakpoint
ALTER TABLE "disclosure_settings" ADD CONSTRAINT "disclosure_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;