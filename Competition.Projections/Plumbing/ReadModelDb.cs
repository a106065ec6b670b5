using Competition.EventStore;
using Npgsql;

namespace Competition.Projections.Plumbing;

/// <summary>
/// Where the read models live: tables in the event store's schema, reached through this data source
/// by the queries (projections write through the daemon's own connection and transaction).
/// </summary>
public sealed class ReadModelDb(EventStoreOptions options, NpgsqlDataSource? shared = null) : IAsyncDisposable
{
    readonly Lock gate = new();
    Task? ensured;

    public string Schema { get; } = options.Schema;
    public string ConnectionString { get; } = options.ConnectionString;
    public NpgsqlDataSource DataSource { get; } = shared ?? NpgsqlDataSource.Create(options.ConnectionString);

    public string CategoryDocs => $"{Schema}.read_category_docs";
    public string Sheets => $"{Schema}.read_sheets";
    public string Leaderboards => $"{Schema}.read_leaderboards";
    public string Awards => $"{Schema}.read_awards";
    public string Contests => $"{Schema}.read_contests";
    public string Judges => $"{Schema}.read_judges";

    /// <summary>Idempotent DDL, under a transaction-scoped advisory lock so that nodes starting together
    /// do not race on CREATE (which is not concurrency-safe even with IF NOT EXISTS).</summary>
    public string CreateTablesSql => $"""
        SELECT pg_advisory_xact_lock(hashtext('{Schema}.read_models'));
        CREATE SCHEMA IF NOT EXISTS {Schema};
        CREATE TABLE IF NOT EXISTS {CategoryDocs} (
            category_id uuid PRIMARY KEY, contest_id uuid NOT NULL, last_seq bigint NOT NULL, doc jsonb NOT NULL);
        CREATE TABLE IF NOT EXISTS {Sheets} (
            category_id uuid NOT NULL, judge_id uuid NOT NULL, entry_id uuid NOT NULL, stage_id uuid NOT NULL, sheet jsonb NOT NULL,
            PRIMARY KEY (category_id, judge_id, entry_id, stage_id));
        -- Documents written before sheets had their own table carry them inside; move them out once.
        INSERT INTO {Sheets} (category_id, judge_id, entry_id, stage_id, sheet)
            SELECT d.category_id, (s.value->>'judgeId')::uuid, (s.value->>'entryId')::uuid, (s.value->>'stageId')::uuid, s.value
            FROM {CategoryDocs} d, jsonb_each(d.doc->'sheets') s WHERE d.doc ? 'sheets'
            ON CONFLICT DO NOTHING;
        UPDATE {CategoryDocs} SET doc = doc - 'sheets' WHERE doc ? 'sheets';
        -- Every sheet row is rewritten on each batch that marks it: room on its page lets the update stay
        -- on the page (HOT, no index entry). Full pages left a quarter of the updates elsewhere and the
        -- table at 1,086 pages for 1,600 sheets during bench/ marks. Applies to pages written from now on.
        ALTER TABLE {Sheets} SET (fillfactor = 50);
        CREATE TABLE IF NOT EXISTS {Leaderboards} (
            category_id uuid PRIMARY KEY, contest_id uuid NOT NULL, sequence bigint NOT NULL, board jsonb NOT NULL);
        CREATE TABLE IF NOT EXISTS {Awards} (
            category_id uuid PRIMARY KEY, contest_id uuid NOT NULL, sequence bigint NOT NULL, view jsonb NOT NULL);
        CREATE TABLE IF NOT EXISTS {Contests} (
            contest_id uuid PRIMARY KEY, last_seq bigint NOT NULL, view jsonb NOT NULL);
        CREATE TABLE IF NOT EXISTS {Judges} (
            judge_id uuid PRIMARY KEY, contest_id uuid NOT NULL, token_hash text NOT NULL, judge jsonb NOT NULL);
        CREATE INDEX IF NOT EXISTS read_judges_token_hash ON {Judges} (token_hash);
        {Lz4(CategoryDocs, "doc")}
        {Lz4(Leaderboards, "board")}
        """;

    /// <summary>
    /// Working documents and boards are rewritten whole on every change and are far over the TOAST
    /// threshold: lz4 compresses them several times faster than the default pglz. Skipped where the
    /// server was built without lz4; only values written afterwards are affected.
    /// </summary>
    static string Lz4(string table, string column) => $"""
        DO $$ BEGIN
            IF (SELECT attcompression FROM pg_attribute WHERE attrelid = '{table}'::regclass AND attname = '{column}') IS DISTINCT FROM 'l' THEN
                EXECUTE 'ALTER TABLE {table} ALTER COLUMN {column} SET COMPRESSION lz4';
            END IF;
        EXCEPTION WHEN feature_not_supported THEN NULL;
        END $$;
        """;

    /// <summary>Once per process; a failed attempt is retried by the next caller.</summary>
    public Task EnsureTablesAsync(CancellationToken ct)
    {
        lock (gate)
        {
            if (ensured is null || ensured.IsFaulted || ensured.IsCanceled) ensured = CreateAsync(ct);
            return ensured;
        }
    }

    async Task CreateAsync(CancellationToken ct)
    {
        await using var conn = await DataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await using (var cmd = new NpgsqlCommand(CreateTablesSql, conn, tx)) await cmd.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
    }

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken ct)
    {
        await EnsureTablesAsync(ct);
        return await DataSource.OpenConnectionAsync(ct);
    }

    public ValueTask DisposeAsync() => shared is null ? DataSource.DisposeAsync() : ValueTask.CompletedTask;
}
