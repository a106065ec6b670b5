using Competition.Domain.Awards;

namespace Competition.Projections.Leaderboards;

/// <summary>The category's awards workflow as the public sees it.</summary>
public sealed class AwardsDoc
{
    public string Status { get; set; } = "none";
    public DateTimeOffset? NoticeEndsAt { get; set; }
    public List<ProposedAward> Awards { get; set; } = [];
    /// <summary>Revoked entries of a confirmed result, with the reason.</summary>
    public Dictionary<Guid, string> Revoked { get; set; } = [];
    public List<AppealDoc> Appeals { get; set; } = [];

    /// <summary>The tier an entry's leaderboard row shows: only confirmed, not revoked awards.</summary>
    public string? ConfirmedTier(Guid entryId) =>
        Status == "confirmed" && !Revoked.ContainsKey(entryId) ? Awards.Find(a => a.EntryId == entryId)?.Tier : null;
}

public sealed class AppealDoc
{
    public Guid Id { get; set; }
    public Guid EntryId { get; set; }
    public string Reason { get; set; } = "";
    public bool? Upheld { get; set; }
    public string? Note { get; set; }
}
