using static Competition.Domain.Tests.World;

namespace Competition.Domain.Tests.Contests;

public class ContestCreationSpecs
{
    [Fact]
    public void Creating_a_contest_records_its_name_kind_locale_and_organizer_token_hash() =>
        ContestSpec().When(new CreateContest(Contest, " Provincial Skills 2026 ", ContestKind.Skills, "zh-CN", "organizer-hash", Now))
            .Then(Created);

    [Fact]
    public void Locale_defaults_to_chinese() =>
        ContestSpec().When(new CreateContest(Contest, "Safety Cup", ContestKind.Labour, null, "h", Now))
            .Then(new ContestCreated(Contest, "Safety Cup", ContestKind.Labour, "zh-CN", "h", Now));

    [Theory]
    [InlineData("", "zh-CN", "name")]
    [InlineData("   ", "en", "name")]
    [InlineData("Cup", "fr", "locale")]
    public void Invalid_contest_data_is_refused_with_the_field(string name, string locale, string field) =>
        ContestSpec().When(new CreateContest(Contest, name, ContestKind.Skills, locale, "h", Now))
            .ThenFails<InvalidCommand>().Errors.Keys.ShouldBe([field]);

    [Fact]
    public void An_unknown_kind_is_refused() =>
        ContestSpec().When(new CreateContest(Contest, "Cup", (ContestKind)7, "en", "h", Now))
            .ThenFails<InvalidCommand>().Errors.Keys.ShouldBe(["kind"]);

    [Fact]
    public void Creating_an_existing_contest_is_a_conflict() =>
        ContestSpec().Given(Created)
            .When(new CreateContest(Contest, "Again", ContestKind.Skills, "en", "h", Now))
            .ThenFails<RuleViolation>("already exists");

    public static TheoryData<ContestCommand> CommandsOnAContest => new()
    {
        new AddCategory(Contest, Electrician, "Electrician", EntryType.Individual, Now),
        new AddStage(Contest, Electrician, Theory, "Theory", 30, AggregationRule.Mean, 0, Now),
        new AddCriterion(Contest, Theory, Quiz, "Quiz", CriterionKind.Measurement, 100, Now),
        new SetAwardPolicy(Contest, Electrician, new AwardPolicy([new AwardTier("Gold", 0.1m)], 60), Now),
        new AppointJudge(Contest, JudgeA, "A", NorthGrid, [Electrician], null, false, "h", Now),
        new OpenRegistration(Contest, Now),
        new CloseRegistration(Contest, Now),
        new DrawLots(Contest, Electrician, "42", [Entry], Now),
        new OpenStage(Contest, Theory, false, Now),
        new CloseStage(Contest, Theory, Now),
    };

    [Theory]
    [MemberData(nameof(CommandsOnAContest))]
    public void Every_other_command_on_an_unknown_contest_is_not_found(ContestCommand command) =>
        ContestSpec().When(command).ThenFails<NotFound>("Contest not found");
}

/// The contest system's ladder: a contest selects for a parent one level up (or more).
public class ContestLevelSpecs
{
    static readonly Guid City = Guid.Parse("00000000-0000-0000-0000-00000000c1c1");

    static CreateContest County(ContestLevel? level, ParentContest? parent) =>
        new(Contest, "区县技能大赛", ContestKind.Skills, null, "h", Now, level, City, parent);

    [Fact]
    public void A_county_contest_selects_for_a_city_contest() =>
        ContestSpec().When(County(ContestLevel.County, new ParentContest(City, "市技能大赛", ContestLevel.City)))
            .Then(new ContestCreated(Contest, "区县技能大赛", ContestKind.Skills, "zh-CN", "h", Now, ContestLevel.County, City));

    [Fact]
    public void The_parent_must_exist_have_a_level_and_stand_above() 
    {
        ContestSpec().When(County(ContestLevel.County, null)).ThenFails<NotFound>("parent contest");
        ContestSpec().When(County(null, new ParentContest(City, "市技能大赛", ContestLevel.City))).ThenFails<InvalidCommand>("level is required");
        ContestSpec().When(County(ContestLevel.County, new ParentContest(City, "市技能大赛", null))).ThenFails<InvalidCommand>("has no level");
        ContestSpec().When(County(ContestLevel.Province, new ParentContest(City, "市技能大赛", ContestLevel.City)))
            .ThenFails<InvalidCommand>("is at level city; it must be above province");
        ContestSpec().When(County(ContestLevel.City, new ParentContest(City, "市技能大赛", ContestLevel.City))).ThenFails<InvalidCommand>("must be above city");
    }

    [Fact]
    public void A_contest_without_a_parent_may_have_a_level_or_none()
    {
        ContestSpec().When(new CreateContest(Contest, "全国总决赛", ContestKind.Skills, "en", "h", Now, ContestLevel.National))
            .Then(new ContestCreated(Contest, "全国总决赛", ContestKind.Skills, "en", "h", Now, ContestLevel.National));
        ((ContestState.Active)ContestSpec().Given(new ContestCreated(Contest, "X", ContestKind.Skills, "en", "h", Now, ContestLevel.City, City)).State)
            .ParentId.ShouldBe(City);
    }
}
