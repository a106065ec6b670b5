using Competition.Domain.Contests;
using Competition.Domain.Entries;

namespace Competition.Domain.Points;

/// <summary>
/// What a grant needs from the contest and entry streams, computed by the pure <see cref="From"/> so the grant decider
/// never loads another stream. <paramref name="JudgeId"/> null: the organizer grants.
/// </summary>
public sealed record GrantContext(
    Guid ContestId, Guid CategoryId, Guid EntryId, Guid? JudgeId, string ReasonCode,
    bool EntryFound, bool PointsContest, bool Finished, EntryStatus EntryStatus, bool JudgeOfCategory,
    string CategoryName, ReasonState? Reason)
{
    public static GrantContext From(ContestState.Active contest, EntryState entry, Guid? judgeId, string reasonCode)
    {
        var active = entry as EntryState.Active;
        var category = active is not null && active.ContestId == contest.Id ? contest.Category(active.CategoryId) : null;
        var judge = judgeId is { } id ? contest.Judge(id) : null;
        return new(
            contest.Id, category?.Id ?? Guid.Empty, active?.Id ?? Guid.Empty, judgeId, reasonCode,
            EntryFound: category is not null,
            PointsContest: contest.Kind == ContestKind.Points,
            Finished: contest.Finished,
            EntryStatus: active?.Status ?? EntryStatus.Registered,
            JudgeOfCategory: judge is not null && category is not null && judge.CategoryIds.Contains(category.Id),
            CategoryName: category?.Name ?? "",
            Reason: category?.Reason(reasonCode));
    }
}
