using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mensenhandel.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class QueueBacklog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reports_RegionId_Status_TriageDueAt",
                table: "Reports");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_RegionId_Status_TriageDueAt_Reference",
                table: "Reports",
                columns: new[] { "RegionId", "Status", "TriageDueAt", "Reference" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reports_RegionId_Status_TriageDueAt_Reference",
                table: "Reports");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_RegionId_Status_TriageDueAt",
                table: "Reports",
                columns: new[] { "RegionId", "Status", "TriageDueAt" });
        }
    }
}
