namespace Competition.LocalPostgres;

public sealed record LocalPostgresOptions
{
    /// <summary>Keep fsync and synchronous_commit on (the default). Tests turn this off for speed.</summary>
    public bool Durable { get; init; } = true;

    public int MaxConnections { get; init; } = 300;

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
