using System.Globalization;
using Competition.Api.Plumbing;
using CsvHelper;

namespace Competition.Api.Entries;

/// One line of an imported file: its number and its cells by column (the English name).
public sealed record CsvRow(int Line, IReadOnlyDictionary<string, string?> Cells)
{
    public string? this[string column] => Cells.GetValueOrDefault(column);
}

/// What the CSV imports after the entries' share (<see cref="ImportEntriesEndpoint"/>): the header by its English or
/// Chinese names, the rows with their line numbers, the formula refusal and the line messages in the request's language.
public static class CsvImport
{
    public const int MaxRows = 5000;

    /// The rows, or null when a column of <paramref name="required"/> is missing from the header.
    public static IReadOnlyList<CsvRow>? Read(string body, IReadOnlyDictionary<string, string[]> names, IReadOnlyList<string> required)
    {
        using var csv = CsvReader.FromText(body, new CsvReaderOptions { HasHeader = true, TrackLineNumbers = true, FormatProvider = CultureInfo.InvariantCulture });
        csv.ReadHeader();
        var indexes = names.ToDictionary(n => n.Key, n => Index(csv, n.Value));
        if (required.Any(c => indexes[c] is null)) return null;
        var rows = new List<CsvRow>();
        while (csv.Read())
        {
            if (rows.Count >= MaxRows)
                throw new BadHttpRequestException($"An import holds at most {MaxRows} lines; split the file", StatusCodes.Status413PayloadTooLarge);
            rows.Add(new((int)csv.LineNumber, indexes.ToDictionary(i => i.Key,
                i => i.Value is { } index && index < csv.FieldCount ? csv.GetStringOrNull(index) : null)));
        }
        return rows;
    }

    static int? Index(CsvReader csv, string[] names)
    {
        foreach (var name in names)
            if (csv.TryGetFieldIndex(name, out var index)) return index;
        return null;
    }

    /// A cell a spreadsheet would run (=, +, - or @ first: CSV injection) is refused.
    public static string NotAFormula(RequestCheck check, string value, string field)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
            check.Rule(false, field, $"{field} '{value}' begins with '{value[0]}', which a spreadsheet runs as a formula; remove that character");
        return value;
    }

    /// The line messages are the refusals' own: in Chinese when the request prefers it, as a problem's would be.
    public static IReadOnlyList<ImportError> InLanguageOf(HttpRequest request, IReadOnlyList<ImportError> errors)
    {
        var language = ProblemLanguage.Of(request);
        request.HttpContext.Response.Headers.ContentLanguage = language;
        return language == ProblemLanguage.Chinese
            ? [.. errors.Select(e => e with { Message = ProblemTexts.ToChinese(e.Message) ?? e.Message })]
            : errors;
    }

    /// A refusal as a line says it, one error a message: the field errors' messages, or the exception's message.
    public static IEnumerable<ImportError> Errors(int line, Competition.Domain.DomainException e) =>
        (e is Competition.Domain.InvalidCommand { Errors.Count: > 0 } invalid
            ? invalid.Errors.Values.SelectMany(m => m).Distinct()
            : [e.Message]).Select(m => new ImportError(line, m));
}
