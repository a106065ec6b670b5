using Competition.Domain;
using Competition.Domain.Awards;
using Competition.Domain.Contests;
using Competition.Domain.Entries;
using Competition.Domain.Scoring;
using Competition.Domain.Sheets;
using Competition.Projections.Store;
using Marten;

namespace Competition.Store.Tests;

/// <summary>
/// A contest driven through the Domain's deciders, the way the API composes them: each command is decided on the
/// state of its stream and its events are written in a session of their own, at the version they were decided on.
/// </summary>
internal sealed class ContestScript(IDocumentStore store)
{
    public static readonly DateTimeOffset Now = MarkingCategory.At;

    readonly Dictionary<Guid, long> versions = [];
    readonly Dictionary<Guid, EntryState> entries = [];
    readonly Dictionary<Guid, (SheetState State, Guid Judge, Guid Entry, Guid Stage)> sheets = [];
    readonly Dictionary<Guid, AwardsState> awards = [];

    public Guid ContestId { get; } = Guid.NewGuid();
    public ContestState Contest { get; private set; } = ContestDecider.Initial;
    public ContestState.Active Active => (ContestState.Active)Contest;

    /// <summary>Any store on the same schema: a second node writing the same contest.</summary>
    public IDocumentStore Store { get; set; } = store;

    public async Task DoAsync(ContestCommand command)
    {
        var events = ContestDecider.Decide(command, Contest);
        await WriteAsync(command.ContestId, CompetitionStore.StreamTypes.Contest, events);
        Contest = events.Aggregate(Contest, ContestDecider.Evolve);
        if (events.OfType<LotsDrawn>().SingleOrDefault() is { } draw)
            foreach (var bib in draw.Bibs) await DoAsync(new AssignBib(bib.EntryId, bib.Bib, Now));
    }

    public async Task DoAsync(EntryCommand command)
    {
        var state = entries.GetValueOrDefault(command.EntryId, EntryDecider.Initial);
        var events = EntryDecider.Decide(command, state);
        await WriteAsync(command.EntryId, CompetitionStore.StreamTypes.Entry, events);
        entries[command.EntryId] = events.Aggregate(state, EntryDecider.Evolve);
    }

    public async Task<Guid> RegisterAsync(Guid category, string name, string organization)
    {
        var entry = Guid.NewGuid();
        await DoAsync(new RegisterEntry(entry, ContestId, category, name, organization, null, RegistrationContext.From(Contest, category), Now));
        await DoAsync(new ApproveEntry(entry, Now));
        return entry;
    }

    public SheetContext Context(Guid judge, Guid entry, Guid stage) => SheetContext.From(Contest, entries[entry], judge, stage);

    public async Task SheetAsync(Guid judge, Guid entry, Guid stage, Func<SheetContext, SheetCommand> command)
    {
        var context = Context(judge, entry, stage);
        var state = sheets.TryGetValue(context.SheetId, out var known) ? known.State : SheetDecider.Initial;
        var events = SheetDecider.Decide(command(context), state);
        await WriteAsync(context.SheetId, CompetitionStore.StreamTypes.Sheet, events);
        sheets[context.SheetId] = (events.Aggregate(state, SheetDecider.Evolve), judge, entry, stage);
    }

    public Task MarkAsync(Guid judge, Guid entry, Guid stage, Guid criterion, decimal points) =>
        SheetAsync(judge, entry, stage, x => new AwardMark(x, criterion, points, Now));

    public Task SubmitAsync(Guid judge, Guid entry, Guid stage) => SheetAsync(judge, entry, stage, x => new SubmitSheet(x, Now));

    /// <summary>A labour round's sheets as written so far, as publishing takes them.</summary>
    public IReadOnlyList<Competition.Domain.Labour.AssessorSheet> RoundSheets(Guid round) =>
        [.. sheets.Values.Where(s => s.Stage == round).Select(s => new Competition.Domain.Labour.AssessorSheet(s.Judge, s.Entry, s.State.Marks, s.State is SheetState.Submitted))];

    /// <summary>A unit as the labour commands take it.</summary>
    public Competition.Domain.Labour.UnitFacts Unit(Guid entry) =>
        entries[entry] is EntryState.Active a ? new(a.Id, a.CategoryId, a.Name, a.Status == EntryStatus.Approved) : throw new InvalidOperationException();

    public async Task DoAsync(AwardsCommand command)
    {
        var state = awards.GetValueOrDefault(command.AwardsId, AwardsDecider.Initial);
        var events = AwardsDecider.Decide(command, state);
        await WriteAsync(command.AwardsId, CompetitionStore.StreamTypes.Awards, events);
        awards[command.AwardsId] = events.Aggregate(state, AwardsDecider.Evolve);
    }

    /// <summary>The category's ranked entries by the Domain's scoring, from the marks written so far.</summary>
    public IReadOnlyList<RankedRow> Ranking(Guid category)
    {
        var definition = Active.Definition(category)!;
        var rows = entries.Where(e => e.Value is EntryState.Active { IsRanked: true } a && a.CategoryId == category).Select(e =>
        {
            var marks = sheets.Values.Where(s => s.Entry == e.Key)
                .SelectMany(s => s.State.Marks.Select(m => new Mark(s.Judge, s.Stage, m.Key, m.Value)));
            var score = Scorer.Score(definition, marks);
            return new RankingRow(e.Key, score.Total, score.StageScores);
        });
        return Competition.Domain.Scoring.Ranking.Rank(rows, definition);
    }

    async Task WriteAsync(Guid stream, Type streamType, IReadOnlyList<object> events)
    {
        if (events.Count == 0) return;
        var version = versions.GetValueOrDefault(stream);
        await Store.WriteAsync(stream, streamType, version, [.. events]);
        versions[stream] = version + events.Count;
    }
}
