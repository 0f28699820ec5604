CREATE TABLE "assessment_starts" (
	"assessment_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "assessment_starts_assessment_id_user_id_pk" PRIMARY KEY("assessment_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "assessment_starts" ADD CONSTRAINT "assessment_starts_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_starts" ADD CONSTRAINT "assessment_starts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;