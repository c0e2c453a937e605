using Mensenhandel.Benchmarks;

// dotnet run -c Release --project tests/Mensenhandel.Benchmarks -- <command> [--option value …]
//   generate  --connection <npgsql> [--meldingen 100000] [--seed 20261122]
//   load      --url http://127.0.0.1:5099 [--pid <app pid>] [--duration 15] [--warmup 3] [--connections 32]
//             [--endpoints endpoints.txt] [--email …] [--totp-secret …] [--password …] [--forwarded-proto https]
//   forms     --url http://127.0.0.1:5099 --files warm.txt,measure.txt --counts 20000,15000 [--connections 32] [--forwarded-proto https]:
//             blank melding forms, one ready POST per line, for wrk (wrk/report.lua with FORMS)
//   ceiling   [--url http://127.0.0.1:5098] [--bytes 20000]
//   signin    --url http://127.0.0.1:5099 [--email …] [--totp-secret …] [--forwarded-proto https]: prints the session cookie (name=value) for wrk
var command = args.FirstOrDefault() ?? "";
var options = Options.Parse(args.Skip(1).ToArray());
return command switch
{
    "generate" => await Generator.RunAsync(options),
    "load" => await LoadDriver.RunAsync(options),
    "forms" => await LoadDriver.WriteFormsAsync(options),
    "ceiling" => await CeilingApp.RunAsync(options),
    "signin" => await LoadDriver.PrintSessionCookieAsync(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Mensenhandel.Benchmarks generate|load|forms|ceiling|signin [--option value …] (see docs/performance.md)");
    return 64;
}
