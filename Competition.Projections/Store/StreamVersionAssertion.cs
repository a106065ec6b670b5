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
    const string Name = "competition_assert_stream_version";
    /// <summary>Our own SQLSTATE, so a failed assertion is told apart from every other error.</summary>
    const string SqlState = "CP001";

    public static Function Function(string schema) => new(new PostgresqlObjectName(schema, Name, SchemaUtils.IdentifierUsage.General), $"""
        CREATE OR REPLACE FUNCTION {schema}.{Name}(stream uuid, expected bigint) RETURNS void AS $$
        DECLARE
            actual bigint;
        BEGIN
            SELECT version INTO actual FROM {schema}.mt_streams WHERE id = stream FOR SHARE;
            IF coalesce(actual, 0) <> expected THEN
                RAISE EXCEPTION 'Stream % is at version %, not %', stream, coalesce(actual, 0), expected USING ERRCODE = '{SqlState}';
            END IF;
        END
        $$ LANGUAGE plpgsql;
        """);

    /// <summary>Queued among the session's event operations and before its appends (Marten sends those first, in
    /// the order queued), so a failed assertion rolls back before any sequence number is taken.</summary>
    public static void AssertStreamVersion(this IDocumentSession session, Guid streamId, long version) =>
        session.QueueOperation(new Assertion(session.DocumentStore.Options.DatabaseSchemaName, streamId, version));

    sealed class Assertion(string schema, Guid streamId, long version) : Marten.Internal.Operations.IStorageOperation
    {
        public Type DocumentType => typeof(IEvent);

        public void ConfigureCommand(Weasel.Postgresql.ICommandBuilder builder, IStorageSession session)
        {
            builder.Append($"select {schema}.{Name}(");
            builder.AppendParameter(streamId);
            builder.Append(", ");
            builder.AppendParameter(version);
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
