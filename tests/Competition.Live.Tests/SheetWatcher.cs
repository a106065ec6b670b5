using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;

namespace Competition.Live.Tests;

/// <summary>A judge's tablet on the hub: signed in with the judge's token (<c>WatchSheets</c>), keeping every
/// <c>sheetReopened</c> message in order of arrival, as raw JSON.</summary>
public sealed class SheetWatcher : IAsyncDisposable
{
    readonly HubConnection connection;
    readonly Channel<JsonElement> messages = Channel.CreateUnbounded<JsonElement>();

    SheetWatcher(Uri api)
    {
        connection = new HubConnectionBuilder().WithUrl(new Uri(api, "/hubs/leaderboard")).Build();
        connection.On<JsonElement>("sheetReopened", data => messages.Writer.TryWrite(data.Clone()));
    }

    public static async Task<SheetWatcher> StartAsync(Uri api, string judgeToken)
    {
        var watcher = new SheetWatcher(api);
        await watcher.connection.StartAsync();
        await watcher.connection.InvokeAsync("WatchSheets", judgeToken);
        return watcher;
    }

    public async Task<JsonElement> NextAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try { return await messages.Reader.ReadAsync(cts.Token); }
        catch (OperationCanceledException) { throw new TimeoutException($"No 'sheetReopened' within {timeout}; connection {connection.State}."); }
    }

    /// <summary>Messages received and not yet taken.</summary>
    public int Waiting => messages.Reader.Count;

    public HubConnection Connection => connection;

    public async ValueTask DisposeAsync() => await connection.DisposeAsync();
}
