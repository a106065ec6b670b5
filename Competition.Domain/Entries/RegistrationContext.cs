using Competition.Domain.Contests;

namespace Competition.Domain.Entries;

/// <summary>What registration needs from the contest stream, computed by <see cref="From"/>.</summary>
public sealed record RegistrationContext(bool ContestExists, bool CategoryExists, bool RegistrationOpen, EntryType EntryType)
{
    /// <summary>A skills contest's team names its members; a labour contest's unit (a 班组, a project team) need not.</summary>
    public bool MembersNamed { get; init; } = true;

    public static RegistrationContext From(ContestState contest, Guid categoryId) => contest switch
    {
        ContestState.Active a when a.Category(categoryId) is { } category =>
            new(true, true, a.RegistrationOpen, category.EntryType) { MembersNamed = a.Kind == ContestKind.Skills },
        ContestState.Active a => new(true, false, a.RegistrationOpen, EntryType.Individual),
        _ => new(false, false, false, EntryType.Individual),
    };
}
