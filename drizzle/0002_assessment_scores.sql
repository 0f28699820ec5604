ALTER TABLE "assessment_responses" ALTER COLUMN "answers" SET DEFAULT '[]'::jsonb;--> statement-breakpoint
ALTER TABLE "assessment_responses" ADD COLUMN "overall" double precision;--> statement-breakpoint
ALTER TABLE "assessment_responses" ADD COLUMN "level_scores" double precision[];--> statement-breakpoint
ALTER TABLE "assessment_responses" ADD COLUMN "dimension_scores" double precision[];--> statement-breakpoint
ALTER TABLE "assessment_responses" ADD COLUMN "item_points" double precision[];--> statement-breakpoint
ALTER TABLE "assessment_responses" ADD COLUMN "straightline" boolean;--> statement-breakpoint
ALTER TABLE "assessment_responses" ADD COLUMN "overclaim" boolean;