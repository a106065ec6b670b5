using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Competition.Api.Plumbing;
using Competition.Api.Tests.Support;
using Npgsql;

namespace Competition.Api.Tests.Security;

/// Issue 7: tokens long and random, stored hashed, never logged. (They are compared with
/// CryptographicOperations.FixedTimeEquals or looked up by their SHA-256, which says nothing of the
/// token; timing itself is not asserted in tests.)
public sealed class TokenTests(SecureApi api) : IClassFixture<SecureApi>
{
    [Fact]
    public void Tokens_are_256_random_bits_in_base64url()
    {
        var tokens = Enumerable.Range(0, 2000).Select(_ => Tokens.New()).ToList();
        tokens.Distinct().Count().ShouldBe(tokens.Count);
        tokens.ShouldAllBe(t => t.Length == 43 && t.All(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_'));
        Convert.FromBase64String(tokens[0].Replace('-', '+').Replace('_', '/') + "=").Length.ShouldBe(32);
        // Every one of the 64 characters turns up: no narrowed alphabet, no fixed positions.
        tokens.SelectMany(t => t).Distinct().Count().ShouldBe(64);
        tokens.Select(t => t[0]).Distinct().Count().ShouldBeGreaterThan(50);
    }

    [Fact]
    public async Task The_event_log_holds_token_hashes_never_tokens()
    {
        var contest = await SecureContest.CreateAsync(api.Api);
        var events = await EventTextAsync();
        foreach (var token in new[] { contest.Organizer, contest.Judge1Token, contest.Judge2Token })
        {
            events.ShouldNotContain(token);
            events.ShouldContain(Sha256(token));
        }
        events.ShouldNotContain(ApiFactory.AdminKey);
    }

    [Fact]
    public async Task The_integrator_feed_carries_no_token_or_hash_of_one()
    {
        var contest = await SecureContest.CreateAsync(api.Api);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{contest.Path}/events?after=0")
        { Headers = { Authorization = new("Bearer", contest.Organizer) } };
        var feed = await (await api.Http.SendAsync(request)).Content.ReadAsStringAsync();
        feed.ShouldContain("contest.judge-appointed");
        foreach (var token in new[] { contest.Organizer, contest.Judge1Token, contest.Judge2Token })
        {
            feed.ShouldNotContain(token);
            feed.ShouldNotContain(Sha256(token));
        }
        feed.ShouldNotContain("tokenHash", Case.Insensitive);
    }

    [Fact]
    public async Task No_token_reaches_the_logs_at_any_level()
    {
        var contest = await SecureContest.CreateAsync(api.Api);
        const string unknown = "unknown-token-that-must-not-be-logged";
        foreach (var (method, url, token, body) in new (HttpMethod, string, string, object?)[]
        {
            (HttpMethod.Get, $"{contest.Path}/events?after=0", contest.Organizer, null),
            (HttpMethod.Post, $"{contest.Path}/categories", contest.Organizer, new { name = "Welder", entryType = "team" }),
            (HttpMethod.Post, $"{contest.Path}/categories", contest.Organizer, new { name = "", entryType = "team" }),
            (HttpMethod.Post, $"{contest.Path}/stages/{Guid.NewGuid()}/open", contest.Organizer, null),
            (HttpMethod.Post, $"{contest.Path}/registration/close", contest.Organizer, null),
            (HttpMethod.Get, "/api/judge/me", contest.Judge1Token, null),
            (HttpMethod.Put, contest.Mark(contest.Bo), contest.Judge1Token, new { points = 8 }),
            (HttpMethod.Put, contest.Mark(contest.Bo), contest.Judge1Token, new { points = 80 }),
            (HttpMethod.Post, $"{contest.Path}/categories", contest.Judge2Token, new { name = "X", entryType = "team" }),
            (HttpMethod.Post, "/api/contests", contest.Organizer, new { name = "X", kind = "skills" }),
            (HttpMethod.Post, $"{contest.Path}/categories", unknown, new { name = "X", entryType = "team" }),
            (HttpMethod.Get, "/api/judge/me", unknown, null),
        })
        {
            using var _ = await api.SendAsync(method, url, token, "10.9.0.1", body is null ? null : JsonContent.Create(body));
        }
        // The judge's QR link carries the token in its fragment; the console posts it, never puts it in a URL.
        using var qr = await api.Http.PostAsync("/qr.svg", new StringContent($"{api.Http.BaseAddress}judge#token={contest.Judge2Token}", Encoding.UTF8, "text/plain"));
        qr.StatusCode.ShouldBe(HttpStatusCode.OK);

        var logs = string.Join("\n", api.Logs.Lines);
        logs.ShouldContain(contest.Path, customMessage: "request-level logs are captured, so the check below sees them");
        foreach (var token in new[] { contest.Organizer, contest.Judge1Token, contest.Judge2Token, unknown, ApiFactory.AdminKey })
            logs.ShouldNotContain(token);
    }

    async Task<string> EventTextAsync()
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select string_agg(data::text, ' ') from public.mt_events", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    static string Sha256(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
