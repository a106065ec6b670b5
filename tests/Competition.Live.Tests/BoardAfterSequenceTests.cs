using System.Net;
using Competition.TestSupport;

namespace Competition.Live.Tests;

/// <summary>v1.1 "Reading what you wrote", boards: a write answer names its place in the log (<c>Event-Sequence</c>);
/// <c>GET …/leaderboard?after=N</c> answers a board that has reached it; the board's sequence is its ETag.</summary>
public sealed class BoardAfterSequenceTests(LiveApiFixture api) : IClassFixture<LiveApiFixture>
{
    [Fact]
    public async Task The_board_asked_for_after_a_marks_Event_Sequence_includes_the_mark_and_its_ETag_answers_304()
    {
        var contest = await MarkingContest.SetUpAsync(api.Http, LiveApiFixture.AdminKey, entries: 3, judges: 1, criteria: 1);
        var judge = contest.Judges[0];
        var sequences = new List<long>();
        for (var i = 0; i < contest.Entries.Count; i++)
        {
            var entry = contest.Entries[i];
            var points = 40m + i;
            var mark = await api.Http.ApiSendAsync(HttpMethod.Put, contest.MarkUrl(entry, contest.Criteria[0]), judge.Token, new { points });
            var written = mark.EventSequence;
            sequences.Add(written);

            // Straight after the answer, with no other wait: the GET itself waits for the board to reach the mark.
            var board = await api.Http.ApiGetAsync($"{contest.LeaderboardUrl}?after={written}");
            board.Sequence.ShouldBeGreaterThanOrEqualTo(written);
            var row = board.Body!["rows"]!.AsArray().Single(r => (string)r!["entryId"]! == entry.ToString())!;
            ((decimal)row["total"]!).ShouldBe(points, "one judge, one criterion of 100 points, a stage weighing 100");
            board.Headers.ETag!.Tag.ShouldBe($"\"{board.Sequence}\"");

            var again = await api.Http.ApiSendAsync(HttpMethod.Get, contest.LeaderboardUrl,
                headers: h => h.IfNoneMatch.ParseAdd($"\"{board.Sequence}\""), expected: HttpStatusCode.NotModified);
            again.Text.ShouldBeEmpty();
        }
        sequences.ShouldBeInOrder(SortDirection.Ascending);
        sequences.Distinct().Count().ShouldBe(sequences.Count, "each mark has its own place in the log");
    }

    [Fact]
    public async Task A_poll_with_the_board_it_has_is_answered_304_until_the_board_changes_and_then_gets_the_new_board()
    {
        var contest = await MarkingContest.SetUpAsync(api.Http, LiveApiFixture.AdminKey, entries: 2, judges: 1, criteria: 1);
        var judge = contest.Judges[0];
        var first = await api.Http.ApiSendAsync(HttpMethod.Put, contest.MarkUrl(contest.Entries[0], contest.Criteria[0]), judge.Token, new { points = 30 });
        var board = await api.Http.ApiGetAsync($"{contest.LeaderboardUrl}?after={first.EventSequence}&top=1");
        var etag = $"\"{board.Sequence}\"";

        // Polled again and again, as phones do: each 304, with the ETag and the cache header of the board.
        for (var i = 0; i < 20; i++)
        {
            var again = await api.Http.ApiSendAsync(HttpMethod.Get, $"{contest.LeaderboardUrl}?top=1",
                headers: h => h.IfNoneMatch.ParseAdd(etag), expected: HttpStatusCode.NotModified);
            again.Headers.ETag!.Tag.ShouldBe(etag);
            again.Headers.CacheControl!.MaxAge.ShouldBe(TimeSpan.FromSeconds(1));
        }

        // The board changes: the very next poll with the old ETag gets the new board, whatever this node heard or not.
        var second = await api.Http.ApiSendAsync(HttpMethod.Put, contest.MarkUrl(contest.Entries[1], contest.Criteria[0]), judge.Token, new { points = 90 });
        await api.Http.ApiGetAsync($"{contest.LeaderboardUrl}?after={second.EventSequence}");
        var changed = await api.Http.ApiSendAsync(HttpMethod.Get, $"{contest.LeaderboardUrl}?top=1", headers: h => h.IfNoneMatch.ParseAdd(etag));
        changed.Sequence.ShouldBeGreaterThanOrEqualTo(second.EventSequence);
        ((string)changed.Body!["rows"]!.AsArray().Single()!["entryId"]!).ShouldBe(contest.Entries[1].ToString());
        // A poll for another contest's category under this one is not answered from what the node heard.
        await api.Http.ApiSendAsync(HttpMethod.Get, $"/api/contests/{Guid.NewGuid()}/categories/{contest.CategoryId}/leaderboard",
            headers: h => h.IfNoneMatch.ParseAdd(changed.Headers.ETag!.Tag), expected: HttpStatusCode.NotFound);
    }
}
