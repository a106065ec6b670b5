using System.Text.Json;
using Competition.Api.Tests.Security;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using static Competition.Api.Tests.Fuzz.FuzzText;

namespace Competition.Api.Tests.Fuzz;

/// The hub's share of the fuzz run: seeded hostile calls (weird and oversized text, forged log lines, made-up ids,
/// wrong argument counts and types, unknown methods) on anonymous connections. A call may be refused, a
/// connection may be closed; the API logs no error and nothing the caller sent, and a screen still gets boards.
public sealed class HubFuzzTests(SecureApi api) : IClassFixture<SecureApi>
{
    const int Seed = 20_261_201, Calls = 400;

    [Fact]
    public async Task Hostile_hub_calls_are_refused_quietly_and_a_screen_still_gets_its_board()
    {
        var contest = await SecureContest.CreateAsync(api.Api);
        var r = new Random(Seed);
        var sent = new List<string>();
        var hub = await ConnectAsync();
        for (var i = 0; i < Calls; i++)
        {
            if (hub.State != HubConnectionState.Connected) { await hub.DisposeAsync(); hub = await ConnectAsync(); }
            var (method, args) = Call(r, contest);
            sent.AddRange(args.OfType<string>().Where(a => a.Length >= 6 && a != contest.Id && a != contest.Category));
            try { await hub.InvokeCoreAsync(method, args).WaitAsync(TimeSpan.FromSeconds(10)); }
            catch (HubException) { } // refused: an unknown id, too long, too many calls
            catch (InvalidOperationException) { } // the server closed the connection (a message too large to read)
            catch (TimeoutException e) { throw new ShouldAssertException($"call {i} ({method}) was not answered: {e.Message}"); }
        }
        await hub.DisposeAsync();

        var errors = api.DeployedLogs.Lines.Where(line => line.StartsWith("Error") || line.StartsWith("Critical")).ToList();
        errors.ShouldBeEmpty();
        foreach (var text in sent.Distinct().Where(t => t.Trim().Length >= 6))
            api.DeployedLogs.Lines.ShouldNotContain(line => line.Contains(text), $"the log holds text a caller sent: {text[..Math.Min(40, text.Length)]}");
        (await api.Http.GetStringAsync("/health")).ShouldBe("Healthy");

        await using var screen = await ConnectAsync();
        var board = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        screen.On<JsonElement>("leaderboard", b => board.TrySetResult(b));
        await screen.InvokeAsync("Watch", contest.Id, contest.Category);
        (await board.Task.WaitAsync(TimeSpan.FromSeconds(15))).GetProperty("categoryId").GetString().ShouldBe(contest.Category);
    }

    static (string Method, object?[] Args) Call(Random r, SecureContest contest)
    {
        string Arg() => r.Next(9) switch
        {
            0 => contest.Id,
            1 => contest.Category,
            2 => Id(r),
            3 => Long(r, r.Next(100, 3_000)),
            4 => $"x\nfail: Competition FORGED {r.Next()} happened",
            5 => "",
            6 => contest.Id + "\u200B",
            _ => Text(r),
        };
        return r.Next(12) switch
        {
            0 => ("Watch", [Arg()]),
            1 => ("Watch", [Arg(), Arg(), Arg()]),
            2 => ("Watch", [r.Next(), null]),
            3 => ("Watch" + One(r, "Top", "Everything", "\u0000", ""), [Arg(), Arg()]),
            4 => ("Unwatch", [Arg(), Arg()]),
            5 => ("Watch", [new { contestId = contest.Id }, Arg()]),
            6 => ("WatchTop", [Arg(), Arg(), One(r, -1, 0, 1, 20, 1000, 1001, int.MaxValue)]),
            7 => ("WatchTop", [Arg(), Arg(), Arg()]),
            8 => ("WatchSheets", [Arg()]),
            9 => ("WatchSheets", [One<object?>(r, null, r.Next(), "", Id(r))]),
            _ => ("Watch", [Arg(), Arg()]),
        };
    }

    static T One<T>(Random r, params T[] choices) => choices[r.Next(choices.Length)];

    async Task<HubConnection> ConnectAsync()
    {
        var hub = new HubConnectionBuilder().WithUrl(new Uri(api.Http.BaseAddress!, "/hubs/leaderboard")).Build();
        await hub.StartAsync();
        return hub;
    }
}
