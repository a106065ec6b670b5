using Competition.Api.Writing;
using Competition.Domain.Contests;
using Competition.Domain.Entries;
using Competition.Domain.Scoring;
using Competition.Projections.Contests;
using Marten;
using Wolverine;
using NotFound = Competition.Domain.NotFound;

namespace Competition.Api.Contests;

// A PATCH's fields, null where left out; merged here with the definition as it is when decided (and again on a retry).
public sealed record PatchCategory(Guid ContestId, Guid CategoryId, string? Name, DateTimeOffset Now);

public sealed record DeleteCategory(Guid ContestId, Guid CategoryId, DateTimeOffset Now);

public sealed record PatchStage(Guid ContestId, Guid StageId, string? Name, decimal? Weight, AggregationRule? Rule, int? Trim, DateTimeOffset Now);

public sealed record PatchCriterion(
    Guid ContestId, Guid StageId, Guid CriterionId, string? Name, decimal? MaxPoints, CriterionKind? Kind, DateTimeOffset Now);

public sealed record PatchJudge(Guid ContestId, Guid JudgeId, string? Name, string? Organization, bool? Chief, DateTimeOffset Now);

public sealed record PatchEntry(Guid ContestId, Guid EntryId, string? Name, string? Organization, IReadOnlyList<string>? Members, DateTimeOffset Now);

public static class RevisionHandler
{
    public static async Task<Written> Handle(PatchCategory c, IDocumentSession s, IMessageContext m, ContestSnapshots contests, Decisions d, CancellationToken ct)
    {
        var category = (await contests.LoadAsync(c.ContestId, ct)).Active.Category(c.CategoryId) ?? throw new NotFound("Category not found in this contest");
        return await d.OnContestAsync(s, m, new ReviseCategory(c.ContestId, c.CategoryId, c.Name ?? category.Name, c.Now), ct);
    }

    /// The entries are counted from their documents, written with each registration and decision.
    public static async Task<Written> Handle(DeleteCategory c, IDocumentSession s, IMessageContext m, Decisions d, CancellationToken ct)
    {
        var entries = await s.Query<EntryView>().Where(e => e.ContestId == c.ContestId && e.CategoryId == c.CategoryId).ToListAsync(ct);
        var live = entries.Count(e => e.Status is EntryStatus.Registered or EntryStatus.Approved);
        return await d.OnContestAsync(s, m, new RemoveCategory(c.ContestId, c.CategoryId, live, c.Now), ct);
    }

    public static async Task<Written> Handle(PatchStage c, IDocumentSession s, IMessageContext m, ContestSnapshots contests, Decisions d, CancellationToken ct)
    {
        var stage = (await contests.LoadAsync(c.ContestId, ct)).Active.Stage(c.StageId) ?? throw new NotFound("Stage not found in this contest");
        var rule = c.Rule ?? stage.Rule;
        var trim = c.Trim ?? (rule == AggregationRule.TrimmedMean && stage.Rule != AggregationRule.TrimmedMean ? 1 : stage.Trim);
        return await d.OnContestAsync(s, m, new ReviseStage(c.ContestId, c.StageId, c.Name ?? stage.Name, c.Weight ?? stage.Weight, rule, trim, c.Now), ct);
    }

    public static Task<Written> Handle(RemoveStage c, IDocumentSession s, IMessageContext m, Decisions d, CancellationToken ct) => d.OnContestAsync(s, m, c, ct);

    public static async Task<Written> Handle(PatchCriterion c, IDocumentSession s, IMessageContext m, ContestSnapshots contests, Decisions d, CancellationToken ct)
    {
        var stage = (await contests.LoadAsync(c.ContestId, ct)).Active.Stage(c.StageId) ?? throw new NotFound("Stage not found in this contest");
        var criterion = stage.Criterion(c.CriterionId) ?? throw new NotFound("Criterion not found in this stage");
        return await d.OnContestAsync(s, m, new ReviseCriterion(c.ContestId, c.StageId, c.CriterionId,
            c.Name ?? criterion.Name, c.Kind ?? criterion.Kind, c.MaxPoints ?? criterion.MaxPoints, c.Now), ct);
    }

    public static Task<Written> Handle(RemoveCriterion c, IDocumentSession s, IMessageContext m, Decisions d, CancellationToken ct) => d.OnContestAsync(s, m, c, ct);

    public static async Task<Written> Handle(PatchJudge c, IDocumentSession s, IMessageContext m, ContestSnapshots contests, Decisions d, CancellationToken ct)
    {
        var judge = (await contests.LoadAsync(c.ContestId, ct)).Active.Judge(c.JudgeId) ?? throw new NotFound("Judge not found in this contest");
        return await d.OnContestAsync(s, m,
            new ReviseJudge(c.ContestId, c.JudgeId, c.Name ?? judge.Name, c.Organization ?? judge.Organization, c.Chief ?? judge.Chief, c.Now), ct);
    }

    public static Task<Written> Handle(RemoveJudge c, IDocumentSession s, IMessageContext m, Decisions d, CancellationToken ct) => d.OnContestAsync(s, m, c, ct);

    /// Decided on the contest too (is its category marked yet, is it of teams), asserted at the version read.
    public static async Task<Written> Handle(
        PatchEntry c, IDocumentSession session, IMessageContext context, ContestSnapshots contests, EntryStates entries, CancellationToken ct)
    {
        var contest = await contests.LoadAsync(c.ContestId, ct);
        var (entry, version) = await entries.LoadAsync(c.ContestId, c.EntryId, ct);
        var category = contest.Active.Category(entry.CategoryId);
        var command = new ReviseEntry(c.EntryId, c.Name ?? entry.Name, c.Organization ?? entry.Organization, c.Members ?? entry.Members,
            category?.EntryType == EntryType.Team && contest.Active.Kind == ContestKind.Skills,
            (category?.Stages.Any(st => st.Status != StageStatus.NotOpened) ?? false)
                || (category?.Rounds.Any(r => r.Status != Domain.Labour.RoundStatus.Planned) ?? false), c.Now);
        var events = Deciders.Entry.Decide(command, entry);
        return await StreamAppender.WriteAsync(session, new StreamWrite(entry.Id, Deciders.Entry.StreamType, version, events)
        {
            DecidedOn = [new(c.ContestId, contest.Version)],
        }, context, ct);
    }
}
