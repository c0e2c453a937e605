using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mensenhandel.Migrations.Postgres.Migrations
{
    /// <summary>
    /// Every ended session and every changed ticket is announced on the channel the portal's instances listen on
    /// (SessionRevocationListener.Channel), whoever made the change: logout, deactivation, the cleanup job, an
    /// operator's DELETE. NOTIFY is transactional: it is sent when the change commits, and not at all on rollback.
    /// Updates of LastSeenAt alone are not announced (they happen on every instance all the time).
    /// </summary>
    public partial class SessionNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION mensenhandel_session_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('mensenhandel_sessies', OLD."Id");
                    RETURN NULL;
                END
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "UserSessions_notify"
                    AFTER DELETE OR UPDATE OF "Ticket", "ExpiresAt", "UserId" ON "UserSessions"
                    FOR EACH ROW EXECUTE FUNCTION mensenhandel_session_changed();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "UserSessions_notify" ON "UserSessions";""");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS mensenhandel_session_changed();");
        }
    }
}
