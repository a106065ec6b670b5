using Competition.EventStore.Reading;
using Competition.EventStore.Schema;
using Competition.EventStore.Writing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Competition.EventStore;

public sealed class PostgresEventStore : IEventStore, IAsyncDisposable
{
    readonly GroupCommitWriter writer;
    readonly EventReader reader;
    readonly Lock schemaLock = new();
    Task? schema;

    public PostgresEventStore(EventStoreOptions options, ILoggerFactory? loggers = null)
    {
        options.Validate();
        Options = options;
        Loggers = loggers ?? NullLoggerFactory.Instance;
        DataSource = NpgsqlDataSource.Create(WithPreparedStatements(options.ConnectionString));
        reader = new EventReader(options);
        writer = new GroupCommitWriter(DataSource, options, Loggers.CreateLogger<PostgresEventStore>());
    }

    public EventStoreOptions Options { get; }

    /// <summary>
    /// The store and the read side run a few statements over and over (stream reads, appends, checkpoint
    /// moves, read-model upserts): prepared automatically on each pooled connection, PostgreSQL stops
    /// parsing and planning them on every call, about a third of its CPU per mark (bench/ marks). An
    /// explicit "Max Auto Prepare" in the connection string wins.
    /// </summary>
    internal static string WithPreparedStatements(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey("Max Auto Prepare") || given.ContainsKey("MaxAutoPrepare")) return connectionString;
        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 64 }.ConnectionString;
    }

    internal ILoggerFactory Loggers { get; }
    /// <summary>The store's pool; hosts share it for their own queries rather than opening a second one.</summary>
    public NpgsqlDataSource DataSource { get; }
    internal EventReader Reader => reader;

    /// <summary>Applies the schema scripts once per store; a failed attempt is retried by the next caller.</summary>
    public Task EnsureSchemaAsync(CancellationToken ct = default)
    {
        lock (schemaLock)
        {
            if (schema is null || schema.IsFaulted || schema.IsCanceled)
                schema = SchemaMigrator.ApplyAsync(DataSource, Options.Schema, ct);
            return schema;
        }
    }

    public EventSession OpenSession() => new(this);

    internal async Task<AppendResult> SubmitAsync(PendingCommit commit, CancellationToken ct)
    {
        await EnsureSchemaAsync(ct);
        return await writer.SubmitAsync(commit, ct);
    }

    public Task<IReadOnlyList<EventEnvelope>> FetchStreamAsync(Guid streamId, CancellationToken ct = default) =>
        FetchStreamAsync(streamId, 0, ct);

    public async Task<IReadOnlyList<EventEnvelope>> FetchStreamAsync(Guid streamId, long afterVersion, CancellationToken ct = default)
    {
        await EnsureSchemaAsync(ct);
        await using var conn = await DataSource.OpenConnectionAsync(ct);
        return await reader.ReadStreamAsync(conn, streamId, afterVersion, ct);
    }

    public async Task<(TState State, long Version)> AggregateStreamAsync<TState>(
        Guid streamId, TState initial, Func<TState, object, TState> evolve, CancellationToken ct = default)
    {
        var state = initial;
        long version = 0;
        foreach (var e in await FetchStreamAsync(streamId, ct))
        {
            state = evolve(state, e.Data);
            version = e.Version;
        }
        return (state, version);
    }

    public async Task<IReadOnlyList<EventEnvelope>> ReadAllAsync(long afterSequence, int limit, CancellationToken ct = default)
    {
        await EnsureSchemaAsync(ct);
        await using var conn = await DataSource.OpenConnectionAsync(ct);
        return (await reader.ReadAllAsync(conn, null, afterSequence, limit, ct)).Events;
    }

    public async Task<long> ReadHeadSequenceAsync(CancellationToken ct = default)
    {
        await EnsureSchemaAsync(ct);
        await using var conn = await DataSource.OpenConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand($"SELECT coalesce(max(seq_id), 0) FROM {Options.Schema}.mt_events", conn);
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    public async ValueTask DisposeAsync()
    {
        await writer.DisposeAsync();
        await DataSource.DisposeAsync();
    }
}
