using NotFound = Competition.Domain.NotFound;
using Competition.Api.Awards;
using Competition.Api.Writing;
using Competition.Domain.Contests;
using Marten;
using Wolverine;

namespace Competition.Api.Contests;

/// Opening a stage needs to know whether its category's awards are confirmed (another stream).
public sealed record OpenContestStage(Guid ContestId, Guid StageId, DateTimeOffset Now);

/// The contest stream's commands, as Wolverine handlers: each re-decides on fresh state when retried after a conflict.
public static class ContestHandler
{
    public static Task<Written> Handle(CreateContest c, IDocumentSession s, IMessageContext m, Decisions d, CancellationToken ct) => d.OnContestAsync(s, m, c, ct);
    public static Task<Written> Handle(AddCategory c, IDocumentSession s, IMessageContext m, Decisions d, CancellationToken ct) => d.OnContestAsync(s, m, c, ct);
    public static Task<Written> Handle(AddStage c, IDocumentSession s, IMessageContext m, Decisions d, CancellationToken ct) => d.OnContestAsync(s, m, c, ct);
    public static Task<Written> Handle(AddCriterion c, IDocumentSession s, IMessageContext m, Decisions d, CancellationToken ct) => d.OnContestAsync(s, m, c, ct);
    public static Task<Written> Handle(SetAwardPolicy c, IDocumentSession s, IMessageContext m, Decisions d, CancellationToken ct) => d.OnContestAsync(s, m, c, ct);
    public static Task<Written> Handle(AppointJudge c, IDocumentSession s, IMessageContext m, Decisions d, CancellationToken ct) => d.OnContestAsync(s, m, c, ct);
    public static Task<Written> Handle(OpenRegistration c, IDocumentSession s, IMessageContext m, Decisions d, CancellationToken ct) => d.OnContestAsync(s, m, c, ct);
    public static Task<Written> Handle(CloseRegistration c, IDocumentSession s, IMessageContext m, Decisions d, CancellationToken ct) => d.OnContestAsync(s, m, c, ct);
    public static Task<Written> Handle(CloseStage c, IDocumentSession s, IMessageContext m, Decisions d, CancellationToken ct) => d.OnContestAsync(s, m, c, ct);
    public static Task<Written> Handle(RotateOrganizerToken c, IDocumentSession s, IMessageContext m, Decisions d, CancellationToken ct) => d.OnContestAsync(s, m, c, ct);
    public static Task<Written> Handle(RotateJudgeToken c, IDocumentSession s, IMessageContext m, Decisions d, CancellationToken ct) => d.OnContestAsync(s, m, c, ct);
    public static Task<Written> Handle(RevokeJudgeToken c, IDocumentSession s, IMessageContext m, Decisions d, CancellationToken ct) => d.OnContestAsync(s, m, c, ct);
    public static Task<Written> Handle(SetTeamStandings c, IDocumentSession s, IMessageContext m, Decisions d, CancellationToken ct) => d.OnContestAsync(s, m, c, ct);

    public static async Task<Written> Handle(
        OpenContestStage c, IDocumentSession session, IMessageContext context, ContestSnapshots contests, Decisions decisions, CancellationToken ct)
    {
        var category = (await contests.LoadAsync(c.ContestId, ct)).Active.CategoryOfStage(c.StageId)
            ?? throw new NotFound("Stage not found in this contest");
        var confirmed = await AwardsHandler.ConfirmedAsync(session, category.Id, ct);
        return await decisions.OnContestAsync(session, context, new OpenStage(c.ContestId, c.StageId, confirmed, c.Now), ct);
    }
}
