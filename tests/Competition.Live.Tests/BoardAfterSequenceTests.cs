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
}
