using static Competition.Domain.Tests.World;

namespace Competition.Domain.Tests.Sheets;

/// <summary>Judge A (North Grid) marks a West Lab entry, bib 3, on the open practical stage.</summary>
public static class SheetWorld
{
    public const string WestLab = "West Lab";

    public static Spec<SheetCommand, SheetState> SheetSpec() => new(SheetDecider.Decide, SheetDecider.Evolve, SheetDecider.Initial);

    public static object[] OpenPractical => Defined.With(new StageOpened(Contest, Electrician, Practical, Now));

    public static EntryState EntryOf(string organization = WestLab, bool approved = true, bool drawn = true, Guid? category = null)
    {
        object[] events = [new EntryRegistered(Entry, Contest, category ?? Electrician, "Zhang San", organization, [], Now)];
        if (approved) events = events.With(new EntryApproved(Entry, Contest, Electrician, Now));
        if (approved && drawn) events = events.With(new BibDrawn(Entry, Contest, Electrician, 3, Now));
        return events.Aggregate(EntryDecider.Initial, EntryDecider.Evolve);
    }

    public static SheetContext Context(Guid? judge = null, Guid? stage = null, object[]? contest = null, EntryState? entry = null) =>
        SheetContext.From(
            (contest ?? OpenPractical).Aggregate(ContestDecider.Initial, ContestDecider.Evolve),
            entry ?? EntryOf(), judge ?? JudgeA, stage ?? Practical);

    public static Guid SheetId => StreamIds.Sheet(JudgeA, Entry, Practical);

    public static AwardMark Mark(decimal points, Guid? criterion = null, SheetContext? context = null) =>
        new(context ?? Context(), criterion ?? Wiring, points, Now);

    public static MarkAwarded Awarded(decimal points, Guid? criterion = null) =>
        new(SheetId, Contest, Electrician, Practical, Entry, JudgeA, criterion ?? Wiring, points, Now);

    public static SheetSubmitted Submitted => new(SheetId, Contest, Electrician, Practical, Entry, JudgeA, Now);

    public static SheetReopened Reopened(Guid by) => new(SheetId, Contest, Electrician, Practical, Entry, JudgeA, "recount", by, Now);
}
