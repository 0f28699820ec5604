DROP INDEX "social_posts_account_post_unique";--> statement-breakpoint
ALTER TABLE "social_posts" DROP COLUMN "id";--> statement-breakpoint
ALTER TABLE "social_posts" ADD CONSTRAINT "social_posts_account_id_platform_post_id_pk" PRIMARY KEY("account_id","platform_post_id");
