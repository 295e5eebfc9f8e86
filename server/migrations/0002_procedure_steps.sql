CREATE TABLE "procedure_steps" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"procedure_key" text NOT NULL,
	"subject_id" text NOT NULL,
	"transition" text NOT NULL,
	"from_state" text NOT NULL,
	"to_state" text NOT NULL,
	"actor_user_id" uuid,
	"occurred_at" timestamp (3) with time zone NOT NULL,
	"input" jsonb,
	"org_unit_id" uuid NOT NULL,
	"district_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "procedure_steps" ADD CONSTRAINT "procedure_steps_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_steps" ADD CONSTRAINT "procedure_steps_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "procedure_steps_subject_idx" ON "procedure_steps" USING btree ("procedure_key","subject_id","id");--> statement-breakpoint
CREATE INDEX "procedure_steps_org_idx" ON "procedure_steps" USING btree ("org_unit_id");