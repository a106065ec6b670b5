using Competition.Domain.Awards;
using Competition.Domain.Entries;

namespace Competition.Projections.Leaderboards;

/// <summary>What a category's honour rules granted on its confirmed awards, and what was revoked since (GET …/honours, the
/// statistics' beneficiaries). A Marten document per category, kept inline from the awards stream by
/// <see cref="HonoursViewProjection"/>. It holds person ids: the endpoint answers them to the organizer only.</summary>
public sealed class HonoursView
{
    public Guid CategoryId { get; set; }
    public Guid ContestId { get; set; }
    public List<HonourDoc> Honours { get; set; } = [];

    public void Revoke(Guid entryId, string reason)
    {
        foreach (var honour in Honours.Where(h => h.EntryId == entryId && h.RevokedReason is null)) honour.RevokedReason = reason;
    }
}

public sealed class HonourDoc
{
    public Guid EntryId { get; set; }
    public string EntryName { get; set; } = "";
    public string Organization { get; set; } = "";
    public string Person { get; set; } = "";
    public string? PersonId { get; set; }
    public int RuleIndex { get; set; }
    public string Rule { get; set; } = "";
    public string? Title { get; set; }
    public Grade? Grade { get; set; }
    public int Rank { get; set; }
    public string? Tier { get; set; }
    /// <summary>Why it was revoked (with the award, or alone); null while it stands.</summary>
    public string? RevokedReason { get; set; }

    public static HonourDoc From(GrantedHonour h) => new()
    {
        EntryId = h.EntryId, EntryName = h.EntryName, Organization = h.Organization, Person = h.Person, PersonId = h.PersonId,
        RuleIndex = h.RuleIndex, Rule = h.Rule, Title = h.Title, Grade = h.Grade, Rank = h.Rank, Tier = h.Tier,
    };
}
