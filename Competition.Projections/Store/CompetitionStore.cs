using System.Text.Json.Serialization;
using Competition.Domain;
using Competition.Domain.Awards;
using Competition.Domain.Contests;
using Competition.Domain.Entries;
using Competition.Domain.Points;
using Competition.Domain.Sheets;
using Competition.Projections.Contests;
using Competition.Projections.Leaderboards;
using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Weasel.Core;

namespace Competition.Projections.Store;

/// <summary>
/// The Marten store as the engine uses it, in one place for the API, the tests and the benchmarks.
/// The settings follow what is known of Marten's history of skipped and stalled events (docs/architecture.md,
/// "Event store"): quick appends with the version checked under a row lock before any sequence is taken,
/// and never a setting that skips a gap a live transaction may fill. The daemon polls (see <see cref="DaemonTuning"/>).
/// </summary>
public static class CompetitionStore
{
    /// <param name="connectionString">Null when the host hands Marten its NpgsqlDataSource.</param>
    public static void Configure(StoreOptions opts, string? connectionString, string schema, bool createSchema, DaemonTuning? daemon = null)
    {
        daemon ??= new DaemonTuning();
        if (connectionString is not null) opts.Connection(connectionString);
        opts.DatabaseSchemaName = schema;
        opts.AutoCreateSchemaObjects = createSchema ? AutoCreate.CreateOrUpdate : AutoCreate.None;
        // Dates and decimals as the contract writes them, enums as their camelCase names: events keep their meaning.
        opts.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase,
            json => json.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull);

        var events = opts.Events;
        events.StreamIdentity = StreamIdentity.AsGuid;
        events.AppendMode = EventAppendMode.QuickWithServerTimestamps;
        // An optimistic-concurrency loser blocks on the stream's row and fails before it takes a sequence number:
        // without this it takes one and leaves a gap the daemon must wait out.
        events.UseExclusiveLockOnConcurrentAppends = true;
        events.UseMandatoryStreamTypeDeclaration = true;
        events.UseListenNotifyForEventAppends = daemon.NotifyAppends;
        opts.Projections.FastPollingTime = daemon.Poll;
        opts.Projections.SlowPollingTime = daemon.Poll;
        // How often a standby node tries to take the daemon's advisory lock: a node killed with the lock loses it
        // with its connection, and the boards stop until the next try (Marten's default is 5 s; tests/ FailoverTests).
        opts.Projections.LeadershipPollingTime = 1000;
        foreach (var (name, type) in DomainEvents.WireNames) events.MapEventType(type, name);

        opts.Storage.ExtendedSchemaObjects.Add(StreamVersionAssertion.Function(schema));
        opts.Storage.Add(new ContestFeedIndexFeature(schema, opts.Advanced.Migrator));
        events.IgnoreIndex(ContestFeedIndex.Name);
        Documents(opts);
        Projections(opts);
    }

    static void Documents(StoreOptions opts)
    {
        opts.Schema.For<ContestView>();
        opts.Schema.For<EntryView>().Index(x => x.ContestId);
        opts.Schema.For<IssuedToken>().Duplicate(t => t.ContestId); // rotations delete a contest's old tokens by it
        opts.Schema.For<StageWorkCodes>();
        opts.Schema.For<CategoryDoc>().Identity(x => x.CategoryId);
        opts.Schema.For<CategoryEntries>().Identity(x => x.CategoryId);
        opts.Schema.For<LeaderboardView>().Identity(x => x.CategoryId);
        opts.Schema.For<BoardLine>().Identity(x => x.EntryId).Duplicate(x => x.CategoryId); // a board's rows are read by it
        opts.Schema.For<AwardsView>().Identity(x => x.CategoryId);
        opts.Schema.For<Competition.Projections.Labour.RoundBoardView>().Identity(x => x.RoundId);
        opts.Schema.For<Competition.Projections.Labour.SeasonStandingsView>().Identity(x => x.CategoryId);
        opts.Schema.For<PointsStandingsView>().Identity(x => x.CategoryId);
        opts.Schema.For<HonoursView>().Identity(x => x.CategoryId).Duplicate(x => x.ContestId);
    }

    static void Projections(StoreOptions opts)
    {
        // Inline: the contest's set-up, each entry and the issued tokens are read right after they are written.
        opts.Projections.Add(new ContestViewProjection(), ProjectionLifecycle.Inline);
        opts.Projections.Add(new EntryViewProjection(), ProjectionLifecycle.Inline);
        opts.Projections.Add(new IssuedTokenProjection(), ProjectionLifecycle.Inline);
        opts.Projections.Add(new StageWorkCodesProjection(), ProjectionLifecycle.Inline);
        opts.Projections.Add(new HonoursViewProjection(), ProjectionLifecycle.Inline);
        // Async, by the daemon: boards change with every mark, and many writers must never contend on one.
        opts.Projections.Add(new LeaderboardProjection(), ProjectionLifecycle.Async);
        // A faulty event stops the board (and the health check says so) rather than being skipped silently.
        opts.Projections.Errors.SkipApplyErrors = false;
        opts.Projections.Errors.SkipSerializationErrors = false;
        opts.Projections.Errors.SkipUnknownEvents = false;
    }

    /// <summary>
    /// How the daemon learns of new events. By default it polls every 50 ms: under a stream of marks each board
    /// batch then carries 50 ms of marks, twenty boards a second. With <see cref="NotifyAppends"/> every commit
    /// notifies it (Marten's LISTEN/NOTIFY), which measured (bench/ marks, 32 judges) about 150 board batches a
    /// second at 2,000 marks/s, each costing the database ~2 ms, and it makes PostgreSQL commit notifying
    /// transactions one at a time. The price of polling is up to one interval more on the big screen.
    /// </summary>
    public sealed record DaemonTuning(bool NotifyAppends = false, TimeSpan? PollInterval = null)
    {
        public TimeSpan Poll => PollInterval ?? TimeSpan.FromMilliseconds(50);
    }

    /// <summary>The stream types of mt_streams.type: one per lifecycle.</summary>
    public static class StreamTypes
    {
        public static readonly Type Contest = typeof(ContestState);
        public static readonly Type Entry = typeof(EntryState);
        public static readonly Type Sheet = typeof(SheetState);
        public static readonly Type Awards = typeof(AwardsState);
        public static readonly Type Grant = typeof(GrantState);
    }
}
