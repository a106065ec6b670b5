using Competition.Domain.Contests;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace Competition.Projections.Contests;

/// <summary>
/// A token the engine issued, by its hash: the organizer's of a contest (no judge) or a judge's. Tells a
/// token valid elsewhere (403) from an unknown one (401), and signs a judge in the moment they are appointed.
/// A rotated or revoked token's document is deleted: it is unknown (401) from then on.
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
                case OrganizerTokenRotated o:
                    operations.DeleteWhere<IssuedToken>(t => t.ContestId == o.ContestId && t.JudgeId == null);
                    operations.Store(new IssuedToken(o.OrganizerTokenHash, o.ContestId, null));
                    break;
                case JudgeTokenRotated j:
                    operations.DeleteWhere<IssuedToken>(t => t.ContestId == j.ContestId && t.JudgeId == j.JudgeId);
                    operations.Store(new IssuedToken(j.TokenHash, j.ContestId, j.JudgeId));
                    break;
                case JudgeTokenRevoked j: operations.DeleteWhere<IssuedToken>(t => t.ContestId == j.ContestId && t.JudgeId == j.JudgeId); break;
            }
        }
        return Task.CompletedTask;
    }
}
