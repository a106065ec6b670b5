namespace Competition.Api.Plumbing;

/// The admin key (creates contests). From configuration; when unset a random one is generated
/// and printed at start-up, so a first `dotnet run` is usable at once.
public sealed class AdminKey
{
    public AdminKey(IConfiguration configuration)
    {
        var configured = configuration["Competition:AdminKey"];
        var key = string.IsNullOrWhiteSpace(configured) ? Tokens.New() : configured;
        Hash = Tokens.Hash(key);
        // Printed on the console only, never through logging, so it does not end up in log stores.
        if (string.IsNullOrWhiteSpace(configured))
            Console.WriteLine($"Competition:AdminKey is not set; admin key for this run: {key}");
    }

    public string Hash { get; }
}
