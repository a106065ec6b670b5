using Competition.Domain.Contests;
using static Competition.Domain.Guard;

namespace Competition.Domain.Entries;

public static class EntryDecider
{
    public static EntryState Initial { get; } = new EntryState.Nonexistent();

    public static IReadOnlyList<object> Decide(EntryCommand command, EntryState state) => (command, state) switch
    {
        (RegisterEntry c, EntryState.Nonexistent) => Register(c),
        (RegisterEntry, EntryState.Active) => throw new RuleViolation("This entry is already registered"),
        (_, EntryState.Nonexistent) => throw new NotFound("Entry not found"),
        (ApproveEntry c, EntryState.Active s) => s.Status switch
        {
            // Approved after the draw it would be ranked with no bib and could never be marked.
            EntryStatus.Registered when c.CategoryDrawn =>
                throw new RuleViolation("Lots of this entry's category have been drawn; an entry approved now would get no bib and could not be marked"),
            EntryStatus.Registered => [new EntryApproved(s.Id, s.ContestId, s.CategoryId, c.Now)],
            EntryStatus.Approved => [],
            _ => throw new RuleViolation($"The entry is {Describe(s.Status)} and can no longer be approved"),
        },
        (RejectEntry c, EntryState.Active s) => Reject(c, s),
        (WithdrawEntry c, EntryState.Active s) => s.Status switch
        {
            EntryStatus.Registered or EntryStatus.Approved => [new EntryWithdrawn(s.Id, s.ContestId, s.CategoryId, c.Now)],
            EntryStatus.Withdrawn => [],
            _ => throw new RuleViolation($"The entry is {Describe(s.Status)}; there is nothing to withdraw"),
        },
        (DisqualifyEntry c, EntryState.Active s) => Disqualify(c, s),
        (AssignBib c, EntryState.Active s) => AssignBib(c, s),
        (ReviseEntry c, EntryState.Active s) => Revise(c, s),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown entry command"),
    };

    static IReadOnlyList<object> Register(RegisterEntry c)
    {
        if (!c.Context.ContestExists) throw new NotFound("Contest not found");
        if (!c.Context.CategoryExists) throw new NotFound("Category not found in this contest");
        var name = Required(c.Name, "name", "The entry needs a name");
        var organization = Required(c.Organization, "organization", "The entry's organization is needed (judges are recused from their own)");
        var people = c.People is { } given ? given.Select(m => m with { Name = m.Name.Trim() }).Where(m => m.Name.Length > 0).ToList() : null;
        var members = people?.Select(m => m.Name).ToList() ?? [.. (c.Members ?? []).Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim())];
        Invalid(c.Context.EntryType == EntryType.Team && c.Context.MembersNamed && members.Count == 0, "members", "A team entry needs its members' names");
        Invalid(people?.Any(m => m.BirthYear is < 1900 || m.BirthYear > c.Now.Year) ?? false, "members",
            $"A member's birthYear must be between 1900 and {c.Now.Year}");
        Conflict(!c.Context.RegistrationOpen, "Registration is not open");
        return [new EntryRegistered(c.EntryId, c.ContestId, c.CategoryId, name, organization, members, c.Now,
            people is not null && people.Any(m => !m.NameOnly) ? people : null, c.QualifiedFrom)];
    }

    static IReadOnlyList<object> Reject(RejectEntry c, EntryState.Active s)
    {
        var reason = Required(c.Reason, "reason", "Give the reason for the rejection");
        return s switch
        {
            { Status: EntryStatus.Rejected } => [],
            { Status: EntryStatus.Registered } or { Status: EntryStatus.Approved, Bib: null } =>
                [new EntryRejected(s.Id, s.ContestId, s.CategoryId, reason, c.Now)],
            { Status: EntryStatus.Approved } => throw new RuleViolation("The entry has already drawn its bib; disqualify it instead"),
            _ => throw new RuleViolation($"The entry is {Describe(s.Status)} and can no longer be rejected"),
        };
    }

    static IReadOnlyList<object> Disqualify(DisqualifyEntry c, EntryState.Active s)
    {
        var reason = Required(c.Reason, "reason", "Give the reason for the disqualification");
        return s.Status switch
        {
            EntryStatus.Approved => [new EntryDisqualified(s.Id, s.ContestId, s.CategoryId, reason, c.Now)],
            EntryStatus.Disqualified => [],
            EntryStatus.Registered => throw new RuleViolation("The entry has not been approved; reject it instead"),
            _ => throw new RuleViolation($"The entry is {Describe(s.Status)} and can no longer be disqualified"),
        };
    }

    static IReadOnlyList<object> Revise(ReviseEntry c, EntryState.Active s)
    {
        var name = Required(c.Name, "name", "The entry needs a name");
        var organization = Required(c.Organization, "organization", "The entry's organization is needed (judges are recused from their own)");
        var members = (c.Members ?? []).Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim()).ToList();
        Invalid(c.Team && members.Count == 0, "members", "A team entry needs its members' names");
        Conflict(c.MarkingBegan && !Organizations.Same(organization, s.Organization),
            "Stages of the entry's category have been opened; its organization, which judges are recused by, can no longer change");
        if (name == s.Name && organization == s.Organization && members.SequenceEqual(s.Members)) return [];
        return [new EntryRevised(s.Id, s.ContestId, s.CategoryId, name, organization, members, c.Now)];
    }

    static IReadOnlyList<object> AssignBib(AssignBib c, EntryState.Active s)
    {
        Invalid(c.Bib < 1, "bib", "Bibs start at 1");
        if (s.Bib == c.Bib) return [];
        Conflict(s.Bib is not null, $"The entry already drew bib {s.Bib}");
        Conflict(s.Status != EntryStatus.Approved, $"The entry is {Describe(s.Status)}; only approved entries draw lots");
        return [new BibDrawn(s.Id, s.ContestId, s.CategoryId, c.Bib, c.Now)];
    }

    internal static string Describe(EntryStatus status) => status switch
    {
        EntryStatus.Registered => "registered but not approved",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static EntryState Evolve(EntryState state, object @event) => (state, @event) switch
    {
        (EntryState.Nonexistent, EntryRegistered e) =>
            new EntryState.Active(e.EntryId, e.ContestId, e.CategoryId, e.Organization, EntryStatus.Registered, null)
            {
                Name = e.Name, Members = e.Members, People = e.People ?? [.. e.Members.Select(m => new Member(m))],
            },
        // A correction names the members again: the details of a member still named are kept.
        (EntryState.Active s, EntryRevised e) => s with
        {
            Name = e.Name, Organization = e.Organization, Members = e.Members,
            People = [.. e.Members.Select(m => s.People.FirstOrDefault(p => p.Name == m) ?? new Member(m))],
        },
        (EntryState.Active s, EntryApproved) => s with { Status = EntryStatus.Approved },
        (EntryState.Active s, EntryRejected) => s with { Status = EntryStatus.Rejected },
        (EntryState.Active s, EntryWithdrawn) => s with { Status = EntryStatus.Withdrawn },
        (EntryState.Active s, EntryDisqualified) => s with { Status = EntryStatus.Disqualified },
        (EntryState.Active s, BibDrawn e) => s with { Bib = e.Bib },
        _ => state,
    };
}
