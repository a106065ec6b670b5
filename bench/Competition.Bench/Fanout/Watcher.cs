using System.Buffers.Text;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;

namespace Competition.Bench.Fanout;

/// <summary>
/// One big screen as a raw WebSocket speaking SignalR's JSON protocol (no negotiate, WebSocket transport):
/// handshake, <c>Watch</c> (or <c>WatchTop</c> of a window), then the sequence and arrival time of every
/// <c>leaderboard</c> message. Only the few bytes needed are looked at (of a window's message, its rows and count
/// too: <see cref="WindowCheck"/>), so that the client, not the server, is never what is measured.
/// </summary>
internal sealed class Watcher
{
    const byte Separator = 0x1e;
    static readonly byte[] Handshake = Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}\u001e");
    static readonly byte[] Ping = Encoding.UTF8.GetBytes("{\"type\":6}\u001e");

    readonly ClientWebSocket socket = new();
    readonly TaskCompletionSource watching = new(TaskCreationOptions.RunContinuationsAsynchronously);
    byte[] buffer = new byte[8 * 1024];
    int filled;
    bool handshaken, watchAnswered;
    long last = -1;

    /// <summary>Every leaderboard received: its sequence and Stopwatch timestamp. Written only by the receive loop.</summary>
    public List<(long Sequence, long At)> Boards { get; } = new(32);
    public long LastSequence => Volatile.Read(ref last);
    /// <summary>Boards older than one already received: the contract says never.</summary>
    public int OutOfOrder { get; private set; }
    public string? Error { get; private set; }
    /// <summary>A window screen's checks of what it was sent; null for a screen on the whole board.</summary>
    public WindowCheck? Window { get; private init; }

    /// <summary>Connected, watching, and holding the current board; throws if the hub refused.</summary>
    public static async Task<Watcher> ConnectAsync(Uri hub, Guid contest, Guid category, FanoutBoard board, CancellationToken ct)
    {
        var watcher = new Watcher { Window = board.Top is { } window ? new WindowCheck(window, board.Entries) : null };
        watcher.socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await watcher.socket.ConnectAsync(hub, ct);
        _ = watcher.ReceiveAsync();
        await watcher.socket.SendAsync(Handshake, WebSocketMessageType.Text, true, ct);
        var (target, top) = board.Top is { } rows ? ("WatchTop", $",{rows}") : ("Watch", "");
        var watch = Encoding.UTF8.GetBytes(
            $"{{\"type\":1,\"invocationId\":\"1\",\"target\":\"{target}\",\"arguments\":[\"{contest}\",\"{category}\"{top}]}}\u001e");
        await watcher.socket.SendAsync(watch, WebSocketMessageType.Text, true, ct);
        await watcher.watching.Task.WaitAsync(ct);
        return watcher;
    }

    /// <summary>SignalR closes a connection it has not heard from in 30 s; the server's own pings do not count.</summary>
    public async Task PingAsync()
    {
        try
        {
            if (socket.State == WebSocketState.Open) await socket.SendAsync(Ping, WebSocketMessageType.Text, true, CancellationToken.None);
        }
        catch (Exception e) { Error ??= e.Message; }
    }

    public void Close()
    {
        socket.Abort();
        socket.Dispose();
    }

    async Task ReceiveAsync()
    {
        try
        {
            while (true)
            {
                if (filled == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
                var result = await socket.ReceiveAsync(buffer.AsMemory(filled), CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close) throw new WebSocketException("closed by the server");
                var at = Stopwatch.GetTimestamp();
                filled += result.Count;
                var start = 0;
                int end;
                while ((end = buffer.AsSpan(start, filled - start).IndexOf(Separator)) >= 0)
                {
                    Handle(buffer.AsSpan(start, end), at);
                    start += end + 1;
                }
                if (start == 0) continue;
                buffer.AsSpan(start, filled - start).CopyTo(buffer);
                filled -= start;
            }
        }
        catch (Exception e)
        {
            Error ??= e.Message;
            watching.TrySetException(e);
        }
    }

    void Handle(ReadOnlySpan<byte> message, long at)
    {
        if (!handshaken)
        {
            handshaken = true;
            if (message.IndexOf("\"error\""u8) >= 0) Fail(message);
        }
        else if (message.IndexOf("\"target\":\"leaderboard\""u8) >= 0)
        {
            var key = message.IndexOf("\"sequence\":"u8);
            if (key < 0 || !Utf8Parser.TryParse(message[(key + 11)..], out long sequence, out _)) { Fail(message); return; }
            // The same board twice is allowed (a Watch's first send may cross the group's); an older one is not.
            if (sequence < last) OutOfOrder++;
            Window?.Check(message, newBoard: sequence > last);
            if (sequence > last)
            {
                Boards.Add((sequence, at));
                Volatile.Write(ref last, sequence);
            }
            if (watchAnswered) watching.TrySetResult();
        }
        else if (message.IndexOf("\"type\":3"u8) >= 0)
        {
            if (message.IndexOf("\"error\""u8) >= 0) { Fail(message); return; }
            watchAnswered = true;
            if (Boards.Count > 0) watching.TrySetResult();
        }
        else if (message.IndexOf("\"type\":7"u8) >= 0) Fail(message);
    }

    void Fail(ReadOnlySpan<byte> message)
    {
        Error ??= Encoding.UTF8.GetString(message);
        watching.TrySetException(new InvalidOperationException(Error));
    }
}
