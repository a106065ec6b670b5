using static Competition.Domain.Tests.World;

namespace Competition.Domain.Tests.Awards;

/// <summary>Three ranked entries; a proposal goes through notice (5 days) and one appeal.</summary>
public static class AwardsWorld
{
    public static Spec<AwardsCommand, AwardsState> AwardsSpec() => new(AwardsDecider.Decide, AwardsDecider.Evolve, AwardsDecider.Initial);

    public static readonly Guid AwardsId = StreamIds.Awards(Electrician);
    public static readonly Guid E1 = Guid.Parse("e0000000-0000-0000-0000-000000000001");
    public static readonly Guid E2 = Guid.Parse("e0000000-0000-0000-0000-000000000002");
    public static readonly Guid E3 = Guid.Parse("e0000000-0000-0000-0000-000000000003");
    public static readonly Guid AppealId = Guid.Parse("a0000000-0000-0000-0000-000000000001");
    public static readonly DateTimeOffset NoticeEnds = Now.AddDays(5);

    public static readonly AwardPolicy Policy = new([new("Gold", 0.34m), new("Silver", 0.33m)], 60);
    public static readonly RankedRow[] Board =
    [
        new(1, E1, 91.5m, new Dictionary<Guid, decimal>()),
        new(2, E2, 80m, new Dictionary<Guid, decimal>()),
        new(3, E3, 55m, new Dictionary<Guid, decimal>()),
    ];

    public static readonly ProposedAward[] Proposal = [new(E1, "Gold", 1, 91.5m)];
    public static AwardsProposed Proposed => new(AwardsId, Contest, Electrician, Proposal, Now);
    public static NoticeOpened Noticed => new(AwardsId, Contest, Electrician, 5, NoticeEnds, Now);
    public static AppealLodged Lodged => new(AwardsId, Contest, Electrician, AppealId, E2, "marks missing", Now.AddDays(1));
    public static AppealResolved Resolved(bool upheld) => new(AwardsId, Contest, Electrician, AppealId, upheld, "checked", Now.AddDays(2));
    public static ProposalWithdrawn Withdrawn => new(AwardsId, Contest, Electrician, AppealId, Now.AddDays(2));
    public static AwardsConfirmed Confirmed => new(AwardsId, Contest, Electrician, Proposal, NoticeEnds);

    public static ProposeAwards Propose(bool closed = true, AwardPolicy? policy = null) =>
        new(Contest, Electrician, Board, policy ?? Policy, closed, Now);

    public static object[] History(string state) => state switch
    {
        "none" => [],
        "proposed" => [Proposed],
        "notice" => [Proposed, Noticed],
        "appealed" => [Proposed, Noticed, Lodged],
        "withdrawn" => [Proposed, Noticed, Lodged, Resolved(true), Withdrawn],
        "confirmed" => [Proposed, Noticed, Confirmed],
        _ => throw new ArgumentException(state),
    };
}
