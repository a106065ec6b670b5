using MiniExcelLibs;

namespace Competition.Api.Exports;

/// One sheet of a workbook: its header row, then rows of cells (text, numbers, or null for an empty cell).
public sealed record Sheet(string Name, IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<object?>> Rows);

/// Every .xlsx the API answers is written here, by MiniExcel: named sheets of a header and rows. An export is then only
/// its sheets (see <see cref="ResultsExport"/>, <see cref="StatisticsExport"/>).
public static class Workbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(IEnumerable<Sheet> sheets)
    {
        // The header is written as the first row under column keys of our own: MiniExcel would otherwise take the keys as
        // the header, and two stages of the same name would be one column.
        var book = sheets.ToDictionary(s => s.Name, s => (object)Rows(s).ToList());
        using var stream = new MemoryStream();
        stream.SaveAs(book, printHeader: false, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// The workbook as a download; ASP.NET writes the name as <c>filename*</c> (UTF-8) too, for Chinese names.
    public static IResult Answer(string fileName, params Sheet[] sheets) =>
        TypedResults.File(Write(sheets), ContentType, SafeName(fileName));

    static IEnumerable<Dictionary<string, object?>> Rows(Sheet sheet)
    {
        var width = sheet.Header.Count;
        yield return Cells(sheet.Header, width);
        foreach (var row in sheet.Rows) yield return Cells(row, width);
    }

    static Dictionary<string, object?> Cells<T>(IReadOnlyList<T> values, int width)
    {
        var cells = new Dictionary<string, object?>(width);
        for (var i = 0; i < width; i++) cells[$"c{i}"] = i < values.Count ? values[i] : null;
        return cells;
    }

    /// A contest's or category's name may hold what a file name must not.
    static string SafeName(string name) =>
        string.Concat(name.Select(c => Path.GetInvalidFileNameChars().Contains(c) || c is '"' or '\\' or ':' or '*' or '?' or '<' or '>' or '|' ? '_' : c));
}
