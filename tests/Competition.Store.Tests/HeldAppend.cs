using Competition.Domain.Sheets;
using Competition.Projections.Store;
using Marten;
using Marten.Services;
using Npgsql;

namespace Competition.Store.Tests;

/// <summary>
/// A mark appended through Marten's own append path inside a transaction the test owns and holds open: the mark has
/// taken its sequence number, its row is written but not committed, and the session sits "idle in transaction".
/// </summary>
internal sealed class HeldAppend : IAsyncDisposable
{
    readonly NpgsqlConnection connection;
    readonly NpgsqlTransaction transaction;

    HeldAppend(NpgsqlConnection connection, NpgsqlTransaction transaction, MarkAwarded mark, long sequence) =>
        (this.connection, this.transaction, Mark, Sequence) = (connection, transaction, mark, sequence);

    public MarkAwarded Mark { get; }
    public long Sequence { get; }
    /// <summary>The backend holding the transaction, for pg_terminate_backend.</summary>
    public int ProcessId => connection.ProcessID;

    public static async Task<HeldAppend> StartAsync(IDocumentStore store, string connectionString, MarkAwarded mark)
    {
        // Unpooled: a killed backend must not go back to a pool.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var session = store.LightweightSession(SessionOptions.ForTransaction(transaction));
        var action = session.Queue(mark.SheetId, CompetitionStore.StreamTypes.Sheet, 0, mark);
        await session.SaveChangesAsync(); // the transaction is the test's: Marten neither commits nor rolls it back
        return new HeldAppend(connection, transaction, mark, action.Events[0].Sequence);
    }

    public Task CommitAsync() => transaction.CommitAsync();

    public async ValueTask DisposeAsync()
    {
        try { await transaction.DisposeAsync(); }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException) { } // the backend was killed
        await connection.DisposeAsync();
    }
}
