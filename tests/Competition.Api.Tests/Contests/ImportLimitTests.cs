using System.Net;
using System.Text;
using Competition.Api.Tests.Support;

namespace Competition.Api.Tests.Contests;

/// One contest cannot flood the log every contest shares: an import holds at most 5,000 entries (413 beyond),
/// and an organizer sends at most a few imports a minute to one contest (429 with Retry-After beyond), writing nothing.
public sealed class ImportLimitTests : IAsyncLifetime
{
    readonly ApiFactory factory = new() { Settings = { ["Competition:Imports:PerMinute"] = "2" } };
    ApiClient api = null!;

    public async Task InitializeAsync()
    {
        await factory.InitializeAsync();
        api = new ApiClient(factory.CreateClient());
    }

    public Task DisposeAsync() => factory.DisposeAsync();

    [Fact]
    public async Task Imports_over_the_size_or_the_rate_are_refused_and_write_nothing()
    {
        var created = (await api.Post("/api/contests", ApiFactory.AdminKey, new { name = "Flood", kind = "skills" }, HttpStatusCode.Created))!;
        var (c, org) = ($"/api/contests/{created["id"]}", (string)created["organizerToken"]!);
        await api.Create($"{c}/categories", org, new { name = "Welder", entryType = "individual" });
        await api.Post($"{c}/registration/open", org);

        var tooBig = await api.Post($"{c}/entries/import", org, Csv(5001), HttpStatusCode.RequestEntityTooLarge);
        ((string)tooBig!["detail"]!).ShouldContain("5000");
        await api.Post($"{c}/entries/import", org, Csv(3), HttpStatusCode.OK);
        var problem = await api.Post($"{c}/entries/import", org, Csv(3), HttpStatusCode.TooManyRequests);
        ((string)problem!["title"]!).ShouldBe("Too many imports");

        // Another caller's requests use a budget of their own: a stranger cannot block the organizer's imports.
        await api.Post($"{c}/entries/import", "not-a-token", Csv(3), HttpStatusCode.Unauthorized);
        (await api.Get(c))["categories"]![0]!["entries"]!.AsArray().Count.ShouldBe(3);
    }

    static string Csv(int rows)
    {
        var csv = new StringBuilder("category,name,organization,members\n");
        for (var i = 0; i < rows; i++) csv.Append($"Welder,Worker {i},Plant {i},\n");
        return csv.ToString();
    }
}
