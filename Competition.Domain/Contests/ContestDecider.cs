using static Competition.Domain.Guard;

namespace Competition.Domain.Contests;

public static partial class ContestDecider
{
    public static ContestState Initial { get; } = new ContestState.Nonexistent();

    public static IReadOnlyList<object> Decide(ContestCommand command, ContestState state) => (command, state) switch
    {
        (CreateContest c, ContestState.Nonexistent) => Create(c),
        (CreateContest, ContestState.Active) => throw new RuleViolation("This contest already exists"),
        (_, ContestState.Nonexistent) => throw new NotFound("Contest not found"),
        (AddCategory c, ContestState.Active s) => Decide(c, s),
        (AddStage c, ContestState.Active s) => Decide(c, s),
        (AddCriterion c, ContestState.Active s) => Decide(c, s),
        (SetAwardPolicy c, ContestState.Active s) => Decide(c, s),
        (AppointJudge c, ContestState.Active s) => Decide(c, s),
        (OpenRegistration c, ContestState.Active s) =>
            s.RegistrationOpen ? [] : [new RegistrationOpened(s.Id, c.Now)],
        (CloseRegistration c, ContestState.Active s) =>
            s.RegistrationOpen ? [new RegistrationClosed(s.Id, c.Now)] : [],
        (DrawLots c, ContestState.Active s) => Decide(c, s),
        (OpenStage c, ContestState.Active s) => Decide(c, s),
        (CloseStage c, ContestState.Active s) => Decide(c, s),
        (RotateOrganizerToken c, ContestState.Active s) => Decide(c, s),
        (RotateJudgeToken c, ContestState.Active s) => Decide(c, s),
        (RevokeJudgeToken c, ContestState.Active s) => Decide(c, s),
        (ReviseCategory c, ContestState.Active s) => Decide(c, s),
        (RemoveCategory c, ContestState.Active s) => Decide(c, s),
        (ReviseStage c, ContestState.Active s) => Decide(c, s),
        (RemoveStage c, ContestState.Active s) => Decide(c, s),
        (ReviseCriterion c, ContestState.Active s) => Decide(c, s),
        (RemoveCriterion c, ContestState.Active s) => Decide(c, s),
        (ReviseJudge c, ContestState.Active s) => Decide(c, s),
        (RemoveJudge c, ContestState.Active s) => Decide(c, s),
        (SetTeamStandings c, ContestState.Active s) => Decide(c, s),
        (SetPromotionRule c, ContestState.Active s) => Decide(c, s),
        (Labour.SetScheme c, ContestState.Active s) => Decide(c, s),
        (Labour.AddRound c, ContestState.Active s) => Decide(c, s),
        (Labour.OpenRound c, ContestState.Active s) => Decide(c, s),
        (Labour.FreezeRound c, ContestState.Active s) => Decide(c, s),
        (Labour.ReopenRound c, ContestState.Active s) => Decide(c, s),
        (Labour.PublishRound c, ContestState.Active s) => Decide(c, s),
        (Labour.AssessSelf c, ContestState.Active s) => Decide(c, s),
        (Labour.VetoUnit c, ContestState.Active s) => Decide(c, s),
        (AddReason c, ContestState.Active s) => Decide(c, s),
        (FinishContest c, ContestState.Active s) => Decide(c, s),
        (SetHonourRules c, ContestState.Active s) => Decide(c, s),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown contest command"),
    };

    static IReadOnlyList<object> Create(CreateContest c)
    {
        var name = Required(c.Name, "name", "The contest needs a name");
        var locale = string.IsNullOrWhiteSpace(c.Locale) ? "zh-CN" : c.Locale.Trim();
        Invalid(locale is not ("zh-CN" or "en"), "locale", "The locale must be zh-CN or en");
        Invalid(!Enum.IsDefined(c.Kind), "kind", "The kind must be skills, labour or points");
        if (c.ParentId is { } parentId)
        {
            var parent = c.Parent ?? throw new NotFound("The parent contest (parentId) was not found");
            Invalid(c.Level is null, "level", "level is required with parentId: the parent's level must be above it");
            Invalid(parent.Level is null, "parentId", $"The parent contest {parent.Name} has no level, so no contest can select for it");
            Invalid(parent.Level <= c.Level, "parentId", $"The parent contest {parent.Name} is at level {parent.Level?.ToString().ToLowerInvariant()}; it must be above {c.Level?.ToString().ToLowerInvariant()}");
            Invalid(parentId == c.ContestId, "parentId", "A contest cannot be its own parent");
        }
        Invalid(c.Level is { } level && !Enum.IsDefined(level), "level", "The level must be enterprise, county, city, province or national");
        return [new ContestCreated(c.ContestId, name, c.Kind, locale, c.OrganizerTokenHash, c.Now, c.Level, c.ParentId)];
    }

    static CategoryState FindCategory(ContestState.Active s, Guid categoryId) =>
        s.Category(categoryId) ?? throw new NotFound("Category not found in this contest");

    static (CategoryState Category, StageState Stage) FindStage(ContestState.Active s, Guid stageId) =>
        s.CategoryOfStage(stageId) is { } category
            ? (category, category.Stages.Single(st => st.Id == stageId))
            : throw new NotFound("Stage not found in this contest");
}
