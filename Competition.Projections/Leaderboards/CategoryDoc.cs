using System.Text.Json.Serialization;
using Competition.Domain;
using Competition.Domain.Awards;
using Competition.Domain.Contests;
using Competition.Domain.Entries;
using Competition.Domain.Scoring;

namespace Competition.Projections.Leaderboards;

/// <summary>
/// The leaderboard projection's working document for one category: everything a board, an awards
/// view or a judge's assignments are computed from. A Marten document (its id is the category's),
/// mutated in place while a batch is applied.
/// </summary>
public sealed class CategoryDoc
{
    public Guid ContestId { get; set; }
    public Guid CategoryId { get; set; }
    public string Name { get; set; } = "";
    /// <summary>The last log sequence applied; events at or below it are repeats and skipped.</summary>
    public long LastSequence { get; set; }
    /// <summary>Definition order: it breaks ties between stages of equal weight.</summary>
    public List<StageDoc> Stages { get; set; } = [];
    public Dictionary<Guid, JudgeDoc> Judges { get; set; } = [];
    /// <summary>Stored in <see cref="CategoryEntries"/>, not here (see there).</summary>
    [JsonIgnore]
    public Dictionary<Guid, EntryDoc> Entries { get; set; } = [];

    /// <summary>The entries of a document stored before they moved to <see cref="CategoryEntries"/>: read, never written.</summary>
    [JsonPropertyName("entries")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<Guid, EntryDoc>? StoredEntries { get; set; }

    /// <summary>An entry changed since the entries were last stored (or they never were): the batch stores them.</summary>
    [JsonIgnore]
    internal bool EntriesChanged { get; set; } = true;
    /// <summary>
    /// Keyed by <see cref="SheetKey"/>. Never stored: a sheet's state is its stream's, so a document loaded from
    /// storage reads its sheets back from their streams (<see cref="CategoryDocStore"/>). Storing them, one
    /// document per sheet, cost one upsert per mark (about half of PostgreSQL's work in a rebuild, bench/ rebuild);
    /// inside this document, which is rewritten every batch, the cost would grow with the category.
    /// </summary>
    [JsonIgnore]
    public Dictionary<string, SheetDoc> Sheets { get; set; } = [];
    public AwardsDoc Awards { get; set; } = new();
    /// <summary>A labour category's scheme and rounds; empty for any other.</summary>
    public Labour.LabourDoc Labour { get; set; } = new();
    /// <summary>A points category's reasons and grants (empty in a skills category).</summary>
    public PointsDoc Points { get; set; } = new();
    /// <summary>A hidden board shows no totals or ranks but those of its revealed entries, until published.</summary>
    public bool Hidden { get; set; }
    public List<EntryRevealed> Revealed { get; set; } = [];
    public bool Published { get; set; }
    /// <summary>Removed from the contest (before any marking): its views are deleted.</summary>
    public bool Removed { get; set; }
    /// <summary>
    /// Each entry's score as last computed, kept between batches with the parsed document (never stored): a batch
    /// rescores only the entries whose sheets it changed, since scoring every entry took most of a 3,000-entry
    /// board's time (bench/ screen --entries 3000). Anything that changes how every entry scores (the stages, their
    /// criteria, which stages are sealed) forgets them all; so does a document read from storage.
    /// </summary>
    [JsonIgnore]
    internal Dictionary<Guid, RankingRow> Scores { get; } = [];

    /// <summary>The board as last built (see <see cref="BoardRows"/>), kept like <see cref="Scores"/>.</summary>
    [JsonIgnore]
    internal BoardRows Rows { get; } = new();

    /// <summary>Each entry's sheets, so that a touched entry's line is rebuilt from its own sheets only.</summary>
    [JsonIgnore]
    internal Dictionary<Guid, List<SheetDoc>> SheetsByEntry { get; } = [];

    public IReadOnlyList<SheetDoc> SheetsOf(Guid entryId) => SheetsByEntry.TryGetValue(entryId, out var sheets) ? sheets : [];

    /// <summary>Entries whose cached score and line are out of date; <see cref="AllScoresStale"/> for all of them.</summary>
    [JsonIgnore]
    internal HashSet<Guid> StaleScores { get; } = [];

    [JsonIgnore]
    internal bool AllScoresStale { get; set; } = true;

    /// <summary>Every line out of date, the scores still good: something every row shows changed (the panels, the bibs,
    /// the confirmed awards, a stage's status).</summary>
    [JsonIgnore]
    internal bool AllRowsStale { get; set; } = true;

    /// <summary>Every cached score out of date: the next board rescores every entry.</summary>
    public void ForgetScores() => AllScoresStale = true;

    /// <summary>The next board rebuilds every line (from the cached scores).</summary>
    public void ForgetRows() => AllRowsStale = true;

    /// <summary>The last events that shaped the leaderboard and the awards view: their <c>sequence</c>.</summary>
    public long BoardSequence { get; set; }
    public long AwardsSequence { get; set; }

    public static string SheetKey(Guid judgeId, Guid entryId, Guid stageId) => $"{judgeId:N}{entryId:N}{stageId:N}";

    /// <summary>Every sheet stream the category can have: each of its judges × entries × stages (and rounds) (sheet ids are derived from them).</summary>
    public IEnumerable<Guid> SheetIds() =>
        from judge in Judges.Keys from entry in Entries.Keys from stage in Stages.Select(s => s.Id).Concat(Labour.Rounds.Select(r => r.Id))
        select StreamIds.Sheet(judge, entry, stage);

    public SheetDoc? Sheet(Guid judgeId, Guid entryId, Guid stageId) => Sheets.GetValueOrDefault(SheetKey(judgeId, entryId, stageId));

    public StageDoc? Stage(Guid stageId) => Stages.Find(s => s.Id == stageId);

    public CategoryDefinition Definition() => new([.. Stages.Select(s => s.Definition())]);

    public bool AllStagesClosed => Stages.Count > 0 && Stages.All(s => s.Status == StageStatus.Closed);

    /// <summary>Panel membership and recusal are the Domain's rules, applied to the document's judges.</summary>
    public IEnumerable<JudgeState> Panel(Guid stageId) =>
        Judges.Values.Select(j => j.State(CategoryId)).Where(j => j.SitsOn(CategoryId, stageId));
}

public sealed class StageDoc
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public decimal Weight { get; set; }
    public AggregationRule Rule { get; set; }
    public int Trim { get; set; }
    public StageStatus Status { get; set; }
    public List<CriterionDoc> Criteria { get; set; } = [];
    public bool Blind { get; set; }
    public bool CodesOpened { get; set; }

