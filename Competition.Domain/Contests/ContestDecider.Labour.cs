using Competition.Domain.Labour;
using static Competition.Domain.Guard;

namespace Competition.Domain.Contests;

/// <summary>Labour contests (劳动竞赛): the indicator scheme, the rounds' lifecycle, self-assessments and vetoes.</summary>
public static partial class ContestDecider
{
    static IReadOnlyList<object> Decide(SetScheme c, ContestState.Active s)
    {
        var category = FindLabourCategory(s, c.CategoryId);
        var opened = category.Rounds.FirstOrDefault(r => r.Status != RoundStatus.Planned);
        Conflict(opened is not null, $"Round {opened?.Name} of category {category.Name} has opened; the scheme can no longer change");
        SchemeRules.Validate(c.Scheme);
        return [new SchemeSet(s.Id, category.Id, c.Scheme, c.Now)];
    }

    static IReadOnlyList<object> Decide(AddRound c, ContestState.Active s)
    {
        var category = FindLabourCategory(s, c.CategoryId);
        var name = Required(c.Name, "name", "The round needs a name");
        Invalid(c.StartsOn > c.EndsOn, "endsOn", "endsOn must not be before startsOn");
        var overlapping = category.Rounds.FirstOrDefault(r => r.Overlaps(c.StartsOn, c.EndsOn));
        Conflict(overlapping is not null,
            $"Round {overlapping?.Name} of category {category.Name} runs from {overlapping?.StartsOn:yyyy-MM-dd} to {overlapping?.EndsOn:yyyy-MM-dd}; rounds may not overlap");
        return [new RoundAdded(s.Id, category.Id, c.RoundId, name, c.StartsOn, c.EndsOn, c.Now)];
    }

    static IReadOnlyList<object> Decide(OpenRound c, ContestState.Active s)
    {
        var (category, round) = FindRound(s, c.RoundId);
        switch (round.Status)
        {
            case RoundStatus.Open: return [];
            case RoundStatus.Frozen: throw new RuleViolation($"Round {round.Name} is frozen; reopen it with a reason");
            case RoundStatus.Published: throw new RuleViolation($"Round {round.Name} is published; a published round cannot open again");
        }
        Conflict(category.Scheme is null, $"Category {category.Name} has no scheme yet; set its scheme before a round opens");
        RequireNoOtherOpen(category, round);
        return [new RoundOpened(s.Id, category.Id, round.Id, c.Now)];
    }

    static IReadOnlyList<object> Decide(FreezeRound c, ContestState.Active s)
    {
        var (category, round) = FindRound(s, c.RoundId);
        return round.Status switch
        {
            RoundStatus.Open => [new RoundFrozen(s.Id, category.Id, round.Id, c.Now)],
            RoundStatus.Frozen => [],
            RoundStatus.Published => throw new RuleViolation($"Round {round.Name} is published; a published round cannot be frozen"),
            _ => throw new RuleViolation($"Round {round.Name} has not been opened yet, so it cannot be frozen"),
        };
    }

    static IReadOnlyList<object> Decide(ReopenRound c, ContestState.Active s)
    {
        var (category, round) = FindRound(s, c.RoundId);
        var reason = Required(c.Reason, "reason", "Give the reason for reopening the round");
        switch (round.Status)
        {
            case RoundStatus.Open: return [];
            case RoundStatus.Published: throw new RuleViolation($"Round {round.Name} is published; a published round cannot be reopened");
            case RoundStatus.Planned: throw new RuleViolation($"Round {round.Name} has not been opened yet, so it cannot be reopened");
        }
        RequireNoOtherOpen(category, round);
        return [new RoundReopened(s.Id, category.Id, round.Id, reason, c.Now)];
    }

    static IReadOnlyList<object> Decide(PublishRound c, ContestState.Active s)
    {
        var (category, round) = FindRound(s, c.RoundId);
        if (round.Status == RoundStatus.Published) return [];
        Conflict(round.Status != RoundStatus.Frozen, $"Round {round.Name} must be frozen before it is published");
        var scheme = category.Scheme!;
        var units = c.Units.Where(u => u.CategoryId == category.Id && u.Approved).ToList();
        var assessors = s.Assessors(category.Id).Select(j => j.Id).ToHashSet();
        var sheets = c.Sheets.Where(sh => assessors.Contains(sh.JudgeId)).ToLookup(sh => sh.EntryId);
        var short_ = units.Where(u => !round.Vetoes.ContainsKey(u.EntryId))
            .Select(u => (u.Name, Submitted: sheets[u.EntryId].Count(sh => sh.Submitted)))
            .Where(u => u.Submitted < scheme.MinAssessors).ToList();
        Conflict(short_.Count > 0,
            $"Round {round.Name} needs {scheme.MinAssessors} submitted sheet(s) for every unit not vetoed; short: {string.Join(", ", short_.Select(u => $"{u.Name} ({u.Submitted})"))}");
        var scores = RoundScoring.ScoreRound(scheme, round, units.Select(u => u.EntryId), c.Sheets, assessors);
        return [new RoundPublished(s.Id, category.Id, round.Id, RoundScoring.FlagHolders(RoundScoring.Rank(scheme, scores)), c.Now)];
    }

