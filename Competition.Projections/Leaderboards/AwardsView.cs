using System.Text.Json.Serialization;

namespace Competition.Projections.Leaderboards;

/// <summary>The contract's awards view (GET .../awards, pushed as <c>awards</c>). Contest, category
/// and sequence are additions so a client watching several categories can tell pushes apart.</summary>
public sealed record AwardsView(
    Guid ContestId, Guid CategoryId, long Sequence, string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? NoticeEndsAt,
    IReadOnlyList<AwardLine> Awards, IReadOnlyList<AppealLine> Appeals, IReadOnlyList<RevokedAward> Revoked)
{
    public static AwardsView Empty(Guid contestId, Guid categoryId, long sequence) =>
        new(contestId, categoryId, sequence, "none", null, [], [], []);

    /// <summary>Revoked awards leave the list and are shown apart with their reason.</summary>
    public static AwardsView From(CategoryDoc doc, long sequence)
    {
        var a = doc.Awards;
        var awards = a.Awards.Where(x => !a.Revoked.ContainsKey(x.EntryId))
            .Select(x => new AwardLine(x.EntryId, x.Tier, x.Rank, x.Total)).ToList();
        var revoked = a.Awards.Where(x => a.Revoked.ContainsKey(x.EntryId))
            .Select(x => new RevokedAward(x.EntryId, x.Tier, a.Revoked[x.EntryId])).ToList();
        var appeals = a.Appeals.Select(x => new AppealLine(
            x.Id, x.EntryId, x.Reason, x.Upheld is null ? "open" : "resolved", x.Upheld, x.Note)).ToList();
        return new(doc.ContestId, doc.CategoryId, sequence, a.Status, a.NoticeEndsAt, awards, appeals, revoked);
    }
}

public sealed record AwardLine(Guid EntryId, string Tier, int Rank, decimal Total);

public sealed record AppealLine(
    Guid Id, Guid EntryId, string Reason, string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Upheld,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note);

public sealed record RevokedAward(Guid EntryId, string Tier, string Reason);