    /// <summary>A blind stage's marks stay off the board until its codes are opened: by entry, even a count of
    /// sheets would tell a judge whose work the code they just marked is.</summary>
    public bool Hidden => Blind && !CodesOpened;

    public StageDefinition Definition() =>
        new(Id, Weight, Rule, Trim, [.. Criteria.Select(c => new CriterionDefinition(c.Id, c.Kind, c.MaxPoints))]);
}

public sealed class CriterionDoc
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public CriterionKind Kind { get; set; }
    public decimal MaxPoints { get; set; }
}

public sealed class JudgeDoc
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string Organization { get; set; } = "";
    /// <summary>Empty: every stage of the category, including stages added later.</summary>
    public List<Guid> StageIds { get; set; } = [];
    public bool Chief { get; set; }

    public JudgeState State(Guid categoryId) => new(Id, Name, Organization, [categoryId], StageIds, Chief);
}

public sealed class EntryDoc
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string Organization { get; set; } = "";
    public EntryStatus Status { get; set; }
    public int? Bib { get; set; }
}

/// <summary>One judge's sheet as the board sees it; its id is the sheet stream's. Part of <see cref="CategoryDoc"/>, not stored.</summary>
public sealed class SheetDoc
{
    public Guid Id { get; set; }
    public Guid CategoryId { get; set; }
    public Guid JudgeId { get; set; }
    public Guid EntryId { get; set; }
    public Guid StageId { get; set; }
    public Dictionary<Guid, decimal> Marks { get; set; } = [];
    public bool Submitted { get; set; }
    /// <summary>The sheet stream's version after its last event.</summary>
    public long Version { get; set; }
}
