CREATE TABLE "field_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"volunteer_id" uuid,
	"storage_key" text NOT NULL,
	"thumbnail_key" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"identifiable" boolean NOT NULL,
	"consent" boolean NOT NULL,
	"caption" text,
	"delete_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "field_scans" (
	"session_id" uuid NOT NULL,
	"variant" text NOT NULL,
	"day" date NOT NULL,
	"visitor_hash" text NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"scans" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "field_scans_session_id_variant_day_visitor_hash_pk" PRIMARY KEY("session_id","variant","day","visitor_hash")
);
--> statement-breakpoint
CREATE TABLE "field_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"name" text NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"time_zone" text DEFAULT 'Asia/Jakarta' NOT NULL,
	"join_code" text NOT NULL,
	"variants" jsonb NOT NULL,
	"extra_outcomes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"team_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"retention_days" integer DEFAULT 30 NOT NULL,
	"scan_salt" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "field_tallies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"volunteer_id" uuid,
	"variant" text NOT NULL,
	"outcome" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"team" text,
	"age_band" text,
	"gender" text,
	"group" text,
	"quote" text,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "field_volunteers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "field_photos" ADD CONSTRAINT "field_photos_session_id_field_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."field_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_photos" ADD CONSTRAINT "field_photos_volunteer_id_field_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."field_volunteers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_scans" ADD CONSTRAINT "field_scans_session_id_field_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."field_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_sessions" ADD CONSTRAINT "field_sessions_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_sessions" ADD CONSTRAINT "field_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_tallies" ADD CONSTRAINT "field_tallies_session_id_field_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."field_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_tallies" ADD CONSTRAINT "field_tallies_volunteer_id_field_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."field_volunteers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_volunteers" ADD CONSTRAINT "field_volunteers_session_id_field_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."field_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "field_photos_session_idx" ON "field_photos" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "field_photos_delete_idx" ON "field_photos" USING btree ("delete_at");--> statement-breakpoint
CREATE UNIQUE INDEX "field_sessions_join_code_unique" ON "field_sessions" USING btree ("join_code");--> statement-breakpoint
CREATE INDEX "field_sessions_programme_idx" ON "field_sessions" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "field_tallies_session_at_idx" ON "field_tallies" USING btree ("session_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "field_volunteers_token_unique" ON "field_volunteers" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "field_volunteers_session_idx" ON "field_volunteers" USING btree ("session_id");