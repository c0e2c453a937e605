using Mensenhandel.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Mensenhandel.Migrations.Sqlite;

/// <summary>Lets dotnet ef build the model for Sqlite without starting the web app; it never connects.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseMensenhandelDatabase(DatabaseProvider.Sqlite, "Data Source=design.db");
        return new AppDbContext(options.Options);
    }
}
