using System.Net;
using System.Net.Http.Headers;
using MiniExcelLibs;

namespace Competition.Api.Tests.Exports;

/// A downloaded workbook read back with MiniExcel: each sheet's rows of cells, the header row first.
public sealed record Xlsx(HttpResponseMessage Response, byte[] Bytes)
{
    public static async Task<Xlsx> GetAsync(HttpClient http, string url, string? token = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        ((int)response.StatusCode).ShouldBe((int)expected, $"GET {url} answered {System.Text.Encoding.UTF8.GetString(bytes)}");
        return new(response, bytes);
    }

    public IReadOnlyList<string> SheetNames => MiniExcel.GetSheetNames(new MemoryStream(Bytes));

    /// The sheet's rows, each cell as MiniExcel reads it (numbers come back as double, empty cells as null).
    public List<object?[]> Rows(string sheet) =>
        [.. new MemoryStream(Bytes).Query(useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>().Select(r => r.Values.ToArray())];

    public IEnumerable<string> AllText() =>
        SheetNames.SelectMany(Rows).SelectMany(r => r).Select(c => Convert.ToString(c, System.Globalization.CultureInfo.InvariantCulture) ?? "");
}