    static IReadOnlyList<object> Decide(AssessSelf c, ContestState.Active s)
    {
        var (category, round) = FindRound(s, c.RoundId);
        RequireUnit(category, c.Unit);
        var scheme = category.Scheme!;
        var errors = new Dictionary<string, string[]>();
        foreach (var (itemId, value) in c.Marks)
        {
            var problem = scheme.Item(itemId) is { } item ? SchemeRules.ValueProblem(item, value) : SchemeRules.UnknownItemRule;
            if (problem is not null) errors[$"marks.{itemId}"] = [problem];
        }
        var summary = string.Join(" ", errors.Values.SelectMany(m => m).Distinct());
        if (errors.Count > 0) throw new InvalidCommand(summary, errors);
        Conflict(!round.IsOpen, $"Round {round.Name} is not open; self-assessments are entered while it is open");
        if (round.Self.TryGetValue(c.Unit.EntryId, out var known) && known.Count == c.Marks.Count
            && c.Marks.All(m => known.TryGetValue(m.Key, out var v) && v == m.Value))
            return [];
        return [new SelfAssessed(s.Id, category.Id, round.Id, c.Unit.EntryId, c.Marks, c.Now)];
    }

    static IReadOnlyList<object> Decide(VetoUnit c, ContestState.Active s)
    {
        var (category, round) = FindRound(s, c.RoundId);
        RequireUnit(category, c.Unit);
        Invalid(category.Scheme!.Item(c.ItemId) is not { Kind: ItemKind.Veto }, "itemId", "itemId must name a veto item of the category's scheme");
        var reason = Required(c.Reason, "reason", "Give the reason for the veto");
        Conflict(round.Status == RoundStatus.Published, $"Round {round.Name} is published; a unit can no longer be vetoed in it");
        Conflict(round.Status == RoundStatus.Planned, $"Round {round.Name} has not been opened yet");
        if (round.Vetoes.TryGetValue(c.Unit.EntryId, out var known) && known == new Veto(c.ItemId, reason)) return [];
        return [new UnitVetoed(s.Id, category.Id, round.Id, c.Unit.EntryId, c.ItemId, reason, c.Now)];
    }

    static void RequireUnit(CategoryState category, UnitFacts unit)
    {
        if (unit.CategoryId != category.Id) throw new NotFound("Entry not found in this round's category");
        Conflict(!unit.Approved, $"{unit.Name} is not an approved entry, so it cannot be assessed");
    }

    static void RequireNoOtherOpen(CategoryState category, RoundState round)
    {
        var open = category.Rounds.FirstOrDefault(r => r.IsOpen && r.Id != round.Id);
        Conflict(open is not null, $"Round {open?.Name} of category {category.Name} is open; one round of a category is open at a time");
    }

    static CategoryState FindLabourCategory(ContestState.Active s, Guid categoryId)
    {
        var category = FindCategory(s, categoryId);
        Conflict(s.Kind != ContestKind.Labour, "Only a labour contest assesses units on an indicator scheme over rounds");
        return category;
    }

    static (CategoryState Category, RoundState Round) FindRound(ContestState.Active s, Guid roundId) =>
        s.CategoryOfRound(roundId) is { } category
            ? (category, category.Rounds.Single(r => r.Id == roundId))
            : throw new NotFound("Round not found in this contest");

    static ContestState EvolveLabour(ContestState.Active s, object @event) => @event switch
    {
        SchemeSet e => UpdateCategory(s, e.CategoryId, c => c with { Scheme = e.Scheme }),
        RoundAdded e => UpdateCategory(s, e.CategoryId, c => c with
        {
            Rounds = c.Rounds.Add(new RoundState(e.RoundId, e.CategoryId, e.Name, e.StartsOn, e.EndsOn, RoundStatus.Planned)),
        }),
        RoundOpened e => UpdateRound(s, e.CategoryId, e.RoundId, r => r with { Status = RoundStatus.Open }),
        RoundFrozen e => UpdateRound(s, e.CategoryId, e.RoundId, r => r with { Status = RoundStatus.Frozen }),
        RoundReopened e => UpdateRound(s, e.CategoryId, e.RoundId, r => r with { Status = RoundStatus.Open }),
        RoundPublished e => UpdateRound(s, e.CategoryId, e.RoundId, r => r with { Status = RoundStatus.Published, Holders = e.Holders }),
        SelfAssessed e => UpdateRound(s, e.CategoryId, e.RoundId, r => r with { Self = r.Self.SetItem(e.EntryId, e.Marks) }),
        UnitVetoed e => UpdateRound(s, e.CategoryId, e.RoundId, r => r with { Vetoes = r.Vetoes.SetItem(e.EntryId, new Veto(e.ItemId, e.Reason)) }),
        _ => s,
    };

    static ContestState.Active UpdateRound(ContestState.Active s, Guid categoryId, Guid roundId, Func<RoundState, RoundState> change) =>
        UpdateCategory(s, categoryId, c =>
        {
            var index = c.Rounds.FindIndex(r => r.Id == roundId);
            return index < 0 ? c : c with { Rounds = c.Rounds.SetItem(index, change(c.Rounds[index])) };
        });
}
