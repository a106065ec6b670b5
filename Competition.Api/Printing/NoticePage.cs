using System.Globalization;
using System.Text;
using Competition.Api.Exports;
using Marten;
using static Competition.Api.Printing.Html;

namespace Competition.Api.Printing;

/// <summary>GET /contests/{cid}/categories/{catId}/notice: the printable award list (公示名单) of a category as it stands
/// (proposed, under notice or confirmed), with the notice's end and the time left, and how to appeal.</summary>
public static class NoticePage
{
    public static async Task<IResult> Handle(string cid, string catId, string? lang, IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        if (!Guid.TryParse(cid, out var contestId) || !Guid.TryParse(catId, out var categoryId)
            || await PrintData.LoadAsync(session, contestId, categoryId, ct) is not { } data)
            return TypedResults.Problem(statusCode: 404, title: "Category not found", detail: $"Contest '{cid}' has no category '{catId}'.");
        var english = ExportLanguage.English(lang, data.Contest.Locale);
        var t = PrintTexts.For(english);
        var awards = data.Awards;
        var title = awards.Status switch { "notice" => t.NoticeTitle, "confirmed" => t.ConfirmedTitle, _ => t.ProposedTitle };
        var body = new StringBuilder()
            .Append("<article class=\"sheet\"><h1>").Append(E(data.Contest.Name)).Append("</h1>")
            .Append("<h2>").Append(E(data.Category.Name)).Append(" · ").Append(E(title)).Append("</h2>")
            .Append("<p class=\"status\" data-status=\"").Append(E(awards.Status)).Append("\">").Append(E(Period(awards, t, english, clock.GetUtcNow())))
            .Append("</p>");
        if (data.Lines.Count == 0) body.Append("<p class=\"empty\">").Append(E(t.NoAwards)).Append("</p>");
        else
        {
            body.Append("<table class=\"awards\"><thead><tr>");
            foreach (var h in new[] { t.Tier, t.Rank, t.Name, t.Organization, t.Total }) body.Append("<th>").Append(E(h)).Append("</th>");
            body.Append("</tr></thead><tbody>");
            foreach (var line in data.Lines)
                body.Append("<tr><td class=\"tier\">").Append(E(line.Tier)).Append("</td><td class=\"rank\">").Append(line.Rank)
                    .Append("</td><td class=\"name\">").Append(E(line.Name)).Append(line.People.SequenceEqual([line.Name]) ? "" : $"<span class=\"people\">{E(string.Join(english ? ", " : "、", line.People))}</span>")
                    .Append("</td><td>").Append(E(line.Organization)).Append("</td><td class=\"num\">")
                    .Append(line.Total.ToString("0.##", CultureInfo.InvariantCulture)).Append("</td></tr>");
            body.Append("</tbody></table>");
        }
        if (awards.Status == "notice") body.Append("<p class=\"appeal\">").Append(E(t.Appeal)).Append("</p>");
        body.Append("<p class=\"issuer\">").Append(E(string.Format(CultureInfo.InvariantCulture, t.Committee, data.Contest.Name))).Append("</p></article>");
        return Page(english, $"{data.Contest.Name} {data.Category.Name} {title}", "notice.css", "notice", t.Print, body.ToString());
    }

    /// Where the list stands: under notice, when it ends and how long is left (Humanizer); over; confirmed; or not on notice yet.
    static string Period(Projections.Leaderboards.AwardsView awards, PrintTexts t, bool english, DateTimeOffset now) => awards switch
    {
        { Status: "notice", NoticeEndsAt: { } ends } when ends > now =>
            $"{string.Format(CultureInfo.InvariantCulture, t.NoticeEnds, Humanized.DateTime(ends, english))}{(english ? ". " : "，")}" +
            $"{string.Format(CultureInfo.InvariantCulture, t.TimeLeft, Humanized.TimeLeft(ends - now, english))}{(english ? "." : "。")}",
        { Status: "notice" } => t.NoticeOver,
        { Status: "confirmed" } => t.Confirmed,
        _ => t.NotYetNoticed,
    };
}
