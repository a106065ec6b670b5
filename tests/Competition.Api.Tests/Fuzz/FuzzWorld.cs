using System.Net;
using Competition.Api.Tests.BadInput;
using Competition.Api.Tests.Support;
using Npgsql;

namespace Competition.Api.Tests.Fuzz;

/// The bad-input contests (A with a stage open and one closed, B) on their own API and database,
/// plus what else hostile requests should meet: a submitted and an open sheet, awards under
/// notice with an open appeal, confirmed awards, and contest F with registration open.
public sealed class FuzzWorld : IAsyncDisposable
{
    readonly BadInputContest contest = new();
    NpgsqlConnection? log;

    public Dictionary<string, string> Values => contest.Values;
    /// The points of the two sheets marked here, keyed like <see cref="RequestGenerator"/> keys them.
    public Dictionary<string, decimal> Marks { get; } = [];
    public long MaxBodyBytes => new Competition.Api.Plumbing.SecurityOptions().MaxRequestBodyBytes;

    public static async Task<FuzzWorld> CreateAsync()
    {
        var world = new FuzzWorld();
        await world.InitializeAsync();
        return world;
    }

    async Task InitializeAsync()
    {
        // Failed authentications are what the fuzz makes most; here they must reach the token checks.
        contest.Factory.Settings["Competition:AuthFailures:PermitLimit"] = "1000000";
        // Imports, too, are what it makes often; their rate limit has its own test (ImportLimitTests).
        contest.Factory.Settings["Competition:Imports:PerMinute"] = "1000000";
        await contest.InitializeAsync();
        var (api, v) = (contest.Api, contest.Values);
        var c = $"/api/contests/{v["c"]}";
        var sheet = $"{c}/stages/{v["theory"]}/entries/{v["bo"]}";
        var mark = $"{sheet}/marks/{v["written"]}";
        await api.Put(mark, v["examinerToken"], new { points = 55 });
        await api.Post($"{sheet}/sheet/submit", v["examinerToken"]);
        await api.Put(mark, v["bothToken"], new { points = 60 });
        (Marks[$"examinerToken {mark}"], Marks[$"bothToken {mark}"]) = (55, 60);

        v["painter"] = await ProposedCategoryAsync(c, "Painter");
        await api.Post($"{c}/categories/{v["painter"]}/awards/notice", v["org"], new { days = 1 });
        contest.Factory.Clock.Advance(TimeSpan.FromDays(1.01));
        await api.Post($"{c}/categories/{v["painter"]}/awards/confirm", v["org"]);
        v["fitter"] = await ProposedCategoryAsync(c, "Fitter", "fitterEntry", "fitterEntry2");
        await api.Post($"{c}/categories/{v["fitter"]}/awards/notice", v["org"], new { days = 7 });
        v["appeal"] = (await api.Create($"{c}/categories/{v["fitter"]}/awards/appeals", v["org"], new { entryId = v["fitterEntry"], reason = "Recount" })).ToString();

        var created = (await api.Post("/api/contests", ApiFactory.AdminKey, new { name = "Contest F", kind = "labour" }, HttpStatusCode.Created))!;
        (v["cF"], v["orgF"]) = ((string)created["id"]!, (string)created["organizerToken"]!);
        var f = $"/api/contests/{v["cF"]}";
        v["catF"] = (await api.Create($"{f}/categories", v["orgF"], new { name = "Open cat", entryType = "individual" })).ToString();
        v["stageF"] = (await api.Create($"{f}/categories/{v["catF"]}/stages", v["orgF"], new { name = "S1", weight = 10, aggregation = new { rule = "mean" } })).ToString();
        await api.Create($"{f}/stages/{v["stageF"]}/criteria", v["orgF"], new { name = "K", maxPoints = 10, kind = "measurement" });
        await api.Post($"{f}/registration/open", v["orgF"]);
        var judge = (await api.Post($"{f}/judges", v["orgF"], new { name = "Judge F", organization = "Org F", categoryIds = new[] { v["catF"] } }, HttpStatusCode.Created))!;
        v["judgeF"] = (string)judge["token"]!;

        log = new NpgsqlConnection(contest.Factory.ConnectionString);
        await log.OpenAsync();
    }

    /// A category whose only stage was opened and closed and whose awards are proposed.
    /// A category with its awards proposed, and entries of its own under the given keys (for appeals).
    async Task<string> ProposedCategoryAsync(string c, string name, params string[] entryKeys)
    {
        var (api, org) = (contest.Api, contest.Values["org"]);
        var category = await api.Create($"{c}/categories", org, new { name, entryType = "individual" });
        if (entryKeys.Length > 0)
        {
            await api.Post($"{c}/registration/open", org);
            foreach (var key in entryKeys)
            {
                var entry = await api.Create($"{c}/entries", org, new { categoryId = category, name = $"{name} {key}", organization = "Org F" });
                await api.Post($"{c}/entries/{entry}/approve", org);
                contest.Values[key] = entry.ToString();
            }
            await api.Post($"{c}/registration/close", org);
        }
        var stage = await api.Create($"{c}/categories/{category}/stages", org, new { name = "Only", weight = 100, aggregation = new { rule = "mean" } });
        await api.Create($"{c}/stages/{stage}/criteria", org, new { name = "K", maxPoints = 10, kind = "measurement" });
        await api.Put($"{c}/categories/{category}/award-policy", org, new { tiers = new[] { new { name = "Gold", share = 0.3 } }, minimumScore = 0 }, HttpStatusCode.NoContent);
        await api.Post($"{c}/stages/{stage}/open", org);
        await api.Post($"{c}/stages/{stage}/close", org);
        await api.Post($"{c}/categories/{category}/awards/propose", org, null, HttpStatusCode.OK);
        return category.ToString();
    }

    /// The event log's size and last sequence number.
    public async Task<(long Count, long Last)> LogAsync()
    {
        await using var command = new NpgsqlCommand("select count(*), coalesce(max(seq_id), 0) from public.mt_events", log);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    public async Task<(int Status, string? ContentType, string Body)> SendAsync(FuzzRequest request)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Url);
        foreach (var (name, value) in request.Headers) message.Headers.TryAddWithoutValidation(name, value);
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            if (request.ContentType is not null) message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
        }
        using var response = await contest.Api.Http.SendAsync(message);
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        if (log is not null) await log.DisposeAsync();
        await contest.DisposeAsync();
    }
}
