using Competition.Projections.Contests;
using Marten;

namespace Competition.Projections.Labour;

public static class LabourQueries
{
    /// <summary>The stored round board; an empty one (sequence 0) for a known round the projection has not reached yet;
    /// null for an unknown contest or round.</summary>
    public static async Task<RoundBoardView?> RoundBoardAsync(this IQuerySession session, Guid contestId, Guid roundId, CancellationToken ct)
    {
        if (await session.LoadAsync<RoundBoardView>(roundId, ct) is { } board && board.ContestId == contestId) return board;
        var contest = await session.LoadAsync<ContestView>(contestId, ct);
        var category = contest?.Categories.Find(c => c.Rounds.Any(r => r.Id == roundId));
        if (category?.Rounds.Find(r => r.Id == roundId) is not { } round) return null;
        return new RoundBoardView(contestId, category.Id, roundId, round.Name, round.Status, 0, round.StartsOn, round.EndsOn, []);
    }

    /// <summary>The stored season standings; empty ones (sequence 0) for a known labour category the projection has not
    /// reached yet; null for an unknown contest or category, or one of a contest that is not a labour contest.</summary>
    public static async Task<SeasonStandingsView?> SeasonStandingsAsync(this IQuerySession session, Guid contestId, Guid categoryId, CancellationToken ct)
    {
        if (await session.LoadAsync<SeasonStandingsView>(categoryId, ct) is { } standings && standings.ContestId == contestId) return standings;
        var contest = await session.LoadAsync<ContestView>(contestId, ct);
        if (contest is not { Kind: Domain.Contests.ContestKind.Labour } || contest.Category(categoryId) is not { } category) return null;
        return new SeasonStandingsView(contestId, categoryId, category.Scheme?.Season ?? Domain.Labour.SeasonRule.Sum, "provisional", 0,
            [.. category.Rounds.Select(r => new StandingsRound(r.Id, r.Name, r.Status, r.StartsOn, r.EndsOn))], [], new RedFlagView([], []));
    }
}
