namespace Competition.Api.Plumbing;

/// The admin key (creates contests). From configuration; when unset a random one is generated
/// and printed at start-up, so a first `dotnet run` is usable at once.
public sealed class AdminKey
{
    public AdminKey(IConfiguration configuration, ILogger<AdminKey> log)
    {
        var configured = configuration["Competition:AdminKey"];
        var key = string.IsNullOrWhiteSpace(configured) ? Tokens.New() : configured;
        Hash = Tokens.Hash(key);
        if (string.IsNullOrWhiteSpace(configured))
            log.LogWarning("Competition:AdminKey is not set; generated admin key for this run: {AdminKey}", key);
    }

    public string Hash { get; }
}
