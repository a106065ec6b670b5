namespace Competition.Api.Plumbing;

/// The admin key (creates contests). From configuration (<c>Competition:AdminKey</c>); else kept in the file
/// <c>Competition:AdminKeyFile</c> names (./run.sh: .local/admin-key), made there at the first start, so the key a
/// browser saved keeps working across restarts; else a random one for this run. A key made here is printed at
/// start-up, on the console only, never through logging, so it does not end up in log stores.
public sealed class AdminKey
{
    public AdminKey(IConfiguration configuration)
    {
        var configured = configuration["Competition:AdminKey"];
        var file = configuration["Competition:AdminKeyFile"];
        string key;
        if (!string.IsNullOrWhiteSpace(configured)) key = configured;
        else if (!string.IsNullOrWhiteSpace(file)) key = Kept(Path.GetFullPath(file));
        else
        {
            key = Tokens.New();
            Console.WriteLine($"Competition:AdminKey is not set; admin key for this run: {key}");
        }
        Hash = Tokens.Hash(key);
    }

    public string Hash { get; }

    static string Kept(string path)
    {
        if (File.Exists(path) && File.ReadAllText(path).Trim() is { Length: > 0 } kept)
        {
            Console.WriteLine($"Admin key (kept in {path}): {kept}");
            return kept;
        }
        var key = Tokens.New();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, key + "\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Console.WriteLine($"Admin key made for this machine and kept in {path}: {key}");
        return key;
    }
}
