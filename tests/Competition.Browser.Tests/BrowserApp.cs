using Competition.TestHost;
using Competition.TestSupport;

namespace Competition.Browser.Tests;

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}

// One API (on its own fresh database) and one headless Chromium for all browser tests; each test
// makes its own contest and its own browser contexts, so nothing leaks between tests.
public sealed class BrowserApp : IAsyncLifetime
{
    static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"];

    public const string AdminKey = "browser-tests-admin-key";

    PostgresServer? postgres;
    string connectionString = "";
    ApiHost? server;
    IPlaywright? playwright;

    public Uri BaseAddress { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public MovableClock Clock => server!.Clock;

    public async Task InitializeAsync()
    {
        postgres = await PostgresServer.GetAsync();
        connectionString = await postgres.CreateDatabaseAsync("browser");
        server = new ApiHost(connectionString, AdminKey, kestrel: true);
        BaseAddress = server.StartOnKestrel();
        Http = new HttpClient { BaseAddress = BaseAddress };
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public Api Api() => new(Http);

    // A context is one browser profile: its own localStorage and its own network switch.
    public async Task<(IBrowserContext Context, IPage Page)> OpenAsync(string path, int width = 1024, int height = 768, string locale = "en-US")
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height }, Locale = locale,
        });
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => PageErrors.Add($"{page.Url}: {error}");
        await page.GotoAsync(path);
        return (context, page);
    }

    /// <summary>Uncaught script errors of every page, so a test can insist there were none.</summary>
    public List<string> PageErrors { get; } = [];

    public async Task DisposeAsync()
    {
        if (playwright is not null)
        {
            await Browser.CloseAsync();
            playwright.Dispose();
        }
        Http?.Dispose();
        if (server is not null) await server.DisposeAsync();
        if (postgres is not null && connectionString.Length > 0) await postgres.DropDatabaseAsync(connectionString);
    }
}
