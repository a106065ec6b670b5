using NotFound = Competition.Domain.NotFound;
using System.Globalization;
using Competition.Api.Plumbing;
using Competition.Domain;
using Competition.Domain.Contests;
using Competition.Domain.Entries;
using CsvHelper;
using Wolverine.Http;
using Wolverine;
using Competition.Api.Writing;
using Marten;

namespace Competition.Api.Entries;

public sealed record ImportError(int Line, string Message);

public sealed record ImportResponse(int Imported, IReadOnlyList<ImportError> Errors);

/// CSV registration, all or nothing: every line is decided first; only when none is refused are the entries
/// appended (in chunks, <see cref="EntryHandler"/>). Lines already registered by the same file are skipped.
public static class ImportEntriesEndpoint
{
    const int MaxRows = 5000;
    static readonly string[] Header = ["category", "name", "organization", "members"];

    /// Each column by its English name or the Chinese one an organizer's own sheet has.
    static readonly Dictionary<string, string[]> Names = new()
    {
        ["category"] = ["category", "赛项"], ["name"] = ["name", "姓名", "队名"], ["organization"] = ["organization", "单位"],
        ["members"] = ["members", "队员"],
    };

    /// The line messages are the refusals' own: in Chinese when the request prefers it, as a problem's would be.
    static IReadOnlyList<ImportError> InLanguageOf(HttpRequest request, IReadOnlyList<ImportError> errors)
    {
        var language = ProblemLanguage.Of(request);
        request.HttpContext.Response.Headers.ContentLanguage = language;
        return language == ProblemLanguage.Chinese
            ? [.. errors.Select(e => e with { Message = ProblemTexts.ToChinese(e.Message) ?? e.Message })]
            : errors;
    }

    [WolverinePost("/api/contests/{cid:guid}/entries/import")]
    [Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Security.ImportsPolicy)]
    public static async Task<Ok<ImportResponse>> Handle(
        Guid cid, HttpRequest request, HttpContext http, Access access, IMessageBus bus, IQuerySession session, TimeProvider clock,
        CancellationToken ct)
    {
        var snapshot = await access.OrganizerAsync(http, cid, ct);
        var contest = snapshot.Active;
        var body = await CsvBody.ReadAsync(request, ct);
        var fileHash = ImportIds.HashOf(body);
        using var csv = CsvReader.FromText(body, new CsvReaderOptions { HasHeader = true, TrackLineNumbers = true, FormatProvider = CultureInfo.InvariantCulture });
        csv.ReadHeader();
        if (!Header.Take(3).All(h => Index(csv, h) is not null))
            throw new InvalidCommand("body", "The CSV needs the header line: category,name,organization,members (or 赛项,姓名,单位,队员)");

        var now = clock.GetUtcNow();
        var lines = new List<CsvLine>();
        while (csv.Read())
        {
            if (lines.Count >= MaxRows)
                throw new BadHttpRequestException($"An import holds at most {MaxRows} entries; split the file", StatusCodes.Status413PayloadTooLarge);
            var line = (int)csv.LineNumber;
            lines.Add(new(line, ImportIds.For(cid, fileHash, line),
                Field(csv, "category"), Field(csv, "name"), Field(csv, "organization"), Field(csv, "members")));
        }
        var existing = await ImportIds.ExistingAsync(session, [.. lines.Select(l => l.EntryId)], ct);

        var errors = new List<ImportError>();
        var writes = new List<StreamWrite>();
        foreach (var line in lines.Where(l => !existing.Contains(l.EntryId))) // the others: registered by an earlier send of this file
        {
            try
            {
                var command = Row(line, contest, now);
                writes.Add(new(command.EntryId, Deciders.Entry.StreamType, 0, Deciders.Entry.Decide(command, Deciders.Entry.Initial))
                {
                    DecidedOn = [new(cid, snapshot.Version)],
                });
            }
            catch (DomainException e) { errors.Add(new(line.Line, e.Message)); }
        }
        if (errors.Count > 0 || lines.Count == 0)
        {
            await WriteAnswers.AnswerAsync(http, new Written(0, 0), ct);
            return TypedResults.Ok(new ImportResponse(0, InLanguageOf(request, errors.Count > 0 ? errors : [new(1, "The CSV has no entries")])));
        }
        if (writes.Count == 0) await WriteAnswers.AnswerAsync(http, new Written(0, 0), ct);
        else await bus.WriteAsync(http, new RegisterImportedEntries(writes), ct);
        return TypedResults.Ok(new ImportResponse(lines.Count, []));
    }

    /// One line of the file, as its cells say, with the id its entry gets.
    sealed record CsvLine(int Line, Guid EntryId, string? Category, string? Name, string? Organization, string? Members);

    static RegisterEntry Row(CsvLine line, ContestState.Active contest, DateTimeOffset now)
    {
        var check = new RequestCheck();
        var categoryText = check.Text(line.Category, "category");
        var name = NotAFormula(check, check.Text(line.Name, "name"), "name");
        var organization = NotAFormula(check, check.Text(line.Organization, "organization"), "organization");
        var memberCells = (line.Members ?? "").Split([';', '；'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var member in memberCells) NotAFormula(check, member, "members");
        var members = RegisterEntryEndpoint.Members(memberCells, check);
        check.ThrowIfInvalid();
        var category = contest.Categories.Find(c => c.Id.ToString() == categoryText.ToLowerInvariant())
            ?? contest.Categories.Find(c => string.Equals(c.Name, categoryText, StringComparison.OrdinalIgnoreCase))
            ?? throw new NotFound($"No category named '{categoryText}' in this contest");
        return new RegisterEntry(line.EntryId, contest.Id, category.Id, name, organization, members,
            RegistrationContext.From(contest, category.Id), now);
    }

    /// A cell a spreadsheet would run (=, +, - or @ first: CSV injection) is refused: the file came from a
    /// spreadsheet, and the names in it go back into spreadsheets (result lists, exports).
    static string NotAFormula(RequestCheck check, string value, string field)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
            check.Rule(false, field, $"{field} '{value}' begins with '{value[0]}', which a spreadsheet runs as a formula; remove that character");
        return value;
    }

    static string? Field(CsvReader csv, string name) =>
        Index(csv, name) is { } index && index < csv.FieldCount ? csv.GetStringOrNull(index) : null;

    static int? Index(CsvReader csv, string column)
    {
        foreach (var name in Names[column])
            if (csv.TryGetFieldIndex(name, out var index)) return index;
        return null;
    }
}
