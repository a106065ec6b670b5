using Competition.Api.Writing;
using Competition.Domain.Contests;
using Marten;
using Wolverine;

namespace Competition.Api.Points;

/// A points contest's commands on the contest stream: its reasons table and the end of its season.
public static class SeasonHandler
{
    public static Task<Written> Handle(AddReason c, IDocumentSession s, IMessageContext m, Decisions d, CancellationToken ct) => d.OnContestAsync(s, m, c, ct);
    public static Task<Written> Handle(FinishContest c, IDocumentSession s, IMessageContext m, Decisions d, CancellationToken ct) => d.OnContestAsync(s, m, c, ct);
}
