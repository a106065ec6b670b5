using System.Net;
using Competition.Api.Tests.Support;

namespace Competition.Api.Tests.Points;

/// The end of a points season: standings final, no more grants, awards proposed from the standings (tiers by count),
/// and the standings read as boards are (a window, ETag and 304).
public sealed class PointsSeasonEndTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    readonly ApiClient api = new(factory.CreateClient());

    [Fact]
    public async Task After_finish_standings_are_final_grants_are_refused_and_awards_follow_the_standings_by_count()
    {
        var season = await new PointsSeason(api).SetUpAsync(5);
        // Totals 40 (capped at 30 for TRAIN + 10 HAZ), 16 (PROP capped), 16, 5, -6.
        await season.GrantAsync(season.Org, season.Entries[0], "TRAIN", 8);
        await season.GrantAsync(season.Org, season.Entries[0], "HAZ", 4);
        await season.GrantAsync(season.Org, season.Entries[1], "PROP", 3);
        await season.GrantAsync(season.SafetyJudge, season.Entries[2], "PROP", 2);
        await season.GrantAsync(season.Org, season.Entries[3], "TRAIN");
        await season.GrantAsync(season.Org, season.Entries[4], "ACC");
        await api.Put($"{season.C}/categories/{season.Safety}/award-policy", season.Org,
            new { tiers = new object[] { new { name = "先进班组", count = 1 }, new { name = "优秀班组", count = 2 } }, minimumScore = 0 }, HttpStatusCode.NoContent);

        var early = (await api.Post($"{season.C}/categories/{season.Safety}/awards/propose", season.Org, expected: HttpStatusCode.Conflict))!;
        ((string)early["detail"]!).ShouldContain("finished");

        var (finish, text) = await season.SendAsync(HttpMethod.Post, $"{season.C}/finish", season.Org);
        ((int)finish.StatusCode).ShouldBe(204, text);
        var board = await season.StandingsAsync(season.Safety, PointsSeason.Sequence(finish));
        ((string)board["status"]!).ShouldBe("final");
        board["rows"]!.AsArray().Select(r => ((int)r!["rank"]!, (decimal)r["total"]!)).ShouldBe([(1, 40m), (2, 16m), (2, 16m), (4, 5m), (5, -6m)]);
        ((string)(await season.StandingsAsync(season.Innovation, PointsSeason.Sequence(finish)))["status"]!).ShouldBe("final");

        var late = new { entryId = season.Entries[3], reasonCode = "HAZ", occurredOn = "2026-12-31" };
        await api.Post($"{season.C}/points", season.Org, late, HttpStatusCode.Conflict);
        await api.Post($"{season.C}/points", season.SafetyJudge, late, HttpStatusCode.Conflict);
        await api.Post($"{season.C}/finish", season.Org); // finishing again changes nothing

        var proposal = (await api.Post($"{season.C}/categories/{season.Safety}/awards/propose", season.Org, expected: HttpStatusCode.OK))!;
        // The tie at rank 2 joins the second tier whole; the entries below 0 reach no minimum score.
        proposal["awards"]!.AsArray().Select(a => (Guid.Parse((string)a!["entryId"]!), (string)a["tier"]!, (decimal)a["total"]!)).ShouldBe(
        [
            (season.Entries[0], "先进班组", 40m),
            .. new[] { season.Entries[1], season.Entries[2] }.Order().Select(e => (e, "优秀班组", 16m)),
        ], ignoreOrder: true);
        await api.Post($"{season.C}/categories/{season.Safety}/awards/notice", season.Org, new { days = 1 });
        factory.Clock.Advance(TimeSpan.FromDays(1.5));
        await api.Post($"{season.C}/categories/{season.Safety}/awards/confirm", season.Org);
        await Eventually.True(async () => (string?)(await api.Get($"{season.C}/categories/{season.Safety}/awards"))["status"] == "confirmed");
    }

    [Fact]
    public async Task Standings_take_a_window_carry_their_sequence_as_etag_and_answer_304()
    {
        var season = await new PointsSeason(api).SetUpAsync(6);
        long last = 0;
        for (var i = 0; i < season.Entries.Count; i++) last = (await season.GrantAsync(season.Org, season.Entries[i], "HAZ", i + 1)).Sequence;
        var whole = await season.StandingsAsync(season.Safety, last);
        var window = await season.StandingsAsync(season.Safety, last, "&top=2&offset=1");
        ((int)window["count"]!).ShouldBe(6);
        window["rows"]!.AsArray().Select(r => (int)r!["rank"]!).ShouldBe([2, 3]);
        window["rows"]!.AsArray().Select(r => (string)r!["entryId"]!).ShouldBe(whole["rows"]!.AsArray().Skip(1).Take(2).Select(r => (string)r!["entryId"]!));
        whole["count"].ShouldBeNull();

        var url = $"{season.C}/categories/{season.Safety}/standings";
        var (first, _) = await season.SendAsync(HttpMethod.Get, url, null);
        var etag = first.Headers.ETag!.Tag;
        etag.ShouldBe($"\"{(long)whole["sequence"]!}\"");
        first.Headers.CacheControl!.ToString().ShouldBe("public, max-age=1");
        var (again, body) = await season.SendAsync(HttpMethod.Get, url, null, ifNoneMatch: etag);
        ((int)again.StatusCode).ShouldBe(304, body);

        var (grant, moved) = await season.GrantAsync(season.Org, season.Entries[0], "TRAIN");
        await season.StandingsAsync(season.Safety, moved);
        var (changed, _) = await season.SendAsync(HttpMethod.Get, url, null, ifNoneMatch: etag);
        ((int)changed.StatusCode).ShouldBe(200);
        await api.Send(HttpMethod.Get, $"{url}?top=0", null, null, HttpStatusCode.BadRequest);
        await api.Send(HttpMethod.Get, $"{season.C}/categories/{Guid.NewGuid()}/standings", null, null, HttpStatusCode.NotFound);
        grant.ShouldNotBe(Guid.Empty);
    }
}
