using Competition.Api.Awards;
using Competition.Api.Judging;
using Competition.Api.Writing;
using Competition.Projections.Store;
using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.Events.Daemon;
using Marten;
using Npgsql;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Marten;

namespace Competition.Api.Plumbing;

/// The engine on the card's stack: Marten is the event store and the document store (its daemon runs the
/// boards), Wolverine routes the commands to their handlers and carries reactions through its outbox.
public static class Engine
{
    public static WebApplicationBuilder AddEngine(this WebApplicationBuilder builder, string connectionString)
    {
        var configuration = builder.Configuration;
        var schema = configuration["Competition:Schema"] ?? "public";
        // Marten creates and updates its tables itself in Development and tests; elsewhere the schema is applied
        // on purpose, after review (README, "Database schema").
        var createSchema = !builder.Environment.IsProduction() || configuration.GetValue("Competition:CreateSchema", false);

        builder.Services.AddSingleton(new DatabaseSettings(connectionString, schema));
        builder.Services.AddSingleton(NpgsqlDataSource.Create(WithPoolSettings(connectionString)));
        var daemon = new CompetitionStore.DaemonTuning(
            configuration.GetValue("Competition:Daemon:NotifyAppends", false),
            TimeSpan.FromMilliseconds(configuration.GetValue("Competition:Daemon:PollMilliseconds", 50)));
        var marten = builder.Services.AddMarten(opts => CompetitionStore.Configure(opts, null, schema, createSchema, daemon))
            .UseNpgsqlDataSource()
            .UseLightweightSessions()
            // One node runs the daemon at a time; another takes it over when that node's advisory lock goes.
            .AddAsyncDaemon(DaemonMode.HotCold)
            .IntegrateWithWolverine(wolverine => wolverine.MessageStorageSchemaName = schema);
        // Every table and function at start-up rather than on first use, so no request waits on (or races) DDL.
        if (createSchema) marten.ApplyAllDatabaseChangesOnStartup();

        builder.Services.AddSingleton<ContestSnapshots>();
        builder.Services.AddSingleton<EntryStates>();
        builder.Services.AddSingleton<Decisions>();
        builder.Services.AddSingleton<SheetDecisions>();
        builder.Services.AddSingleton<SheetWriter>();
        builder.Services.AddSingleton<FinalRanking>();
        builder.Services.AddSingleton<Competition.Api.Labour.SeasonRanking>();
        builder.Services.AddSingleton<Points.PointsRanking>();
        builder.Services.AddSingleton<RankingSources>();
        builder.Services.AddSingleton<Promotion.PromotionReads>();
        builder.Services.AddSingleton<AdminKey>();
        builder.Services.AddSingleton<Access>();

        builder.Host.UseWolverine(opts =>
        {
            opts.ApplicationAssembly = typeof(Engine).Assembly;
            // The handlers' code is generated ahead (scripts/codegen.sh) and committed: nothing is compiled at start-up.
            opts.CodeGeneration.TypeLoadMode = TypeLoadMode.Static;
            opts.Durability.Mode = DurabilityMode.Solo;
            opts.AutoBuildMessageStorageOnStartup = createSchema ? AutoCreate.CreateOrUpdate : AutoCreate.None;
            // A decision that lost a race re-decides on fresh state; the deciders re-check every rule.
            opts.OnException<StreamConflict>().RetryWithCooldown(
                TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100));
            // Reactions are durable: written with the event that calls for them, run even if this process dies first.
            opts.PublishMessage<CategoryChanged>().ToLocalQueue("reactions").UseDurableInbox();
        });
        return builder;
    }

    /// The store runs a few statements over and over (appends, stream reads, document upserts): prepared
    /// automatically on each pooled connection, PostgreSQL stops parsing and planning them on every call.
    /// An explicit "Max Auto Prepare" in the connection string wins.
    static string WithPoolSettings(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey("Max Auto Prepare") || given.ContainsKey("MaxAutoPrepare")) return connectionString;
        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 64 }.ConnectionString;
    }
}

/// Where the engine's data lives: for the few connections of its own (LISTEN), beside Marten's pool.
public sealed record DatabaseSettings(string ConnectionString, string Schema);
