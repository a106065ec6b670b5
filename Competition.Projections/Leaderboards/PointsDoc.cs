using Competition.Domain.Contests;
using Competition.Domain.Points;

namespace Competition.Projections.Leaderboards;

/// <summary>
/// A points category's part of its working document: the reasons table and every grant, from which the standings are
/// computed (<see cref="PointsStandingsView"/>). Stored with the document: a season's grants are few beside a final's marks.
/// </summary>
public sealed class PointsDoc
{
    /// <summary>The category has a reasons table, so it is a points category and its standings are kept.</summary>
    public bool Active => Reasons.Count > 0;
    public List<ReasonDoc> Reasons { get; set; } = [];
    public Dictionary<Guid, GrantDoc> Grants { get; set; } = [];
    public bool Finished { get; set; }
    /// <summary>The last event that shaped the standings: their <c>sequence</c>.</summary>
    public long Sequence { get; set; }

    /// <summary>Whether the event changes this category's points part (ReasonAdded, the grants, the season's end).</summary>
    public static bool Concerns(object data) => data is ReasonAdded or PointsGranted or PointsRevoked or ContestFinished;

    public void Apply(object data)
    {
        switch (data)
        {
            case ReasonAdded e when Reasons.All(r => r.Id != e.ReasonId):
                Reasons.Add(new ReasonDoc { Id = e.ReasonId, Code = e.Code, Name = e.Name, Points = e.Points, CapPerEntry = e.CapPerEntry });
                break;
            case PointsGranted e:
                Grants[e.GrantId] = new GrantDoc { EntryId = e.EntryId, ReasonCode = e.ReasonCode, Points = e.Points, Quantity = e.Quantity };
                break;
            case PointsRevoked e when Grants.TryGetValue(e.GrantId, out var grant): grant.Revoked = true; break;
            case ContestFinished: Finished = true; break;
        }
    }

    public IEnumerable<StandingReason> StandingReasons() => Reasons.Select(r => new StandingReason(r.Code, r.Points, r.CapPerEntry));

    public IEnumerable<StandingGrant> StandingGrants() =>
        Grants.Values.Select(g => new StandingGrant(g.EntryId, g.ReasonCode, g.Points, g.Quantity, g.Revoked));
}

public sealed class ReasonDoc
{
    public Guid Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public decimal Points { get; set; }
    public decimal? CapPerEntry { get; set; }
}

public sealed class GrantDoc
{
    public Guid EntryId { get; set; }
    public string ReasonCode { get; set; } = "";
    public decimal Points { get; set; }
    public int Quantity { get; set; }
    public bool Revoked { get; set; }
}
