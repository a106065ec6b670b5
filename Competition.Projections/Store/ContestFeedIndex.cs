using System.Data.Common;
using Weasel.Core;
using Weasel.Postgresql;

namespace Competition.Projections.Store;

/// <summary>
/// An index of Marten's events table by contest: the integrator feed of one contest reads its events in
/// log order, a page at a time, at a cost that does not grow with the other contests' events (without it,
/// every page scanned the whole log). Every event of the domain carries its contestId. Marten is told to
/// leave this index alone (<c>IgnoreIndex</c>), so its own migrations never drop it.
/// </summary>
public sealed class ContestFeedIndex(string schema) : ISchemaObject
{
    public const string Name = "ix_mt_events_contest_seq";

    public DbObjectName Identifier { get; } = new PostgresqlObjectName(schema, Name, SchemaUtils.IdentifierUsage.General);

    public void WriteCreateStatement(Migrator migrator, TextWriter writer) =>
        writer.WriteLine($"CREATE INDEX IF NOT EXISTS {Name} ON {schema}.mt_events ((data->>'contestId'), seq_id);");

    public void WriteDropStatement(Migrator rules, TextWriter writer) => writer.WriteLine($"DROP INDEX IF EXISTS {schema}.{Name};");

    public void ConfigureQueryCommand(Weasel.Core.DbCommandBuilder builder)
    {
        builder.Append("select indexname from pg_indexes where schemaname = ");
        builder.AppendParameter(schema);
        builder.Append(" and indexname = ");
        builder.AppendParameter(Name);
        builder.Append(";");
    }

    public async Task<ISchemaObjectDelta> CreateDeltaAsync(DbDataReader reader, CancellationToken ct = default) =>
        new SchemaObjectDelta(this, await reader.ReadAsync(ct) ? SchemaPatchDifference.None : SchemaPatchDifference.Create);

    public IEnumerable<DbObjectName> AllNames()
    {
        yield return Identifier;
    }
}

/// <summary>The index as a feature of its own: Marten creates custom features after its events table.</summary>
public sealed class ContestFeedIndexFeature(string schema, Migrator migrator) : Weasel.Core.Migrations.FeatureSchemaBase(ContestFeedIndex.Name, migrator)
{
    protected override IEnumerable<ISchemaObject> schemaObjects()
    {
        yield return new ContestFeedIndex(schema);
    }
}
