using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mensenhandel.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class QueueOrderIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reports_RegionId_SubmittedAt",
                table: "Reports");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_RegionId_SubmittedAt_Reference",
                table: "Reports",
                columns: new[] { "RegionId", "SubmittedAt", "Reference" })
                .Annotation("Npgsql:IndexInclude", new[] { "Status", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reports_RegionId_SubmittedAt_Reference",
                table: "Reports");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_RegionId_SubmittedAt",
                table: "Reports",
                columns: new[] { "RegionId", "SubmittedAt" });
        }
    }
}
