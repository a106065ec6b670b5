using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;

namespace Competition.Live.Tests;

/// <summary>
/// A big screen: the .NET SignalR client on /hubs/leaderboard, watching one category. Every <c>leaderboard</c> and
/// <c>awards</c> message is kept in order of arrival with the moment it arrived (the client runs the handlers
/// of one connection one at a time, in the order the server sent them).
/// </summary>
public sealed class BoardWatcher : IAsyncDisposable
{
    readonly HubConnection connection;
    readonly Channel<Message> messages = Channel.CreateUnbounded<Message>();
    Exception? closedBy;
    volatile bool closed;

    public sealed record Message(string Type, JsonNode Data, long ReceivedAt);

    BoardWatcher(Uri api)
    {
        connection = new HubConnectionBuilder().WithUrl(new Uri(api, "/hubs/leaderboard")).Build();
        foreach (var type in new[] { "leaderboard", "awards", "round" })
            connection.On<JsonElement>(type, data =>
                messages.Writer.TryWrite(new Message(type, JsonNode.Parse(data.GetRawText())!, Stopwatch.GetTimestamp())));
        connection.Closed += error =>
        {
            (closed, closedBy) = (true, error);
            return Task.CompletedTask;
        };
    }

    /// <summary>Connects without watching anything yet.</summary>
    public static async Task<BoardWatcher> ConnectAsync(Uri api)
    {
        var watcher = new BoardWatcher(api);
        await watcher.connection.StartAsync();
        return watcher;
    }

    /// <summary>Connects and watches the category: the hub answers at once with its board and awards view.</summary>
    public static async Task<BoardWatcher> StartAsync(Uri api, Guid contestId, Guid categoryId)
    {
        var watcher = await ConnectAsync(api);
        await watcher.WatchAsync(contestId, categoryId);
        return watcher;
    }

    public Task WatchAsync(Guid contestId, Guid categoryId) =>
        connection.InvokeAsync("Watch", contestId.ToString(), categoryId.ToString());

    /// <summary>Watches the board's first <paramref name="top"/> rows only.</summary>
    public Task WatchTopAsync(Guid contestId, Guid categoryId, int top) =>
        connection.InvokeAsync("WatchTop", contestId.ToString(), categoryId.ToString(), top);

    /// <summary>Watches a labour round's board: <c>round</c> messages.</summary>
    public Task WatchRoundAsync(Guid contestId, Guid roundId, int? top = null) => top is { } n
        ? connection.InvokeAsync("WatchRoundTop", contestId.ToString(), roundId.ToString(), n)
        : connection.InvokeAsync("WatchRound", contestId.ToString(), roundId.ToString());

    /// <summary>Ends the connection's watches of the category: the whole board and its windows.</summary>
    public Task UnwatchAsync(Guid contestId, Guid categoryId) =>
        connection.InvokeAsync("Unwatch", contestId.ToString(), categoryId.ToString());

    /// <summary>The next message of the given type (others are skipped).</summary>
    public async Task<Message> NextAsync(string type, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        try
        {
            while (true)
            {
                var message = await messages.Reader.ReadAsync(cts.Token);
                if (message.Type == type) return message;
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No '{type}' message within {timeout ?? TimeSpan.FromSeconds(20)}; connection {State}.");
        }
    }

    /// <summary>The next message of any type.</summary>
    public async Task<Message> NextAnyAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        try { return await messages.Reader.ReadAsync(cts.Token); }
        catch (OperationCanceledException) { throw new TimeoutException($"No message within {timeout ?? TimeSpan.FromSeconds(20)}; connection {State}."); }
    }

    /// <summary>Messages received and not yet taken by <see cref="NextAsync"/>.</summary>
    public int Waiting => messages.Reader.Count;

    /// <summary>Connected, never closed by the server or a transport error since it started.</summary>
    public bool Healthy => connection.State == HubConnectionState.Connected && !closed;

    public string State => closed ? $"closed ({closedBy?.Message ?? "no error"})" : connection.State.ToString();

    public async ValueTask DisposeAsync() => await connection.DisposeAsync();
}
