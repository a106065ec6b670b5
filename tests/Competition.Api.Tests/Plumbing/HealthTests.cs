using Competition.Api.Tests.Support;
using Competition.Domain.Contests;
using Competition.Projections.Store;
using Competition.TestSupport;
using Marten;
using Marten.Services;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Competition.Api.Tests.Plumbing;

/// /health tells when the boards stop following the log. An append held open in its transaction leaves a
/// gap the daemon must not pass (it may still commit); marks after it commit but the board waits, and once
/// that has lasted longer than the configured lag, the health check says Degraded. When the held append
/// rolls back, the daemon gets past the dead gap and the check is Healthy again.
public sealed class HealthTests : IAsyncLifetime
{
    readonly ApiFactory factory = new() { Settings = { ["Competition:Health:ProjectionLagSeconds"] = "1" } };

    public Task InitializeAsync() => factory.InitializeAsync();

    public Task DisposeAsync() => factory.DisposeAsync();

    [Fact]
    public async Task Health_is_degraded_while_the_boards_wait_on_a_live_gap_and_healthy_once_it_is_gone()
    {
        var http = factory.CreateClient();
        var contest = await MarkingContest.SetUpAsync(http, ApiFactory.AdminKey, entries: 1, judges: 1, criteria: 1);
        (await HealthAsync(http)).ShouldBe("Healthy");

        var store = factory.Host.Services.GetRequiredService<IDocumentStore>();
        await using var held = new NpgsqlConnection(factory.ConnectionString);
        await held.OpenAsync();
        await using var transaction = await held.BeginTransactionAsync();
        await using (var session = store.LightweightSession(SessionOptions.ForTransaction(transaction)))
        {
            session.Events.StartStream(CompetitionStore.StreamTypes.Contest, Guid.NewGuid(),
                new RegistrationOpened(Guid.NewGuid(), DateTimeOffset.UtcNow));
            await session.SaveChangesAsync(); // appended inside the held transaction, not committed
        }
        var answer = await http.SendAsync(new HttpRequestMessage(HttpMethod.Put, contest.MarkUrl(contest.Entries[0], contest.Criteria[0]))
        {
            Headers = { Authorization = new("Bearer", contest.Judges[0].Token) },
            Content = System.Net.Http.Json.JsonContent.Create(new { points = 60 }),
        });
        answer.EnsureSuccessStatusCode();

        await Until(async () => await HealthAsync(http) == "Degraded", TimeSpan.FromSeconds(20), "health never said Degraded");
        // The tablets' liveness probe asks nothing of the database or the boards: the node answers, so it is live.
        (await (await http.GetAsync("/health/live")).Content.ReadAsStringAsync()).ShouldBe("Healthy");
        await transaction.RollbackAsync();
        await Until(async () => await HealthAsync(http) == "Healthy", TimeSpan.FromSeconds(60), "health never recovered");
        var board = await http.GetStringAsync(contest.LeaderboardUrl);
        board.ShouldContain("\"total\":60");
    }

    static async Task<string> HealthAsync(HttpClient http) => await (await http.GetAsync("/health")).Content.ReadAsStringAsync();

    static async Task Until(Func<Task<bool>> condition, TimeSpan timeout, string message)
    {
        var until = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException(message);
            await Task.Delay(100);
        }
    }
}
