using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Mensenhandel.BrowserTests;

/// <summary>A page in its own browser context, with the checks every page must pass.</summary>
public sealed class PortalPage : IAsyncDisposable
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
    private readonly List<string> _problems = [];

    public PortalPage(IPage page)
    {
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error") _problems.Add(message.Text);
        };
        page.PageError += (_, error) => _problems.Add(error);
    }

    public IPage Page { get; }

    /// <summary>Console errors, CSP violations included (Chromium reports them there).</summary>
    public IReadOnlyList<string> Problems => _problems;

    public async Task<IResponse?> GotoAsync(string path) => await Page.GotoAsync(path);

    /// <summary>Runs axe-core with the WCAG 2.0/2.1/2.2 A and AA rules and fails with a readable list.</summary>
    public async Task AssertAccessibleAsync()
    {
        var result = await Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags },
        });
        var violations = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} – {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(violations.Count == 0, $"axe found {violations.Count} violation(s) on {Page.Url}:\n" + string.Join('\n', violations));
    }

    public void AssertNoConsoleProblems() =>
        Assert.True(_problems.Count == 0, $"Console errors on {Page.Url}:\n" + string.Join('\n', _problems));

    /// <summary>Saves a full-page screenshot with the test output (artifacts/test-results/screenshots).</summary>
    public async Task ScreenshotAsync(string name)
    {
        var directory = Environment.GetEnvironmentVariable("MENSENHANDEL_TEST_ARTIFACTS") is { Length: > 0 } artifacts
            ? Path.Combine(artifacts, "screenshots")
            : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(directory);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, $"{name}.png"), FullPage = true });
    }

    public async ValueTask DisposeAsync() => await Page.Context.DisposeAsync();
}
