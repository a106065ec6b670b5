using Competition.Domain.Contests;
using Competition.Domain.Entries;
using Competition.Domain.Scoring;

namespace Competition.Projections.Contests;

/// <summary>GET /api/contests/{cid}: the contest as set up, its stages' status and its judges (never
/// their token hashes). A Marten document kept inline from the contest stream and mutated in place by
/// <see cref="ContestViewEvents"/>; each category's entries are their own documents (<see cref="EntryView"/>),
/// joined when the contest is read, so registrations never contend on the contest's document.</summary>
public sealed class ContestView
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public ContestKind Kind { get; set; }
    public string Locale { get; set; } = "";
    /// <summary>enterprise, county, city, province or national; and the contest one level up this one selects for.</summary>
    public ContestLevel? Level { get; set; }
    /// <summary>When the contest was created (null in views written before it was kept): the statistics' period.</summary>
    public DateTimeOffset? CreatedAt { get; set; }
    public Guid? ParentId { get; set; }
    /// <summary>setup, registration, running (a stage has opened) or finished (every stage closed).</summary>
    public string Status { get; set; } = "setup";
    public bool RegistrationOpen { get; set; }
    public List<CategoryView> Categories { get; set; } = [];
    public List<JudgeView> Judges { get; set; } = [];

    public CategoryView? Category(Guid id) => Categories.Find(c => c.Id == id);

    public StageView? Stage(Guid id) => Categories.SelectMany(c => c.Stages).FirstOrDefault(s => s.Id == id);

    public string DeriveStatus()
    {
        var stages = Categories.SelectMany(c => c.Stages).ToList();
        var rounds = Categories.SelectMany(c => c.Rounds).ToList();
        if (stages.Count + rounds.Count > 0 && stages.All(s => s.Status == "closed")
            && rounds.All(r => r.Status == Domain.Labour.RoundStatus.Published)) return "finished";
        if (stages.Any(s => s.Status != "pending") || rounds.Any(r => r.Status != Domain.Labour.RoundStatus.Planned)) return "running";
        return RegistrationOpen ? "registration" : "setup";
    }
}

public sealed class CategoryView
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public EntryType EntryType { get; set; }
    /// <summary>public, or hidden until revealed.</summary>
    public BoardVisibility Board { get; set; }
    public bool Drawn { get; set; }
    public List<StageView> Stages { get; set; } = [];
    public AwardPolicyView? AwardPolicy { get; set; }
    /// <summary>Empty as stored; filled from the entries' documents when the contest is read.</summary>
    public List<EntryLine> Entries { get; set; } = [];
    /// <summary>A labour category's indicator scheme and rounds.</summary>
    public Labour.SchemeView? Scheme { get; set; }
    public List<Labour.RoundView> Rounds { get; set; } = [];
}

public sealed class StageView
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public decimal Weight { get; set; }
    public AggregationView Aggregation { get; set; } = new();
    /// <summary>pending (never opened), open or closed.</summary>
    public string Status { get; set; } = "pending";
    /// <summary>Sum of maxPoints of the judgement and measurement criteria.</summary>
    public decimal MaxPoints { get; set; }
    /// <summary>Marked under work codes (二次加密); its scores stay off the boards until it closes.</summary>
    public bool Blind { get; set; }
    public List<CriterionView> Criteria { get; set; } = [];
}

public sealed class AggregationView
{
    public AggregationRule Rule { get; set; }
    public int? Trim { get; set; }
}

public sealed record CriterionView(Guid Id, string Name, decimal MaxPoints, CriterionKind Kind);

public sealed record AwardPolicyView(IReadOnlyList<AwardTier> Tiers, decimal MinimumScore);

public sealed record JudgeView(
    Guid Id, string Name, string Organization, IReadOnlyList<Guid> CategoryIds, IReadOnlyList<Guid> StageIds, bool Chief);

/// <summary>One entry: a document of its own, kept inline from the entry's stream.</summary>
public sealed class EntryView
{
    public Guid Id { get; set; }
    public Guid ContestId { get; set; }
    public Guid CategoryId { get; set; }
    /// <summary>Registration order: when, then the position among the entries registered together.</summary>
    public DateTimeOffset RegisteredAt { get; set; }
    public int Ordinal { get; set; }
    public string Name { get; set; } = "";
    public string Organization { get; set; } = "";
    public List<string> Members { get; set; } = [];
    /// <summary>The members' details, when the organizer gave any: for the organizer's eyes only (see <see cref="Member"/>).</summary>
    public List<Member>? People { get; set; }
    public EntryStatus Status { get; set; }
    public int? Bib { get; set; }
    /// <summary>The lower contest's result that sent the entry here (public: it is on the lower contest's board).</summary>
    public QualifiedFrom? QualifiedFrom { get; set; }

    public EntryLine Line() => new(Id, Name, Organization, Members, Status, Bib) { People = People, QualifiedFrom = QualifiedFrom };
}

/// <summary>An entry as the contest view lists it. <see cref="People"/>: the members' details, answered to the contest's
/// organizer only (person ids and birth years never appear in a public answer).</summary>
public sealed record EntryLine(Guid Id, string Name, string Organization, IReadOnlyList<string> Members, EntryStatus Status, int? Bib)
{
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Member>? People { get; init; }

    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public QualifiedFrom? QualifiedFrom { get; init; }
}
