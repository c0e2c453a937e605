using Mensenhandel.Web.Auditing;
using Mensenhandel.Web.Infrastructure;
using Serilog;

Log.Logger = PortalLogging.CreateBootstrapLogger();
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddPortal();

    var app = builder.Build();
    await app.PrepareDatabaseAsync();

    // Operations commands run against the configured database and exit: dotnet Mensenhandel.Web.dll --verify-audit
    if (args.Contains(AuditCommands.VerifyArgument))
    {
        return await AuditCommands.VerifyAsync(app.Services);
    }

    // Re-encrypt every value with the active key while other instances keep running: --rotate-keys
    if (args.Contains(Mensenhandel.Web.Privacy.FieldKeyRotation.RotateArgument))
    {
        return await Mensenhandel.Web.Privacy.FieldKeyRotation.RunCommandAsync(app.Services);
    }

    app.UsePortal();
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "The portal stopped unexpectedly");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

public partial class Program;
