namespace Competition.Api.Tests.Support;

/// Read models and reactions follow the log a moment after the write's answer.
public static class Eventually
{
    public static async Task True(Func<Task<bool>> condition, string what = "The read model did not catch up")
    {
        var until = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"{what} within 15 s");
            await Task.Delay(50);
        }
    }
}
