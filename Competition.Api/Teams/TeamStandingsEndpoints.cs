using Competition.Api.Plumbing;
using Competition.Api.Writing;
using Competition.Domain.Contests;
using Competition.Projections.Labour;
using Competition.Projections.Leaderboards;
using Marten;
using Wolverine;
using Wolverine.Http;

namespace Competition.Api.Teams;

public sealed record TeamStandingsRequest(string? Rule, IReadOnlyList<decimal>? Points, int? Best, IReadOnlyList<string>? CategoryIds);

/// <summary>GET …/team-standings: the rule and the organizations ranked by it over the categories' boards as the daemon
/// last built them. <c>status</c> is final once every counted board is.</summary>
public sealed record TeamStandingsView(
    Guid ContestId, TeamRule Rule, IReadOnlyList<decimal> Points, int? Best, IReadOnlyList<Guid> CategoryIds, string Status,
    IReadOnlyList<TeamRow> Rows);

public static class TeamStandingsEndpoints
{
    const string Route = "/api/contests/{cid:guid}/team-standings";

    [WolverinePut(Route)]
    public static async Task<NoContent> Put(
        Guid cid, TeamStandingsRequest? body, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        var request = RequestCheck.Body(body);
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        var rule = check.OneOf<TeamRule>(request.Rule, "rule");
        var categories = check.Ids(request.CategoryIds, "categoryIds", required: false);
        check.ThrowIfInvalid();
        await bus.WriteAsync(http, new SetTeamStandings(cid, new TeamStandingsRule(rule, request.Points ?? [], request.Best ?? 0, categories),
            clock.GetUtcNow()), ct);
        return TypedResults.NoContent();
    }

    [WolverineGet(Route)]
    public static async Task<IResult> Get(Guid cid, ContestSnapshots contests, IQuerySession session, CancellationToken ct)
    {
        var contest = (await contests.LoadAsync(cid, ct)).Active;
        var rule = contest.TeamStandings ?? throw new Domain.NotFound("This contest has no team standings rule yet; set one with PUT …/team-standings");
        var boards = new List<(bool Final, IEnumerable<PlacedEntry> Entries)>();
        foreach (var category in contest.Categories.Where(c => rule.Counts(c.Id)))
            boards.Add(await PlacedAsync(session, contest, category.Id, ct));
        var status = boards.Count > 0 && boards.All(b => b.Final) ? "final" : "provisional";
        return TypedResults.Ok(new TeamStandingsView(cid, rule.Rule, rule.Rule == TeamRule.Placing ? rule.Points : [],
            rule.Rule == TeamRule.BestTotals ? rule.Best : null, rule.CategoryIds, status,
            TeamStandings.Rank(rule, boards.SelectMany(b => b.Entries))));
    }

    /// A category's ranked entries from its board: the leaderboard, or a labour or points category's standings. A hidden
    /// board's rows have no rank or total until it is revealed, so they count for nothing here either.
    static async Task<(bool Final, IEnumerable<PlacedEntry> Entries)> PlacedAsync(
        IQuerySession session, ContestState.Active contest, Guid categoryId, CancellationToken ct)
    {
        switch (contest.Kind)
        {
            case ContestKind.Labour:
                var season = await session.SeasonStandingsAsync(contest.Id, categoryId, ct);
                return (season?.Status == "final", season?.Rows.Where(r => r.Rank is not null)
                    .Select(r => new PlacedEntry(categoryId, r.EntryId, r.Organization, r.Rank!.Value, r.Total)) ?? []);
            case ContestKind.Points:
                var points = await session.StandingsAsync(contest.Id, categoryId, ct);
                return (points?.Status == "final", points?.Rows.Select(r => new PlacedEntry(categoryId, r.EntryId, r.Organization, r.Rank, r.Total)) ?? []);
            default:
                var board = await session.LeaderboardAsync(contest.Id, categoryId, ct);
                return (board?.Status == "final", board?.Rows.Where(r => r.Rank is not null && r.Total is not null)
                    .Select(r => new PlacedEntry(categoryId, r.EntryId, r.Organization, r.Rank!.Value, r.Total!.Value)) ?? []);
        }
    }
}
