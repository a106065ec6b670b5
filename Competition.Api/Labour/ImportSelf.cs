using System.Globalization;
using Competition.Api.Entries;
using Competition.Api.Plumbing;
using Competition.Api.Writing;
using Competition.Domain;
using Competition.Domain.Entries;
using Competition.Domain.Labour;
using Marten;
using Microsoft.AspNetCore.RateLimiting;
using Wolverine;
using Wolverine.Http;
using NotFound = Competition.Domain.NotFound;

namespace Competition.Api.Labour;

/// The lines of a self-assessment file, read but not yet decided on.
public sealed record ImportSelfAssessments(Guid ContestId, Guid RoundId, IReadOnlyList<CsvRow> Rows, DateTimeOffset Now);

/// What an import decided: the lines refused (then nothing was written), or how many were written and where.
public sealed record ImportOutcome(int Imported, IReadOnlyList<ImportError> Errors, Written Written);

/// Self-assessments (自评) by CSV, all or nothing: each unit's lines together are its whole self-assessment for the round
/// (as PUT …/self); every unit is decided by the Domain on the contest state the units before it left, and all the
/// SelfAssessed events go to the contest stream in one append, asserting the entries' versions read.
public static class ImportSelfEndpoint
{
    static readonly Dictionary<string, string[]> Names = new()
    {
        ["unit"] = ["unit", "单位"], ["item"] = ["item", "指标"], ["value"] = ["value", "分值"],
    };

    [WolverinePost("/api/contests/{cid:guid}/rounds/{rid:guid}/self/import")]
    [EnableRateLimiting(Security.ImportsPolicy)]
    public static async Task<Ok<ImportResponse>> Handle(
        Guid cid, Guid rid, HttpRequest request, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        var body = await CsvBody.ReadAsync(request, ct);
        var rows = CsvImport.Read(body, Names, ["unit", "item", "value"])
            ?? throw new InvalidCommand("body", "The CSV needs the header line: unit,item,value (or 单位,指标,分值)");
        var outcome = await bus.InvokeAsync<ImportOutcome>(new ImportSelfAssessments(cid, rid, rows, clock.GetUtcNow()), ct);
        await WriteAnswers.AnswerAsync(http, outcome.Written, ct);
        return TypedResults.Ok(new ImportResponse(outcome.Imported, CsvImport.InLanguageOf(request, outcome.Errors)));
    }
}

public static class ImportSelfHandler
{
    /// Decided here, not in the endpoint: a conflict on the append is retried on fresh state.
    public static async Task<ImportOutcome> Handle(
        ImportSelfAssessments c, IDocumentSession session, IMessageContext outbox, ContestSnapshots contests, EntryStates entries,
        CancellationToken ct)
    {
        var snapshot = await contests.LoadAsync(c.ContestId, ct);
        var category = snapshot.Active.CategoryOfRound(c.RoundId) ?? throw new NotFound("Round not found in this contest");
        var scheme = category.Scheme ?? throw new RuleViolation($"Category {category.Name} has no scheme yet");
        var units = await entries.OfCategoryAsync(c.ContestId, category.Id, ct);
        var errors = new List<ImportError>();
        if (c.Rows.Count == 0) errors.AddRange(CsvImport.Errors(1, new InvalidCommand("body", "The CSV has no self-assessment lines")));

        var byUnit = new Dictionary<Guid, (EntryState.Active Unit, long Version, int Line, Dictionary<Guid, (decimal Value, int Line)> Marks)>();
        foreach (var row in c.Rows)
        {
            try
            {
                var check = new RequestCheck();
                var unitText = CsvImport.NotAFormula(check, check.Text(row["unit"], "unit"), "unit");
                var itemText = CsvImport.NotAFormula(check, check.Text(row["item"], "item"), "item");
                var valueText = check.Text(row["value"], "value", 50);
                var ok = decimal.TryParse(valueText, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value);
                check.Rule(valueText.Length == 0 || ok, "value", $"value '{valueText}' is not a number");
                check.ThrowIfInvalid();
                var (unit, version) = Unit(units, unitText);
                var item = Item(scheme, itemText);
                if (!byUnit.TryGetValue(unit.Id, out var entry)) byUnit[unit.Id] = entry = (unit, version, row.Line, []);
                if (entry.Marks.TryGetValue(item.Id, out var earlier))
                    throw new InvalidCommand("item", $"Item {item.Name} of {unit.Name} is given already on line {earlier.Line}");
                entry.Marks[item.Id] = (value, row.Line);
            }
            catch (DomainException e) { errors.AddRange(CsvImport.Errors(row.Line, e)); }
        }

        var state = snapshot.State;
        var events = new List<object>();
        foreach (var (unit, _, line, marks) in byUnit.Values)
        {
            try
            {
                var decided = Deciders.Contest.Decide(new AssessSelf(c.ContestId, c.RoundId,
                    new UnitFacts(unit.Id, unit.CategoryId, unit.Name, unit.Status == EntryStatus.Approved),
                    marks.ToDictionary(m => m.Key, m => m.Value.Value), c.Now), state);
                foreach (var e in decided) state = Deciders.Contest.Evolve(state, e);
                events.AddRange(decided);
            }
            catch (InvalidCommand e) when (e.Errors.Count > 0)
            {
                // A value refused is reported on the line that gave it.
                foreach (var (field, messages) in e.Errors)
                {
                    var at = Guid.TryParse(field.Replace("marks.", ""), out var itemId) && marks.TryGetValue(itemId, out var m) ? m.Line : line;
                    errors.AddRange(messages.Select(message => new ImportError(at, message)));
                }
            }
            catch (DomainException e) { errors.AddRange(CsvImport.Errors(line, e)); }
        }
        if (errors.Count > 0) return new(0, [.. errors.OrderBy(e => e.Line)], new(0, 0));
        var written = await StreamAppender.WriteAsync(session, new StreamWrite(c.ContestId, Deciders.Contest.StreamType, snapshot.Version, events)
        {
            DecidedOn = [.. byUnit.Values.Select(u => new StreamRead(u.Unit.Id, u.Version))],
        }, outbox, ct);
        return new(c.Rows.Count, [], written);
    }

    /// A unit by its id or its name (in any letter case), among the round's category's entries.
    static (EntryState.Active Unit, long Version) Unit(IReadOnlyList<(EntryState.Active State, long Version)> units, string text)
    {
        var byId = units.Where(u => u.State.Id.ToString() == text.ToLowerInvariant()).ToList();
        var found = byId.Count > 0 ? byId : units.Where(u => string.Equals(u.State.Name.Trim(), text, StringComparison.OrdinalIgnoreCase)).ToList();
        if (found.Count > 1) throw new InvalidCommand("unit", $"{found.Count} units are named {text}; give the unit's id instead");
        return found.Count == 1 ? found[0] : throw new NotFound($"No unit named {text} in this round's category");
    }

    /// An item by its id or its name (in any letter case).
    static SchemeItem Item(Scheme scheme, string text)
    {
        var found = scheme.Items.Where(i => i.Id.ToString() == text.ToLowerInvariant()).ToList();
        if (found.Count == 0) found = [.. scheme.Items.Where(i => string.Equals(i.Name.Trim(), text, StringComparison.OrdinalIgnoreCase))];
        if (found.Count > 1) throw new InvalidCommand("item", $"{found.Count} items of the scheme are named {text}; give the item's id instead");
        return found.Count == 1 ? found[0] : throw new NotFound($"The scheme has no item named {text}");
    }
}
