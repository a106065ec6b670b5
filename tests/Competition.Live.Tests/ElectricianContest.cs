using Competition.Domain;
using Competition.Domain.Awards;
using Competition.Domain.Contests;
using Competition.Domain.Entries;
using Competition.Domain.Scoring;
using Competition.Domain.Sheets;
using Competition.Projections.Store;

namespace Competition.Live.Tests;

/// <summary>
/// One category, two stages: Theory (30, mean; T: judgement 100) and Practical (70, mean; P: judgement
/// 50, D: deduction 10). Judges: J1 (Alpha) and J2 (Beta) on both stages, J3 (Gamma) on Practical only.
/// Entries: E1 (Alpha, so J1 is recused), E2 (Delta), E3 (Epsilon), E4 (Zeta); approved and drawn.
/// Events go straight to their streams through a Marten session, as the write side would append them,
/// each stream with its type (<see cref="CompetitionStore.StreamTypes"/>).
/// </summary>
public sealed class ElectricianContest(IEventAppender host)
{
    public Guid Contest { get; } = Guid.NewGuid();
    public Guid Category { get; } = Guid.NewGuid();
    public Guid Theory { get; } = Guid.NewGuid();
    public Guid Practical { get; } = Guid.NewGuid();
    public Guid T { get; } = Guid.NewGuid();
    public Guid P { get; } = Guid.NewGuid();
    public Guid D { get; } = Guid.NewGuid();
    public Guid J1 { get; } = Guid.NewGuid();
    public Guid J2 { get; } = Guid.NewGuid();
    public Guid J3 { get; } = Guid.NewGuid();
    public Guid E1 { get; } = Guid.NewGuid();
    public Guid E2 { get; } = Guid.NewGuid();
    public Guid E3 { get; } = Guid.NewGuid();
    public Guid E4 { get; } = Guid.NewGuid();
    public string J1Token { get; } = $"judge-token-{Guid.NewGuid():N}";
    public string J2Token { get; } = $"judge-token-{Guid.NewGuid():N}";
    public string J1TokenHash => Hash(J1Token);

    /// <summary>As Competition.Api's Tokens.Hash: lowercase hex SHA-256.</summary>
    static string Hash(string token) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
    static readonly DateTimeOffset At = DateTimeOffset.Parse("2025-05-01T08:00:00Z");

    public Guid[] Entries => [E1, E2, E3, E4];

    public async Task SetUpAsync()
    {
        await host.AppendAsync(CompetitionStore.StreamTypes.Contest, Contest,
            new ContestCreated(Contest, "Provincial skills contest", ContestKind.Skills, "zh-CN", "organizer-hash", At),
            new CategoryAdded(Contest, Category, "Electrician", EntryType.Individual, At),
            new StageAdded(Contest, Category, Theory, "Theory", 30, AggregationRule.Mean, 0, At),
            new CriterionAdded(Contest, Category, Theory, T, "Knowledge", CriterionKind.Judgement, 100, At),
            new StageAdded(Contest, Category, Practical, "Practical", 70, AggregationRule.Mean, 0, At),
            new CriterionAdded(Contest, Category, Practical, P, "Wiring", CriterionKind.Judgement, 50, At),
            new CriterionAdded(Contest, Category, Practical, D, "Safety faults", CriterionKind.Deduction, 10, At),
            new AwardPolicySet(Contest, Category, [new AwardTier("Gold", 0.25m), new AwardTier("Silver", 0.5m)], 60, At),
            new JudgeAppointed(Contest, J1, "Judge One", "Alpha", [Category], [], true, J1TokenHash, At),
            new JudgeAppointed(Contest, J2, "Judge Two", "Beta", [Category], [], false, Hash(J2Token), At),
            new JudgeAppointed(Contest, J3, "Judge Three", "Gamma", [Category], [Practical], false, "hash-j3", At),
            new RegistrationOpened(Contest, At));
        string[] organizations = ["Alpha", "Delta", "Epsilon", "Zeta"];
        for (var i = 0; i < Entries.Length; i++)
            await host.AppendAsync(CompetitionStore.StreamTypes.Entry, Entries[i],
                new EntryRegistered(Entries[i], Contest, Category, $"Entrant {i + 1}", organizations[i], [], At),
                new EntryApproved(Entries[i], Contest, Category, At));
        var bibs = Entries.Select((e, i) => new DrawnBib(e, i + 1)).ToList();
        await host.AppendAsync(CompetitionStore.StreamTypes.Contest, Contest, new LotsDrawn(Contest, Category, "42", bibs, At));
        foreach (var bib in bibs) await host.AppendAsync(CompetitionStore.StreamTypes.Entry, bib.EntryId, new BibDrawn(bib.EntryId, Contest, Category, bib.Bib, At));
        await host.AppendAsync(CompetitionStore.StreamTypes.Contest, Contest, new StageOpened(Contest, Category, Theory, At), new StageOpened(Contest, Category, Practical, At));
    }

