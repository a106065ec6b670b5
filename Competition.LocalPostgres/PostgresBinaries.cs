namespace Competition.LocalPostgres;

/// <summary>Finds initdb/pg_ctl: the highest /usr/lib/postgresql/&lt;ver&gt;/bin first, then PATH.</summary>
internal static class PostgresBinaries
{
    public static string FindBinDirectory()
    {
        const string root = "/usr/lib/postgresql";
        if (Directory.Exists(root))
        {
            var best = Directory.GetDirectories(root)
                .Select(dir => (dir, ok: int.TryParse(Path.GetFileName(dir), out var v), v))
                .Where(x => x.ok && File.Exists(Path.Combine(x.dir, "bin", "pg_ctl")))
                .OrderByDescending(x => x.v)
                .Select(x => Path.Combine(x.dir, "bin"))
                .FirstOrDefault();
            if (best is not null) return best;
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(dir => File.Exists(Path.Combine(dir, "pg_ctl")) && File.Exists(Path.Combine(dir, "initdb")));
        return onPath ?? throw new LocalPostgresException(
            "PostgreSQL server binaries (initdb, pg_ctl) were not found in /usr/lib/postgresql/<version>/bin or on PATH. " +
            "Install them with: apt-get install -y postgresql");
    }
}
