using System.Globalization;

namespace Competition.Bench.Fanout;

/// <summary>
/// Time a process's threads spent runnable but waiting for a CPU (/proc/pid/task/*/schedstat, second
/// field): on a shared machine it tells a slow push path from a busy machine.
/// </summary>
internal static class RunQueue
{
    public static TimeSpan Waited(int pid)
    {
        long nanoseconds = 0;
        foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
        {
            try
            {
                var fields = File.ReadAllText(Path.Combine(task, "schedstat")).Split(' ');
                nanoseconds += long.Parse(fields[1], CultureInfo.InvariantCulture);
            }
            catch (IOException) { } // the thread ended meanwhile
        }
        return TimeSpan.FromTicks(nanoseconds / 100);
    }
}
