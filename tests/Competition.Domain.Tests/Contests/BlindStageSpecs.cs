using static Competition.Domain.Tests.World;

namespace Competition.Domain.Tests.Contests;

public class BlindStageSpecs
{
    static readonly Guid E1 = Guid.Parse("10000000-0000-0000-0000-000000000001");
    static readonly Guid E2 = Guid.Parse("20000000-0000-0000-0000-000000000002");
    static readonly Guid E3 = Guid.Parse("30000000-0000-0000-0000-000000000003");
    static readonly Guid[] Entries = [E1, E2, E3];
    const string Secret = "b6f1c9";

    static StageAdded BlindPractical => PracticalAdded with { Blind = true };

    static WorkCodesDrawn CodesOf(Guid stage) =>
        new(Contest, Electrician, stage, WorkCodes.StageSeed(Secret, stage), WorkCodes.Draw(WorkCodes.StageSeed(Secret, stage), stage, Entries), Now);

    static LotsDrawn Lots => new(Contest, Electrician, "2026", LotDrawing.Draw("2026", Entries), Now);

    [Fact]
    public void The_draw_gives_a_blind_stage_work_codes_from_a_seed_of_its_own_and_an_open_stage_none() =>
        ContestSpec().Given(Created, ElectricianAdded, TheoryAdded, BlindPractical)
            .When(new DrawLots(Contest, Electrician, "2026", Entries, Now, Secret))
            .Then(Lots, CodesOf(Practical));

    [Fact]
    public void Work_codes_are_reproducible_from_their_seed_and_independent_of_the_bibs()
    {
        var seed = WorkCodes.StageSeed(Secret, Practical);
        WorkCodes.Draw(seed, Practical, Entries).ShouldBe(WorkCodes.Draw(seed, Practical, [E3, E1, E2]));
        var many = Enumerable.Range(1, 40).Select(i => Guid.Parse($"00000000-0000-0000-0000-{i:D12}")).ToList();
        var bibs = LotDrawing.Draw("2026", many).ToDictionary(b => b.EntryId, b => b.Bib);
        var codes = WorkCodes.Draw(seed, Practical, many);
        codes.Select(c => c.Code).ShouldBe(Enumerable.Range(1, 40).Select(i => $"C{i:D3}"), ignoreOrder: true);
        // The n-th code is not the n-th bib, nor any fixed shift of it.
        codes.Count(c => c.Code == $"C{bibs[c.EntryId]:D3}").ShouldBeLessThan(5);
        codes.Select(c => int.Parse(c.Code[1..]) - bibs[c.EntryId]).Distinct().Count().ShouldBeGreaterThan(10);
        // Another secret, other codes and other aliases.
        var other = WorkCodes.Draw(WorkCodes.StageSeed("another", Practical), Practical, many);
        other.OrderBy(c => c.EntryId).Select(c => c.Code).ShouldNotBe(codes.OrderBy(c => c.EntryId).Select(c => c.Code));
        other.Select(c => c.Alias).Intersect(codes.Select(c => c.Alias)).ShouldBeEmpty();
    }

    [Fact]
    public void An_alias_is_neither_the_entry_id_nor_computable_without_the_secret()
    {
        var codes = CodesOf(Practical).Codes;
        codes.Select(c => c.Alias).ShouldNotContain(c => Entries.Contains(c));
        codes.Select(c => c.Alias).Distinct().Count().ShouldBe(3);
        WorkCodes.Draw(WorkCodes.StageSeed(Secret, Theory), Theory, Entries).Select(c => c.Alias)
            .Intersect(codes.Select(c => c.Alias)).ShouldBeEmpty();
    }

    [Fact]
    public void A_blind_stage_added_after_the_draw_gets_its_codes_when_it_is_added() =>
        ContestSpec().Given(Created, ElectricianAdded, TheoryAdded, Lots)
            .When(new AddStage(Contest, Electrician, Practical, "Practical", 70, AggregationRule.TrimmedMean, 1, Now, Blind: true, WorkSeed: Secret))
            .Then(BlindPractical, CodesOf(Practical));

    [Fact]
    public void Closing_a_blind_stage_opens_its_codes_and_says_who_opened_them()
    {
        var codes = CodesOf(Practical);
        ContestSpec().Given(Created, ElectricianAdded, TheoryAdded, BlindPractical, QuizAdded, WiringAdded, Lots, codes,
                new StageOpened(Contest, Electrician, Practical, Now))
            .When(new CloseStage(Contest, Practical, Now))
            .Then(new StageClosed(Contest, Electrician, Practical, Now),
                new WorkCodesOpened(Contest, Electrician, Practical, "organizer", codes.Seed, codes.Codes, Now));
    }

    [Fact]
    public void A_blind_stage_closed_again_after_a_review_opens_nothing_twice()
    {
        var codes = CodesOf(Practical);
        var open = new StageOpened(Contest, Electrician, Practical, Now);
        ContestSpec().Given(Created, ElectricianAdded, TheoryAdded, BlindPractical, Lots, codes, open,
                new StageClosed(Contest, Electrician, Practical, Now),
                new WorkCodesOpened(Contest, Electrician, Practical, "organizer", codes.Seed, codes.Codes, Now), open)
            .When(new CloseStage(Contest, Practical, Now))
            .Then(new StageClosed(Contest, Electrician, Practical, Now));
    }

    [Fact]
    public void Judges_address_a_hidden_entry_by_its_alias_only_the_organizer_by_either()
    {
        var codes = CodesOf(Practical);
        var stage = ContestAfter(Created, ElectricianAdded, TheoryAdded, BlindPractical, Lots, codes).Stage(Practical)!;
        var alias = codes.Codes.Single(c => c.EntryId == E2).Alias;
        stage.EntryAddressed(alias, byJudge: true).ShouldBe(E2);
        stage.EntryAddressed(E2, byJudge: true).ShouldBeNull();
        stage.EntryAddressed(E2, byJudge: false).ShouldBe(E2);
        var opened = ContestAfter(Created, ElectricianAdded, TheoryAdded, BlindPractical, Lots, codes,
            new WorkCodesOpened(Contest, Electrician, Practical, "organizer", codes.Seed, codes.Codes, Now)).Stage(Practical)!;
        opened.EntryAddressed(E2, byJudge: true).ShouldBe(E2);
        opened.EntryAddressed(alias, byJudge: true).ShouldBe(E2);
        ContestAfter(Created, ElectricianAdded, TheoryAdded).Stage(Theory)!.EntryAddressed(E2, byJudge: true).ShouldBe(E2);
    }
}
