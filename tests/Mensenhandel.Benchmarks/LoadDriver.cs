using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Mensenhandel.Benchmarks;

/// <summary>
/// Drives HTTP load at a running portal (or the ceiling app) with N connections for a fixed time per endpoint,
/// and prints throughput, median/p95/p99 latency, errors and the server's peak memory (VmHWM of --pid).
/// Endpoints come from a file (one per line: "name GET /path" or "name POST-MELDING /melden"; "{case}" in a path
/// is replaced by a case id the coordinator may open), so new or renamed pages need no code change. A page that
/// answers 404 is skipped with a note (e.g. /dashboard before it exists).
/// </summary>
public static partial class LoadDriver
{
    private const string DefaultEndpoints = """
        form                GET          /melden
        submit              POST-MELDING /melden
        queue-first         GET          /meldingen
        queue-filtered      GET          /meldingen?status=Received
        queue-page-50       GET          /meldingen?pagina=50
        case-detail         GET          /casussen/{case}
        dashboard-regional  GET          /dashboard
        """;

    public static async Task<int> RunAsync(Options options)
    {
        var baseUrl = new Uri(options.Get("url", "http://127.0.0.1:5099"));
        var duration = TimeSpan.FromSeconds(options.Number("duration", 15));
        // Long enough for the JIT's second tier and the pools to settle: the targets are about the steady state.
        var warmup = TimeSpan.FromSeconds(options.Number("warmup", 10));
        var formsPerConnection = options.Number("forms-per-connection", 1200);
        var connections = options.Number("connections", 32);
        var pid = options.Number("pid", 0);
        var endpointsFile = options.Get("endpoints", "");
        var lines = (endpointsFile.Length > 0 ? await File.ReadAllTextAsync(endpointsFile) : DefaultEndpoints)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith('#'))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        var only = options.Get("only", "");
        var proxy = options.Optional("forwarded-proto");

