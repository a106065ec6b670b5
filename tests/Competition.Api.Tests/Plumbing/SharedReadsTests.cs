using Competition.Api.Writing;

namespace Competition.Api.Tests.Plumbing;

/// The read-side group commit: callers share reads, but never a read that started before they arrived.
public sealed class SharedReadsTests
{
    readonly SharedReads<string, int> reads = new();
    readonly List<TaskCompletionSource<int>> started = [];

    Task<int> Read(string key = "contest") => reads.ReadAsync(key, () =>
    {
        var read = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (started) started.Add(read);
        return read.Task;
    }, CancellationToken.None);

    async Task<TaskCompletionSource<int>> StartedAsync(int count)
    {
        for (var i = 0; i < 200; i++)
        {
            lock (started) if (started.Count >= count) return started[count - 1];
            await Task.Delay(10);
        }
        throw new TimeoutException($"read {count} never started");
    }

    [Fact]
    public async Task Callers_arriving_during_a_read_share_the_next_one_and_not_the_one_on_the_wire()
    {
        var first = Read();
        var onTheWire = await StartedAsync(1);
        var joiners = new[] { Read(), Read(), Read() };

        onTheWire.SetResult(1);
        (await first).ShouldBe(1);
        var next = await StartedAsync(2);
        joiners.ShouldAllBe(j => !j.IsCompleted, "they arrived after read 1 started, so read 1 may not have seen what they must see");
        next.SetResult(2);
        (await Task.WhenAll(joiners)).ShouldBe([2, 2, 2]);
        lock (started) started.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_failed_read_fails_its_callers_and_the_next_caller_reads_again()
    {
        var first = Read();
        (await StartedAsync(1)).SetException(new InvalidOperationException("connection lost"));
        await Should.ThrowAsync<InvalidOperationException>(first);

        var second = Read();
        (await StartedAsync(2)).SetResult(7);
        (await second).ShouldBe(7);
    }

    [Fact]
    public async Task Different_keys_read_independently()
    {
        var a = Read("a");
        var b = Read("b");
        await StartedAsync(2);
        lock (started) { started[0].SetResult(1); started[1].SetResult(2); }
        (await a, await b).ShouldBe((1, 2));
    }
}
