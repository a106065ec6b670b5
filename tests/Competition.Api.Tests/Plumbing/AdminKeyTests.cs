using System.Net;
using Competition.Api.Tests.Support;
using Competition.TestHost;
using Competition.TestSupport;

namespace Competition.Api.Tests.Plumbing;

/// Issue 19: the admin key of a local run (./run.sh) survives a restart, so the key the console saved keeps working.
/// With no key configured and a key file named, the first start makes the key there (owner-readable only) and every
/// later start uses it; a configured key still wins.
public sealed class AdminKeyTests : IAsyncLifetime
{
    readonly PostgresDatabaseFixture database = new();
    readonly string file = Path.Combine(Path.GetTempPath(), $"competition-admin-key-{Guid.NewGuid():N}", "admin-key");

    public Task InitializeAsync() => database.InitializeAsync();

    public async Task DisposeAsync()
    {
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        await database.DisposeAsync();
    }

    [Fact]
    public async Task The_key_made_at_the_first_start_is_kept_in_its_file_and_works_after_a_restart()
    {
        await using (var first = Host(key: ""))
            (await CreateContestAsync(first, "anything")).ShouldBe(HttpStatusCode.Unauthorized);
        var kept = (await File.ReadAllTextAsync(file)).Trim();
        kept.Length.ShouldBe(43);
        if (!OperatingSystem.IsWindows()) File.GetUnixFileMode(file).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);

        await using (var second = Host(key: ""))
            (await CreateContestAsync(second, kept)).ShouldBe(HttpStatusCode.Created);
        await using (var configured = Host(key: "a-configured-key-0123456789"))
        {
            (await CreateContestAsync(configured, "a-configured-key-0123456789")).ShouldBe(HttpStatusCode.Created);
            (await CreateContestAsync(configured, kept)).ShouldBe(HttpStatusCode.Unauthorized);
        }
        (await File.ReadAllTextAsync(file)).Trim().ShouldBe(kept);
    }

    ApiHost Host(string key)
    {
        var host = new ApiHost(database.ConnectionString, ApiFactory.AdminKey);
        host.Settings["Competition:AdminKey"] = key;
        host.Settings["Competition:AdminKeyFile"] = file;
        return host;
    }

    static async Task<HttpStatusCode> CreateContestAsync(ApiHost host, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/contests")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { name = "Key check", kind = "skills" }),
            Headers = { Authorization = new("Bearer", key) },
        };
        using var answer = await host.CreateClient().SendAsync(request);
        return answer.StatusCode;
    }
}
