using Competition.Domain.Contests;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace Competition.Projections.Contests;

/// <summary>
/// A token the engine issued, by its hash: the organizer's of a contest (no judge) or a judge's. Tells a
/// token valid elsewhere (403) from an unknown one (401), and signs a judge in the moment they are appointed.
/// </summary>
public sealed record IssuedToken(string Id, Guid ContestId, Guid? JudgeId);

/// <summary>Inline: a judge's tablet signs in as soon as the organizer shows the QR code.</summary>
public sealed class IssuedTokenProjection : IProjection
{
    public Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        foreach (var e in events)
        {
            switch (e.Data)
            {
                case ContestCreated c: operations.Store(new IssuedToken(c.OrganizerTokenHash, c.ContestId, null)); break;
                case JudgeAppointed j: operations.Store(new IssuedToken(j.TokenHash, j.ContestId, j.JudgeId)); break;
            }
        }
        return Task.CompletedTask;
    }
}
