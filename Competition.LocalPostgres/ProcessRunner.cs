using System.Diagnostics;

namespace Competition.LocalPostgres;

/// <summary>Runs PostgreSQL tools; as root they must run as the postgres OS user, which initdb and postgres insist on.</summary>
internal static class ProcessRunner
{
    public static bool IsRoot => Environment.UserName == "root";

    public static async Task<(int ExitCode, string Output)> RunAsync(string file, IReadOnlyList<string> args, CancellationToken ct, bool asPostgres = true)
    {
        var (command, arguments) = asPostgres && IsRoot ? AsPostgresUser(file, args) : (file, args);
        var psi = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        psi.Environment["LC_ALL"] = "C.UTF-8";
        using var process = Process.Start(psi) ?? throw new LocalPostgresException($"Could not start {command}");
        // pg_ctl start leaves the postmaster holding inherited pipes; read to EOF would hang, so only await exit.
        var stdout = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (stdout) stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stdout) stdout.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await process.WaitForExitAsync(ct);
        lock (stdout) return (process.ExitCode, stdout.ToString());
    }

    public static async Task RunCheckedAsync(string file, IReadOnlyList<string> args, CancellationToken ct, bool asPostgres = true)
    {
        var (code, output) = await RunAsync(file, args, ct, asPostgres);
        if (code != 0) throw new LocalPostgresException($"{Path.GetFileName(file)} {string.Join(' ', args)} failed ({code}):\n{output}");
    }

    static (string, IReadOnlyList<string>) AsPostgresUser(string file, IReadOnlyList<string> args)
    {
        if (File.Exists("/usr/sbin/runuser") || File.Exists("/sbin/runuser"))
            return ("runuser", ["-u", "postgres", "--", file, .. args]);
        var line = string.Join(' ', new[] { file }.Concat(args).Select(Quote));
        return ("su", ["postgres", "-s", "/bin/sh", "-c", line]);
    }

    static string Quote(string s) => "'" + s.Replace("'", "'\"'\"'") + "'";
}
