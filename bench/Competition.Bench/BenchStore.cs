using Competition.Projections.Store;
using JasperFx.Events.Projections;
using Marten;
using Npgsql;

namespace Competition.Bench;

/// <summary>
/// A Marten store configured exactly as the engine configures it (CompetitionStore.Configure, on an
/// NpgsqlDataSource with the API's pool settings: statements prepared automatically, Max Auto Prepare 64),
/// with every table and function created before anything is measured.
/// </summary>
internal static class BenchStore
{
    public static async Task<DocumentStore> CreateAsync(string connectionString, string schema, Action<StoreOptions>? tweak = null,
        Action<NpgsqlConnectionStringBuilder>? connection = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 64 };
        connection?.Invoke(builder);
        var source = NpgsqlDataSource.Create(builder.ConnectionString);
        var store = DocumentStore.For(opts =>
        {
            CompetitionStore.Configure(opts, null, schema, createSchema: true);
            opts.Connection(source);
            tweak?.Invoke(opts);
        });
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        return store;
    }

    /// <summary>The registered projection (or its wrapper) of that name: its Options are the ones the daemon uses.</summary>
    public static IProjectionSource<IDocumentOperations, IQuerySession> Projection(StoreOptions opts, string name) =>
        opts.Projections.All.Single(p => p.Name == name);
}
