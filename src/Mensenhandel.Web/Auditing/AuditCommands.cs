namespace Mensenhandel.Web.Auditing;

/// <summary>The audit verification as a command for operators and schedulers (exit code 0 intact, 2 broken).</summary>
public static class AuditCommands
{
    public const string VerifyArgument = "--verify-audit";

    public static async Task<int> VerifyAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync();
        var output = Console.Out;
        if (result.IsIntact)
        {
            await output.WriteLineAsync($"Auditspoor intact: {result.EventsChecked} gebeurtenissen gecontroleerd.");
            return 0;
        }
        await output.WriteLineAsync($"Auditspoor NIET intact: eerste breuk bij gebeurtenis #{result.FirstBreak!.EventId} ({result.FirstBreak.Reason}).");
        return 2;
    }
}
