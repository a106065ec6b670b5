using Competition.Api.Writing;
using Competition.Domain.Contests;
using Competition.Domain.Points;
using Marten;
using Wolverine;

namespace Competition.Api.Points;

/// A grant as the endpoint has it: the handler adds what the contest and the entry say (<see cref="GrantContext"/>).
public sealed record GrantContestPoints(
    Guid ContestId, Guid GrantId, Guid EntryId, Guid? JudgeId, string ReasonCode, int Quantity, DateOnly OccurredOn, string? Note,
    DateTimeOffset Now);

public sealed record RevokeContestPoints(Guid ContestId, Guid GrantId, string Reason, DateTimeOffset Now);

/// Each grant is a stream of its own, decided on the contest and the entry as read and asserting their versions: a
/// finish, a withdrawal or a judge removed meanwhile makes the write fail, and the retry decides on fresh state.
public static class PointsHandler
{
    public static async Task<Written> Handle(
        GrantContestPoints c, IDocumentSession session, IMessageContext context, ContestSnapshots contests, EntryStates entries,
        CancellationToken ct)
    {
        var contest = await contests.LoadAsync(c.ContestId, ct);
        var (entry, entryVersion) = await entries.LoadAsync(c.ContestId, c.EntryId, ct);
        var grant = new GrantPoints(c.GrantId, GrantContext.From(contest.Active, entry, c.JudgeId, c.ReasonCode), c.Quantity, c.OccurredOn,
            c.Note, c.Now);
        var events = Deciders.Grant.Decide(grant, Deciders.Grant.Initial);
        return await StreamAppender.WriteAsync(session, new StreamWrite(c.GrantId, Deciders.Grant.StreamType, 0, events)
        {
            DecidedOn = [new(c.ContestId, contest.Version), new(c.EntryId, entryVersion)],
        }, context, ct);
    }

    public static async Task<Written> Handle(
        RevokeContestPoints c, IDocumentSession session, IMessageContext context, ContestSnapshots contests, CancellationToken ct)
    {
        var contest = await contests.LoadAsync(c.ContestId, ct);
        var finished = contest.Active.Finished;
        var (state, version) = await Decisions.LoadAsync(session, Deciders.Grant, c.GrantId, ct);
        var events = Deciders.Grant.Decide(new RevokePoints(c.GrantId, c.ContestId, finished, c.Reason, c.Now), state);
        return await StreamAppender.WriteAsync(session, new StreamWrite(c.GrantId, Deciders.Grant.StreamType, version, events)
        {
            DecidedOn = [new(c.ContestId, contest.Version)],
        }, context, ct);
    }
}
