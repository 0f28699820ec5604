ALTER TABLE "assessment_responses" ALTER COLUMN "answers" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "assessment_responses" ALTER COLUMN "answers" SET DEFAULT '[]';