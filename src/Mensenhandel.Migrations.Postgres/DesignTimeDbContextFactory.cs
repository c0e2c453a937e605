using Mensenhandel.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Mensenhandel.Migrations.Postgres;

/// <summary>Lets dotnet ef build the model for Postgres without starting the web app; it never connects.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseMensenhandelDatabase(DatabaseProvider.Postgres, "Host=localhost;Database=mensenhandel_design");
        return new AppDbContext(options.Options);
    }
}
