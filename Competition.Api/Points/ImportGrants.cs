using System.Globalization;
using Competition.Api.Entries;
using Competition.Api.Labour;
using Competition.Api.Plumbing;
using Competition.Api.Writing;
using Competition.Domain;
using Competition.Domain.Contests;
using Competition.Domain.Entries;
using Competition.Domain.Points;
using Marten;
using Microsoft.AspNetCore.RateLimiting;
using Wolverine;
using Wolverine.Http;
using NotFound = Competition.Domain.NotFound;

namespace Competition.Api.Points;

/// The lines of a grants file, read but not yet decided on; <paramref name="FileHash"/> gives each line's grant its id.
public sealed record ImportContestGrants(Guid ContestId, byte[] FileHash, IReadOnlyList<CsvRow> Rows, DateTimeOffset Now);

/// Grants of points by CSV, all or nothing: every line is decided by the Domain (a grant stream each, as POST …/points);
/// only when none is refused are they all written, in one transaction asserting the contest's and the entries' versions.
/// A line's grant id follows from the file and the line, so the same file sent again grants nothing twice.
public static class ImportGrantsEndpoint
{
    static readonly Dictionary<string, string[]> Names = new()
    {
        ["entry"] = ["entry", "单位", "参赛者"], ["reason"] = ["reason", "事由"], ["quantity"] = ["quantity", "数量"],
        ["occurredOn"] = ["occurredOn", "日期"], ["note"] = ["note", "备注"],
    };

    [WolverinePost("/api/contests/{cid:guid}/points/import")]
    [EnableRateLimiting(Security.ImportsPolicy)]
    public static async Task<Ok<ImportResponse>> Handle(
        Guid cid, HttpRequest request, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        var body = await CsvBody.ReadAsync(request, ct);
        var rows = CsvImport.Read(body, Names, ["entry", "reason", "occurredOn"])
            ?? throw new InvalidCommand("body", "The CSV needs the header line: entry,reason,quantity,occurredOn,note (or 单位,事由,数量,日期,备注)");
        var outcome = await bus.InvokeAsync<ImportOutcome>(new ImportContestGrants(cid, ImportIds.HashOf(body), rows, clock.GetUtcNow()), ct);
        await WriteAnswers.AnswerAsync(http, outcome.Written, ct);
        return TypedResults.Ok(new ImportResponse(outcome.Imported, CsvImport.InLanguageOf(request, outcome.Errors)));
    }
}

public static class ImportGrantsHandler
{
    public static async Task<ImportOutcome> Handle(
        ImportContestGrants c, IDocumentSession session, IMessageContext outbox, ContestSnapshots contests, EntryStates entries,
        CancellationToken ct)
    {
        var snapshot = await contests.LoadAsync(c.ContestId, ct);
        var contest = snapshot.Active;
        if (contest.Kind != ContestKind.Points)
            throw new RuleViolation("Only a points contest (kind points) has reasons, grants and a season to finish");
        var units = new List<(EntryState.Active State, long Version)>();
        foreach (var category in contest.Categories) units.AddRange(await entries.OfCategoryAsync(c.ContestId, category.Id, ct));
        var ids = c.Rows.ToDictionary(r => r.Line, r => ImportIds.For(c.ContestId, c.FileHash, r.Line));
        var existing = await ImportIds.ExistingAsync(session, [.. ids.Values], ct); // granted by an earlier send of this file

        var errors = new List<ImportError>();
        if (c.Rows.Count == 0) errors.AddRange(CsvImport.Errors(1, new InvalidCommand("body", "The CSV has no grants")));
        var writes = new List<StreamWrite>();
        var read = new Dictionary<Guid, long> { [c.ContestId] = snapshot.Version };
        foreach (var row in c.Rows.Where(r => !existing.Contains(ids[r.Line])))
        {
            try
            {
                var check = new RequestCheck();
                var entryText = CsvImport.NotAFormula(check, check.Text(row["entry"], "entry"), "entry");
                var code = CsvImport.NotAFormula(check, check.Text(row["reason"], "reason", ContestDecider.MaxCodeLength), "reason");
                var quantity = Quantity(check, row["quantity"]);
                var occurredOn = check.Date(row["occurredOn"], "occurredOn");
                var note = check.OptionalText(row["note"], "note", GrantDecider.MaxNote);
                if (note is not null) CsvImport.NotAFormula(check, note.Trim(), "note");
                check.ThrowIfInvalid();
                var (entry, version) = Entry(units, entryText);
                var id = ids[row.Line];
                var events = Deciders.Grant.Decide(new GrantPoints(id, GrantContext.From(contest, entry, null, code), quantity, occurredOn, note, c.Now),
                    Deciders.Grant.Initial);
                read[entry.Id] = version;
                writes.Add(new(id, Deciders.Grant.StreamType, 0, events));
            }
            catch (DomainException e) { errors.AddRange(CsvImport.Errors(row.Line, e)); }
        }
        if (errors.Count > 0) return new(0, errors, new(0, 0));
        if (writes.Count == 0) return new(c.Rows.Count, [], new(0, 0));
        writes[0] = writes[0] with { DecidedOn = [.. read.Select(r => new StreamRead(r.Key, r.Value))] };
        var written = await StreamAppender.WriteAsync(session, writes, outbox, ct);
        return new(c.Rows.Count, [], written);
    }

    /// A whole number from 1; an empty cell is 1.
    static int Quantity(RequestCheck check, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return 1;
        var ok = int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var quantity) && quantity is >= 1 and <= GrantDecider.MaxQuantity;
        const string field = "quantity";
        check.Rule(ok, field, $"{field} must be a whole number from 1 to {GrantDecider.MaxQuantity}");
        return ok ? quantity : 1;
    }

    /// An entry by its id or its name (in any letter case), among the contest's entries.
    static (EntryState.Active Entry, long Version) Entry(List<(EntryState.Active State, long Version)> units, string text)
    {
        var found = units.Where(u => u.State.Id.ToString() == text.ToLowerInvariant()).ToList();
        if (found.Count == 0) found = [.. units.Where(u => string.Equals(u.State.Name.Trim(), text, StringComparison.OrdinalIgnoreCase))];
        if (found.Count > 1) throw new InvalidCommand("entry", $"{found.Count} entries are named {text}; give the entry's id instead");
        return found.Count == 1 ? found[0] : throw new NotFound($"No entry named {text} in this contest");
    }
}
