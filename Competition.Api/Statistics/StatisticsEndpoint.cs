using Competition.Api.Plumbing;
using Competition.Domain.Statistics;
using Marten;
using Wolverine.Http;

namespace Competition.Api.Statistics;

public sealed record Beneficiaries(int Awards, int Honours, int GradeRecommendations, int Points);

/// <summary>GET /api/statistics: the contests and entries counted, distinct participants (人) and person-times (人次),
/// by level, organization and group, and who benefited.</summary>
public sealed record StatisticsView(
    int Contests, int Entries, int Participants, int PersonTimes, IReadOnlyList<Tally> ByLevel, IReadOnlyList<Tally> ByOrganization,
    IReadOnlyList<Tally> ByGroup, Beneficiaries Beneficiaries);

public static class StatisticsEndpoint
{
    [WolverineGet("/api/statistics")]
    public static async Task<StatisticsView> Handle(
        string? level, string? organization, string? from, string? to, HttpContext http, Access access, IQuerySession session, CancellationToken ct)
    {
        await access.RequireAdminAsync(http, ct);
        return await StatisticsQuery.RunAsync(session, StatisticsFilter.Read(level, organization, from, to), ct);
    }
}
