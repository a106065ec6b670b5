using System.Globalization;
using System.Text;
using Competition.Api.Exports;
using Marten;
using static Competition.Api.Printing.Html;

namespace Competition.Api.Printing;

/// <summary>GET /contests/{cid}/categories/{catId}/certificates: one certificate (荣誉证书) per awarded person, each member
/// of a team entry, on its own landscape A4 page; only once the awards are confirmed.</summary>
public static class CertificatesPage
{
    public static async Task<IResult> Handle(string cid, string catId, string? lang, IQuerySession session, CancellationToken ct)
    {
        if (!Guid.TryParse(cid, out var contestId) || !Guid.TryParse(catId, out var categoryId)
            || await PrintData.LoadAsync(session, contestId, categoryId, ct) is not { } data)
            return TypedResults.Problem(statusCode: 404, title: "Category not found", detail: $"Contest '{cid}' has no category '{catId}'.");
        var english = ExportLanguage.English(lang, data.Contest.Locale);
        var t = PrintTexts.For(english);
        var body = new StringBuilder();
        if (data.ConfirmedAt is not { } confirmedAt) body.Append("<p class=\"empty\">").Append(E(t.NotConfirmed)).Append("</p>");
        else
            foreach (var line in data.Lines)
                foreach (var person in line.People)
                    Certificate(body, t, english, data, line, person, confirmedAt);
        return Page(english, $"{data.Contest.Name} {data.Category.Name} {t.CertificateTitle}", "certificate.css", "certificates", t.Print, body.ToString());
    }

    static void Certificate(StringBuilder body, PrintTexts t, bool english, PrintData data, PrintedAward line, string person, DateTimeOffset at)
    {
        // The templates are encoded and then filled with encoded values (or markup around encoded values).
        string F(string template, params string[] html) => string.Format(CultureInfo.InvariantCulture, E(template), html);
        body.Append("<section class=\"certificate\"><h1>").Append(E(t.CertificateTitle)).Append("</h1>")
            .Append("<p class=\"recipient\">").Append(F(t.Recipient, $"<span class=\"name\">{E(person)}</span>")).Append("</p>")
            .Append("<p class=\"organization\">").Append(F(t.Issuer, E(line.Organization))).Append("</p>")
            .Append("<p class=\"citation\">").Append(F(t.Won, E(data.Contest.Name), E(data.Category.Name),
                $"<strong class=\"tier\">{E(line.Tier)}</strong>", $"<span class=\"placing\">{E(Humanized.Placing(line.Rank, english))}</span>"))
            .Append("</p><p class=\"encourage\">").Append(E(t.Encourage)).Append("</p>")
            .Append("<p class=\"issuer\">").Append(F(t.Committee, E(data.Contest.Name))).Append("</p>")
            .Append("<p class=\"date\">").Append(E(Humanized.Date(at, english))).Append("</p></section>\n");
    }
}
