CREATE TABLE "social_post_digests" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"posts" integer NOT NULL,
	"body" text NOT NULL,
	"built_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "social_accounts" ADD COLUMN "posts_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "social_post_digests" ADD CONSTRAINT "social_post_digests_account_id_social_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."social_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_post_digests" ALTER COLUMN "body" SET STORAGE EXTERNAL;
