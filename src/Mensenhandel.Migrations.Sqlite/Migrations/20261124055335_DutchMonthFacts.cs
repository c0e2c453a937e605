using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mensenhandel.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DutchMonthFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The dashboard's monthly facts were keyed by UTC months; they are now keyed by Dutch calendar months
            // (Europe/Amsterdam). Dropping them with their marks makes the dashboard count every month again on
            // first use (and the refresh job in the background); no melding is touched.
            migrationBuilder.Sql("""DELETE FROM "ReportMonthlyFacts";""");
            migrationBuilder.Sql("""DELETE FROM "ReportFactMonths";""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to UTC months: the same, the facts are counted again on first use.
            migrationBuilder.Sql("""DELETE FROM "ReportMonthlyFacts";""");
            migrationBuilder.Sql("""DELETE FROM "ReportFactMonths";""");
        }
    }
}