    public Task<long> MarkAsync(Guid judge, Guid entry, Guid stage, Guid criterion, decimal points) =>
        host.AppendAsync(CompetitionStore.StreamTypes.Sheet, StreamIds.Sheet(judge, entry, stage),
            new MarkAwarded(StreamIds.Sheet(judge, entry, stage), Contest, Category, stage, entry, judge, criterion, points, At));

    public Task<long> SubmitAsync(Guid judge, Guid entry, Guid stage) =>
        host.AppendAsync(CompetitionStore.StreamTypes.Sheet, StreamIds.Sheet(judge, entry, stage),
            new SheetSubmitted(StreamIds.Sheet(judge, entry, stage), Contest, Category, stage, entry, judge, At));

    public Task<long> DisqualifyAsync(Guid entry) =>
        host.AppendAsync(CompetitionStore.StreamTypes.Entry, entry, new EntryDisqualified(entry, Contest, Category, "Used a forbidden tool", At));

    public Task<long> CloseStagesAsync() =>
        host.AppendAsync(CompetitionStore.StreamTypes.Contest, Contest, new StageClosed(Contest, Category, Theory, At), new StageClosed(Contest, Category, Practical, At));

    public Task<long> AwardsAsync(params object[] events) => host.AppendAsync(CompetitionStore.StreamTypes.Awards, StreamIds.Awards(Category), events);

    /// <summary>E1 93.00 (rank 1); E2 and E3 84.30 by different marks (shared rank 2); E4 3.00 (rank 4).</summary>
    public async Task MarkStandardFieldAsync()
    {
        await MarkAsync(J2, E1, Theory, T, 100);
        await MarkAsync(J2, E1, Practical, P, 50);
        await MarkAsync(J3, E1, Practical, P, 40);

        await MarkAsync(J1, E2, Theory, T, 80);
        await MarkAsync(J2, E2, Theory, T, 90);
        await MarkAsync(J1, E2, Practical, P, 40);
        await MarkAsync(J2, E2, Practical, P, 45);
        await MarkAsync(J3, E2, Practical, P, 50);
        await MarkAsync(J3, E2, Practical, D, 3);

        await MarkAsync(J1, E3, Theory, T, 85);
        await MarkAsync(J2, E3, Theory, T, 85);
        foreach (var judge in new[] { J1, J2, J3 }) await MarkAsync(judge, E3, Practical, P, 42);

        await MarkAsync(J1, E4, Theory, T, 10);
    }

    public static ProposedAward Award(Guid entry, string tier, int rank, decimal total) => new(entry, tier, rank, total);

    public AwardsProposed Proposed(params ProposedAward[] awards) => new(StreamIds.Awards(Category), Contest, Category, awards, At);
    public NoticeOpened Notice() => new(StreamIds.Awards(Category), Contest, Category, 7, At.AddDays(7), At);
    public AwardsConfirmed Confirmed(params ProposedAward[] awards) => new(StreamIds.Awards(Category), Contest, Category, awards, At.AddDays(8));
    public AwardRevoked Revoked(Guid entry) => new(StreamIds.Awards(Category), Contest, Category, entry, "Doping", At.AddDays(9));
    public AppealLodged Appeal(Guid appeal, Guid entry) => new(StreamIds.Awards(Category), Contest, Category, appeal, entry, "Recount", At);
    public AppealResolved Resolved(Guid appeal, bool upheld) => new(StreamIds.Awards(Category), Contest, Category, appeal, upheld, "Checked", At);
}
