using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mensenhandel.Migrations.Postgres.Migrations
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

            migrationBuilder.AlterTable(
                name: "Reports")
                .Annotation("Npgsql:StorageParameter:autovacuum_vacuum_insert_scale_factor", 0)
                .Annotation("Npgsql:StorageParameter:autovacuum_vacuum_insert_threshold", 1000);

            migrationBuilder.CreateIndex(
                name: "IX_Reports_RegionId_Status_TriageDueAt_Reference",
                table: "Reports",
                columns: new[] { "RegionId", "Status", "TriageDueAt", "Reference" })
                .Annotation("Npgsql:IndexInclude", new[] { "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reports_RegionId_Status_TriageDueAt_Reference",
                table: "Reports");

            migrationBuilder.AlterTable(
                name: "Reports")
                .OldAnnotation("Npgsql:StorageParameter:autovacuum_vacuum_insert_scale_factor", 0)
                .OldAnnotation("Npgsql:StorageParameter:autovacuum_vacuum_insert_threshold", 1000);

            migrationBuilder.CreateIndex(
                name: "IX_Reports_RegionId_Status_TriageDueAt",
                table: "Reports",
                columns: new[] { "RegionId", "Status", "TriageDueAt" });
        }
    }
}
