ALTER TABLE "users" ADD COLUMN "last_login_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "org_units" ADD CONSTRAINT "org_units_parent_id_org_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "org_units_district_idx" ON "org_units" USING btree ("district_id","type");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "users_district_idx" ON "users" USING btree ("district_id");--> statement-breakpoint
ALTER TABLE "org_units" ADD CONSTRAINT "org_units_type_ck" CHECK (type IN ('district', 'department', 'enforcement_body', 'street', 'village', 'grid'));--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_role_ck" CHECK (role IN ('coordinator', 'legal_reviewer', 'department_officer', 'legal_adviser', 'mediator', 'leader'));