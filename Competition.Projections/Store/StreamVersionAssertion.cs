using System.Data.Common;
using JasperFx.Events;
using Marten;
using Weasel.Core;
using Weasel.Storage;
using Marten.Exceptions;
using Npgsql;
using Weasel.Postgresql;
using Weasel.Postgresql.Functions;

namespace Competition.Projections.Store;

/// <summary>
/// A decision made on a stream it does not write to (a mark decided on the contest's stages and the entry's
/// status) commits only if that stream is still at the version it was decided on. Marten's own check of an
/// unwritten stream reads the version without a lock, so a stage closing between that read and the commit
/// would go unseen; this one takes a share lock on the stream's row, so the closing waits for the mark's
/// commit (and comes after it in the log) or the mark sees the new version and fails.
/// </summary>
public static class StreamVersionAssertion
{
    const string Name = "competition_assert_stream_versions";
    /// <summary>Our own SQLSTATE, so a failed assertion is told apart from every other error.</summary>
    const string SqlState = "CP001";

    /// <summary>Every stream a session decided on, checked in one statement: on a large board a batch of marks decides
    /// on about one entry per mark, and one statement each added a statement per mark to the batch.</summary>
    public static Function Function(string schema) => new(new PostgresqlObjectName(schema, Name, SchemaUtils.IdentifierUsage.General), $"""
        CREATE OR REPLACE FUNCTION {schema}.{Name}(streams uuid[], expected bigint[]) RETURNS void AS $$
        DECLARE
            wrong record;
        BEGIN
            WITH locked AS (SELECT id, version FROM {schema}.mt_streams WHERE id = ANY(streams) ORDER BY id FOR SHARE)
            SELECT asked.stream, coalesce(locked.version, 0) AS actual, asked.version AS expected INTO wrong
            FROM unnest(streams, expected) AS asked(stream, version) LEFT JOIN locked ON locked.id = asked.stream
            WHERE coalesce(locked.version, 0) <> asked.version
            LIMIT 1;
            IF FOUND THEN
                RAISE EXCEPTION 'Stream % is at version %, not %', wrong.stream, wrong.actual, wrong.expected USING ERRCODE = '{SqlState}';
            END IF;
        END
        $$ LANGUAGE plpgsql;
        """);

    public static void AssertStreamVersion(this IDocumentSession session, Guid streamId, long version) =>
        session.AssertStreamVersions([(streamId, version)]);

    /// <summary>Queued among the session's event operations and before its appends (Marten sends those first, in
    /// the order queued), so a failed assertion rolls back before any sequence number is taken. One call a session.</summary>
    public static void AssertStreamVersions(this IDocumentSession session, IReadOnlyCollection<(Guid StreamId, long Version)> streams)
    {
        if (streams.Count == 0) return;
        session.QueueOperation(new Assertion(session.DocumentStore.Options.DatabaseSchemaName,
            [.. streams.Select(s => s.StreamId)], [.. streams.Select(s => s.Version)]));
    }

    sealed class Assertion(string schema, Guid[] streamIds, long[] versions) : Marten.Internal.Operations.IStorageOperation
    {
        public Type DocumentType => typeof(IEvent);

        public void ConfigureCommand(Weasel.Postgresql.ICommandBuilder builder, IStorageSession session)
        {
            builder.Append($"select {schema}.{Name}(");
            builder.AppendParameter(streamIds);
            builder.Append(", ");
            builder.AppendParameter(versions);
            builder.Append(")");
        }

        // Its result set (one row, no value) is skipped by Marten before the next operation reads its own.
        public Task PostprocessAsync(DbDataReader reader, IList<Exception> exceptions, CancellationToken token) => Task.CompletedTask;

        public OperationRole Role() => OperationRole.Events;
    }

    public static bool IsFailedAssertion(Exception e) =>
        (e as PostgresException ?? e.InnerException as PostgresException) is { SqlState: SqlState };

    /// <summary>Any way Marten reports that a stream was not at the version a write expected.</summary>
    public static bool IsConflict(Exception e) =>
        e is JasperFx.ConcurrencyException or Marten.Exceptions.ExistingStreamIdCollisionException or JasperFx.Events.ExistingStreamIdCollisionException
        || IsFailedAssertion(e)
        || (e is MartenCommandException && e.InnerException is not null && IsConflict(e.InnerException));
}
