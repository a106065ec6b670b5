using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Competition.TestSupport;

/// <summary>Runs tests/node/live/watch.mjs (the npm @microsoft/signalr client) and timestamps each JSON line it prints.</summary>
public sealed class NodeWatcher : IAsyncDisposable
{
    readonly Process process;
    readonly Channel<Message> messages = Channel.CreateUnbounded<Message>();
    readonly Task pump;
    readonly System.Text.StringBuilder errors = new();

    public sealed record Message(string Type, JsonNode? Data, long ReceivedAt);

    NodeWatcher(Process process)
    {
        this.process = process;
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (errors) errors.AppendLine(e.Data); };
        process.BeginErrorReadLine();
        pump = Task.Run(PumpAsync);
    }

    public static NodeWatcher Start(Uri api, Guid contestId, Guid categoryId, int leaderboards, int timeoutSeconds = 60)
    {
        var root = RepositoryRoot.Find();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { Path.Combine(root, "tests/node/live/watch.mjs"), api.ToString(), contestId.ToString(), categoryId.ToString(),
                     leaderboards.ToString(), timeoutSeconds.ToString() })
            start.ArgumentList.Add(arg);
        return new NodeWatcher(Process.Start(start)!);
    }

    async Task PumpAsync()
    {
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            var received = Stopwatch.GetTimestamp();
            var json = JsonNode.Parse(line)!;
            messages.Writer.TryWrite(new Message((string)json["type"]!, json["data"], received));
        }
        messages.Writer.TryComplete();
    }

    /// <summary>The next message of the given type (others are skipped), or a failure with the script's stderr.</summary>
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
        catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
        {
            throw new TimeoutException($"No '{type}' message from watch.mjs. stderr: {Errors}");
        }
    }

    public string Errors
    {
        get { lock (errors) return errors.ToString(); }
    }

    public async Task<int> ExitCodeAsync()
    {
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(20)).Token);
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) process.Kill();
        await process.WaitForExitAsync();
        await pump;
        process.Dispose();
    }
}