        var session = await SignInAsync(baseUrl, options);
        var caseId = options.Get("case", "");
        Console.WriteLine($"{"endpoint",-20} {"req/s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"errors",7} {"requests",9}");
        foreach (var parts in lines)
        {
            var (name, method, path) = (parts[0], parts[1], parts[2]);
            if (only.Length > 0 && !only.Split(',').Contains(name)) continue;
            if (path.Contains("{case}", StringComparison.Ordinal))
            {
                if (caseId.Length == 0) { Console.WriteLine($"{name,-20} skipped: no --case id given"); continue; }
                path = path.Replace("{case}", caseId, StringComparison.Ordinal);
            }
            var anonymous = method == "POST-MELDING" || path.StartsWith("/melden", StringComparison.Ordinal);
            using var probe = NewClient(baseUrl, anonymous ? null : session, proxy);
            HttpResponseMessage first;
            try
            {
                first = await probe.GetAsync(path);
            }
            catch (TaskCanceledException)
            {
                Console.WriteLine($"{name,-20} skipped: {path} did not answer within {probe.Timeout.TotalSeconds:F0} s");
                continue;
            }
            if (first.StatusCode == HttpStatusCode.NotFound) { Console.WriteLine($"{name,-20} skipped: {path} answers 404 on this build"); continue; }
            if (first.StatusCode != HttpStatusCode.OK) { Console.WriteLine($"{name,-20} skipped: {path} answers {(int)first.StatusCode}"); continue; }

            var result = await MeasureAsync(baseUrl, anonymous ? null : session, proxy, method, path, connections, warmup, duration, formsPerConnection);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-20} {result.Throughput,8:F0} {result.P(50),8:F1} {result.P(95),8:F1} {result.P(99),8:F1} {result.Errors,7} {result.Count,9}"));
        }
        if (pid > 0) Console.WriteLine($"server peak memory (VmHWM of pid {pid}): {PeakMemory(pid)}");
        return 0;
    }

    /// <summary>Signs in like <see cref="RunAsync"/> and prints the session cookie, so that wrk can load the signed-in pages.</summary>
    public static async Task<int> PrintSessionCookieAsync(Options options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Console.WriteLine(await SignInAsync(new Uri(options.Get("url", "http://127.0.0.1:5099")), options));
        return 0;
    }

    /// <summary>
    /// Fetches blank melding forms as browsers get them (each connection its own cookies, each form its own
    /// antiforgery and submission token) and writes one ready POST per line, "cookie header TAB form body", for
    /// wrk's <c>wrk/report.lua</c> (FORMS) to send each exactly once. The lines are spread over <c>--files</c> files
    /// (a warm-up's and a measurement's), so no form is sent twice.
    /// </summary>
    public static async Task<int> WriteFormsAsync(Options options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var baseUrl = new Uri(options.Get("url", "http://127.0.0.1:5099"));
        var connections = options.Number("connections", 32);
        var counts = options.Get("counts", "1000").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
        var files = options.Get("files", "forms.txt").Split(',');
        if (files.Length != counts.Length) throw new ArgumentException("--files and --counts need as many entries.");
        var proxy = options.Optional("forwarded-proto");
        var timer = Stopwatch.StartNew();
        for (var f = 0; f < files.Length; f++)
        {
            var lines = new string[counts[f]];
            var next = -1;
            await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
            {
                var jar = new Jar(proxy) { InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, MaxConnectionsPerServer = 1 } };
                using var client = new HttpClient(jar) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
                for (var i = Interlocked.Increment(ref next); i < lines.Length; i = Interlocked.Increment(ref next))
                {
                    using var form = new FormUrlEncodedContent(ReportFields(await client.GetStringAsync("/melden")));
                    lines[i] = $"{jar.CookieHeader()}\t{await form.ReadAsStringAsync()}";
                }
            }));
            await File.WriteAllLinesAsync(files[f], lines);
        }
        Console.Error.WriteLine($"fetched {counts.Sum()} blank forms in {timer.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    private sealed record Result(List<double> Latencies, int Errors, TimeSpan Duration)
    {
        public int Count => Latencies.Count;
        public double Throughput => Count / Duration.TotalSeconds;
        public double P(int percentile)
        {
            if (Latencies.Count == 0) return double.NaN;
            Latencies.Sort();
            return Latencies[Math.Min(Latencies.Count - 1, (int)Math.Ceiling(percentile / 100.0 * Latencies.Count) - 1)];
        }
    }

    private static async Task<Result> MeasureAsync(Uri baseUrl, string? session, string? proxy, string method, string path, int connections, TimeSpan warmup, TimeSpan duration,
        int formsPerConnection)
    {
        var clients = Enumerable.Range(0, connections).Select(_ => NewClient(baseUrl, session, proxy)).ToArray();
        // Submissions: each connection first fetches its blank forms (each with its own antiforgery and submission
        // token, as a browser gets them), so that the measured time is the POSTs' alone. A connection that uses up
        // its forms fetches one before each further POST (untimed, but the portal serves it meanwhile).
        var forms = new Queue<string>[connections];
        if (method == "POST-MELDING")
        {
            var prepare = Stopwatch.StartNew();
            await Task.WhenAll(clients.Select(async (client, w) =>
            {
                forms[w] = new Queue<string>(formsPerConnection);
                for (var i = 0; i < formsPerConnection; i++) forms[w].Enqueue(await client.GetStringAsync(path));
            }));
            Console.Error.WriteLine($"fetched {connections * formsPerConnection} blank forms in {prepare.Elapsed.TotalSeconds:F1} s");
        }
        var measuring = false;
        var stop = false;
        var latencies = new List<double>[connections];
        var errors = new int[connections];
        var workers = clients.Select((client, w) => Task.Run(async () =>
        {
            latencies[w] = new List<double>(100_000);
            while (!Volatile.Read(ref stop))
            {
                try
                {
                    HttpRequestMessage request;
                    if (method == "POST-MELDING")
                    {
                        // A fresh form per melding (its submission token makes each POST a new melding); only the POST is timed.
                        var form = forms[w].TryDequeue(out var fetched) ? fetched : await client.GetStringAsync(path);
                        request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(ReportFields(form)) };
                    }
                    else request = new HttpRequestMessage(HttpMethod.Get, path);
                    var timer = Stopwatch.StartNew();
                    using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
                    _ = await response.Content.ReadAsByteArrayAsync();
                    var elapsed = timer.Elapsed.TotalMilliseconds;
                    var ok = method == "POST-MELDING" ? response.StatusCode == HttpStatusCode.Redirect : response.StatusCode == HttpStatusCode.OK;
                    if (!Volatile.Read(ref measuring)) continue;
                    if (ok) latencies[w].Add(elapsed); else errors[w]++;
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    // A refused connection or a request slower than the client's timeout counts as an error.
                    if (Volatile.Read(ref measuring)) errors[w]++;
                }
            }
        })).ToArray();
        await Task.Delay(warmup);
        Volatile.Write(ref measuring, true);
        var clock = Stopwatch.StartNew();
        await Task.Delay(duration);
        Volatile.Write(ref measuring, false);
        var measured = clock.Elapsed;
        Volatile.Write(ref stop, true);
        await Task.WhenAll(workers);
        foreach (var client in clients) client.Dispose();
        if (method == "POST-MELDING")
            Console.Error.WriteLine($"forms left unused: {forms.Sum(f => f.Count)} (0 means some POSTs fetched their form inline)");
        return new Result([.. latencies.SelectMany(l => l)], errors.Sum(), measured);
    }

    private static HttpClient NewClient(Uri baseUrl, string? session, string? proxy)
    {
        var jar = new Jar(proxy) { InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, MaxConnectionsPerServer = 1 } };
        if (session is not null) jar.Set(session);
        return new HttpClient(jar) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>
    /// Keeps name=value of every cookie and sends them all back. The portal marks some cookies Secure even in
    /// Development, and .NET's CookieContainer never sends those to http://127.0.0.1 (a browser does).
    /// With a <c>forwardedProto</c> (--forwarded-proto https) every request carries X-Forwarded-Proto, as behind the
    /// TLS-terminating proxy of docs/deployment.md: the portal then runs in Production over loopback http.
    /// </summary>
    private sealed class Jar(string? forwardedProto) : DelegatingHandler
    {
        private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

        public void Set(string nameValue)
        {
            var i = nameValue.IndexOf('=', StringComparison.Ordinal);
            lock (_cookies) _cookies[nameValue[..i]] = nameValue[(i + 1)..];
        }

        /// <summary>The Cookie header this jar sends now.</summary>
        public string CookieHeader()
        {
            lock (_cookies) return string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}"));
        }

        public string? Find(string suffix)
        {
            lock (_cookies) return _cookies.Where(c => c.Key.EndsWith(suffix, StringComparison.Ordinal)).Select(c => $"{c.Key}={c.Value}").FirstOrDefault();
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (forwardedProto is not null) request.Headers.Add("X-Forwarded-Proto", forwardedProto);
            lock (_cookies)
            {
                if (_cookies.Count > 0) request.Headers.Add("Cookie", CookieHeader());
            }
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var values))
            {
                foreach (var value in values) Set(value.Split(';')[0]);
            }
            return response;
        }
    }

    /// <summary>Signs in once (password, then the TOTP code of the demo secret) and returns "name=value" of the session cookie.</summary>
    private static async Task<string?> SignInAsync(Uri baseUrl, Options options)
    {
        try
        {
            return await SignInOnceAsync(baseUrl, options);
        }
        catch (InvalidOperationException ex)
        {
            // The portal accepts a TOTP code once: a second sign-in of the same account within its 30 s window
            // is refused. Wait for the next code.
            var wait = TimeSpan.FromSeconds(31 - DateTimeOffset.UtcNow.ToUnixTimeSeconds() % 30);
            Console.Error.WriteLine($"{ex.Message} Trying again with the next code in {wait.TotalSeconds:F0} s.");
            await Task.Delay(wait);
            return await SignInOnceAsync(baseUrl, options);
        }
    }

    private static async Task<string?> SignInOnceAsync(Uri baseUrl, Options options)
    {
        var email = options.Get("email", "zorgcoordinator.nh@demo.mensenhandel.nl");
        if (email == "none") return null;
        var jar = new Jar(options.Optional("forwarded-proto")) { InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false } };
        using var client = new HttpClient(jar) { BaseAddress = baseUrl };
        var page = await client.GetStringAsync("/inloggen");
        var fields = HiddenFields(page);
        fields["Input.Email"] = email;
        fields["Input.Password"] = options.Get("password", "Demo-wachtwoord-2026");
        var response = await client.PostAsync("/inloggen", new FormUrlEncodedContent(fields));
        var location = response.Headers.Location?.OriginalString ?? "";
        if (location.StartsWith("/inloggen/code", StringComparison.Ordinal))
        {
            var codePage = await client.GetStringAsync(location);
            var codeFields = HiddenFields(codePage);
            codeFields["Input.Code"] = Totp(options.Get("totp-secret", "NCQNGQGMPXWL4C5NFWUHHUVVMZCV3FXJ"), DateTimeOffset.UtcNow);
            response = await client.PostAsync(location, new FormUrlEncodedContent(codeFields));
            location = response.Headers.Location?.OriginalString ?? "";
        }
        if (location != "/overzicht") throw new InvalidOperationException($"Sign-in as {email} failed (answer {(int)response.StatusCode} → '{location}').");
        return jar.Find("Mensenhandel") ?? throw new InvalidOperationException("No session cookie after sign-in.");
    }

    // The load generator shares the 2 cores with the portal: a regex over the hidden inputs is far cheaper than an HTML parser.
    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenInput();

    [GeneratedRegex("\\b(name|value)=\"([^\"]*)\"")]
    private static partial Regex Attribute();

    private static Dictionary<string, string> HiddenFields(string html)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in HiddenInput().Matches(html))
        {
            string? name = null, value = "";
            foreach (Match a in Attribute().Matches(input.Value))
            {
                if (a.Groups[1].Value == "name") name = WebUtility.HtmlDecode(a.Groups[2].Value);
                else value = WebUtility.HtmlDecode(a.Groups[2].Value);
            }
            if (name is not null) fields[name] = value;
        }
        return fields;
    }

    private static List<KeyValuePair<string, string>> ReportFields(string formHtml)
    {
        var fields = HiddenFields(formHtml).ToList();
        fields.AddRange(new Dictionary<string, string>
        {
            ["Input.AcuteDanger"] = "No", ["Input.Forms"] = "Labour", ["Input.Indicators"] = "ILO-07",
            ["Input.Description"] = "Een jonge vrouw werkt elke dag van zes tot tien in de kas en wordt steeds door dezelfde man gebracht.",
            ["Input.Municipality"] = "GM0361", ["Input.PlaceDescription"] = "Kassencomplex aan de rand van het dorp",
            ["Input.ObservedOn"] = "2026-11-02", ["Input.AgeGroup"] = "From18To23", ["Input.Gender"] = "Female",
            ["Input.Nationality"] = "Bulgaars", ["Input.KnowsAboutReport"] = "Yes", ["Input.Consent"] = "Given",
            ["Input.Anonymous"] = "Yes", ["Input.Sector"] = "Education", ["Input.SafeToContactVictim"] = "No",
        });
        return fields;
    }

    /// <summary>RFC 6238 with the portal's parameters (SHA-1, 6 digits, 30 s).</summary>
    private static string Totp(string base32Secret, DateTimeOffset now)
    {
        var key = Base32(base32Secret);
        var counter = BitConverter.GetBytes(now.ToUnixTimeSeconds() / 30);
        if (BitConverter.IsLittleEndian) Array.Reverse(counter);
#pragma warning disable CA5350 // TOTP (RFC 6238) is defined over HMAC-SHA1
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var code = ((hash[offset] & 0x7f) << 24 | hash[offset + 1] << 16 | hash[offset + 2] << 8 | hash[offset + 3]) % 1_000_000;
        return code.ToString("D6", CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('=').ToUpperInvariant())
        {
            buffer = buffer << 5 | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8) { bytes.Add((byte)(buffer >> (bits - 8))); bits -= 8; }
        }
        return [.. bytes];
    }

    private static string PeakMemory(int pid)
    {
        var status = File.ReadAllLines($"/proc/{pid}/status");
        return status.FirstOrDefault(l => l.StartsWith("VmHWM", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "unknown";
    }
}
