CREATE TABLE "audit_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"file_name" text DEFAULT '' NOT NULL,
	"format" text NOT NULL,
	"rows" integer NOT NULL,
	"imported" integer NOT NULL,
	"updated" integer NOT NULL,
	"skipped_foreign" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "critique_votes" (
	"critique_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "critique_votes_critique_id_user_id_pk" PRIMARY KEY("critique_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "critiques" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"author_user_id" uuid,
	"pinned" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "daily_metrics" (
	"account_id" uuid NOT NULL,
	"metric" text NOT NULL,
	"date" date NOT NULL,
	"value" double precision,
	CONSTRAINT "daily_metrics_account_id_metric_date_pk" PRIMARY KEY("account_id","metric","date")
);
--> statement-breakpoint
CREATE TABLE "follower_snapshots" (
	"account_id" uuid NOT NULL,
	"date" date NOT NULL,
	"followers" integer NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "follower_snapshots_account_id_date_pk" PRIMARY KEY("account_id","date")
);
--> statement-breakpoint
CREATE TABLE "social_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"platform" text NOT NULL,
	"handle" text NOT NULL,
	"display_name" text DEFAULT '' NOT NULL,
	"platform_account_id" text,
	"time_zone" text DEFAULT 'Asia/Jakarta' NOT NULL,
	"column_mapping" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "social_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"platform_post_id" text NOT NULL,
	"own" boolean NOT NULL,
	"owner_account_id" text,
	"owner_handle" text,
	"published_at" timestamp with time zone NOT NULL,
	"type" text NOT NULL,
	"type_label" text,
	"caption" text,
	"permalink" text,
	"duration_seconds" double precision,
	"views" double precision,
	"reach" double precision,
	"likes" double precision,
	"reactions" double precision,
	"comments" double precision,
	"shares" double precision,
	"saves" double precision,
	"follows" double precision,
	"clicks" double precision,
	"metrics_as_of" date NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_imports" ADD CONSTRAINT "audit_imports_account_id_social_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."social_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_imports" ADD CONSTRAINT "audit_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "critique_votes" ADD CONSTRAINT "critique_votes_critique_id_critiques_id_fk" FOREIGN KEY ("critique_id") REFERENCES "public"."critiques"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "critique_votes" ADD CONSTRAINT "critique_votes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "critiques" ADD CONSTRAINT "critiques_account_id_social_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."social_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "critiques" ADD CONSTRAINT "critiques_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "daily_metrics" ADD CONSTRAINT "daily_metrics_account_id_social_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."social_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follower_snapshots" ADD CONSTRAINT "follower_snapshots_account_id_social_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."social_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_accounts" ADD CONSTRAINT "social_accounts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_posts" ADD CONSTRAINT "social_posts_account_id_social_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."social_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_imports_account_idx" ON "audit_imports" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "critiques_account_idx" ON "critiques" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "social_accounts_org_platform_handle_unique" ON "social_accounts" USING btree ("organisation_id","platform","handle");--> statement-breakpoint
CREATE UNIQUE INDEX "social_posts_account_post_unique" ON "social_posts" USING btree ("account_id","platform_post_id");--> statement-breakpoint
CREATE INDEX "social_posts_account_published_idx" ON "social_posts" USING btree ("account_id","published_at");