ALTER TABLE "field_tallies" DROP CONSTRAINT "field_tallies_session_id_field_sessions_id_fk";
--> statement-breakpoint
ALTER TABLE "field_tallies" DROP CONSTRAINT "field_tallies_volunteer_id_field_volunteers_id_fk";
--> statement-breakpoint
CREATE FUNCTION "field_tallies_follow_session"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "field_tallies" WHERE "session_id" = OLD."id";
  RETURN OLD;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "field_sessions_delete_tallies" AFTER DELETE ON "field_sessions"
  FOR EACH ROW EXECUTE FUNCTION "field_tallies_follow_session"();
