// Loaded into the portal with DOTNET_STARTUP_HOOKS (profiling only, never in production): once a second it writes
// the process's working set, the GC's view of its heap, the collections so far, the JIT's work and the number of
// first-chance exceptions to GCHOOK_FILE (/tmp/startup-hook.log). Used for the sixth round's findings in
// docs/performance.md. Build: dotnet build -c Release; use: PORTAL_ENV="DOTNET_STARTUP_HOOKS=<…>/StartupHook.dll".
using System;
using System.IO;
using System.Threading;

#pragma warning disable CA1050 // The runtime looks for a type named StartupHook outside any namespace.
internal static class StartupHook
#pragma warning restore CA1050
{
    private static long s_exceptions;

    public static void Initialize()
    {
        AppDomain.CurrentDomain.FirstChanceException += (_, _) => Interlocked.Increment(ref s_exceptions);
        var path = Environment.GetEnvironmentVariable("GCHOOK_FILE") ?? "/tmp/startup-hook.log";
        new Thread(() => Write(path)) { IsBackground = true, Name = "startup-hook" }.Start();
    }

    private static void Write(string path)
    {
        using var log = new StreamWriter(path) { AutoFlush = true };
        log.WriteLine("s ws_MB heap_MB committed_MB fragmented_MB gen0 gen1 gen2 loh poh (MB after the last GC) | GCs gen0 gen1 gen2 | allocated_MB jit_methods jit_ms exceptions gc_pause_ms");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var gc = GC.GetGCMemoryInfo(GCKind.Any);
            var g = gc.GenerationInfo;
            static string Mb(long bytes) => (bytes / 1048576.0).ToString("F0", System.Globalization.CultureInfo.InvariantCulture);
            log.WriteLine($"{clock.Elapsed.TotalSeconds:F0} {Mb(Environment.WorkingSet)} {Mb(gc.HeapSizeBytes)} {Mb(gc.TotalCommittedBytes)} {Mb(gc.FragmentedBytes)} " +
                $"{Mb(g[0].SizeAfterBytes)} {Mb(g[1].SizeAfterBytes)} {Mb(g[2].SizeAfterBytes)} {Mb(g[3].SizeAfterBytes)} {Mb(g[4].SizeAfterBytes)} | " +
                $"{GC.CollectionCount(0)} {GC.CollectionCount(1)} {GC.CollectionCount(2)} | {Mb(GC.GetTotalAllocatedBytes())} " +
                $"{System.Runtime.JitInfo.GetCompiledMethodCount()} {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} {Interlocked.Read(ref s_exceptions)} {GC.GetTotalPauseDuration().TotalMilliseconds:F0}");
            Thread.Sleep(1000);
        }
    }
}
