using Competition.Api.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Competition.Api.Tests.Security;

/// The live hub is open to anyone, so what it takes is bounded: arguments are short ids, calls per connection
/// are limited, nothing a caller sends reaches the log, and watching a board again sends it no second time.
public sealed class HubLimitTests(SecureApi api) : IClassFixture<SecureApi>
{
    [Fact]
    public async Task Oversized_and_forged_arguments_are_refused_without_reaching_the_log()
    {
        await using var hub = await ConnectAsync();
        var huge = new string('A', 3_000);
        for (var i = 0; i < 50; i++)
            (await Should.ThrowAsync<HubException>(() => hub.InvokeAsync("Watch", huge, "B"))).Message.ShouldNotContain("AAAA");
        await Task.Delay(1100); // a second's calls back in the bucket: the forged line is refused as an unknown id, not for the rate
        var forged = await Should.ThrowAsync<HubException>(() => hub.InvokeAsync("Watch", "x\nfail: Something FORGED happened", "y"));
        forged.Message.ShouldNotContain("FORGED");

        // What a deployment writes, under the API's own log levels.
        api.DeployedLogs.Lines.ShouldNotContain(line => line.Contains("FORGED") || line.Contains("AAAAAAAAAA"));
        api.DeployedLogs.Lines.Where(line => line.StartsWith("Error") || line.StartsWith("Critical")).ShouldBeEmpty();
        hub.State.ShouldBe(HubConnectionState.Connected);

        // A message larger than any call needs is not read at all: the connection is closed.
        await using var bulky = await ConnectAsync();
        await Should.ThrowAsync<Exception>(() => bulky.InvokeAsync("Watch", new string('A', 30_000), "B"));
    }

    [Fact]
    public async Task A_connection_calling_faster_than_the_limit_is_refused_and_others_are_not()
    {
        var contest = await SecureContest.CreateAsync(api.Api);
        await using var flood = await ConnectAsync();
        await using var screen = await ConnectAsync();
        var refused = 0;
        for (var i = 0; i < 5 * HubCallLimits.CallsPerSecond; i++)
            try { await flood.InvokeAsync("Unwatch", contest.Id, contest.Category); }
            catch (HubException e) when (e.Message.Contains("Too many calls")) { refused++; }
        refused.ShouldBeGreaterThan(0);
        api.DeployedLogs.Lines.ShouldNotContain(line => line.Contains("Too many calls"));

        // A newer board may be pushed meanwhile (the daemon is still projecting the new contest); a copy of one already sent may not.
        var sequences = new System.Collections.Concurrent.ConcurrentQueue<long>();
        screen.On<System.Text.Json.JsonElement>("leaderboard", board => sequences.Enqueue(board.GetProperty("sequence").GetInt64()));
        await screen.InvokeAsync("Watch", contest.Id, contest.Category);
        await screen.InvokeAsync("Watch", contest.Id, contest.Category);
        await screen.InvokeAsync("Watch", contest.Id, contest.Category);
        await Task.Delay(500);
        sequences.ShouldNotBeEmpty();
        sequences.ShouldBeUnique("watching again sends no second copy of the board");
    }

    async Task<HubConnection> ConnectAsync()
    {
        var hub = new HubConnectionBuilder().WithUrl(new Uri(api.Http.BaseAddress!, "/hubs/leaderboard")).Build();
        await hub.StartAsync();
        return hub;
    }
}
