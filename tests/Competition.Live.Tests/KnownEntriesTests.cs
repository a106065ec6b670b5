using Competition.Api.Writing;
using Competition.TestSupport;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Competition.Live.Tests;

/// <summary>The write side's cache of entries (EntryStates) follows the approvals and the draw this node wrote, so a
/// judge's first mark on an entry is decided on known state, not refused on the state loaded before the approval.</summary>
public sealed class KnownEntriesTests(LiveApiFixture api) : IClassFixture<LiveApiFixture>
{
    [Fact]
    public async Task After_approval_and_draw_each_entry_is_known_approved_and_drawn_at_its_version_in_the_log()
    {
        var contest = await MarkingContest.SetUpAsync(api.Http, LiveApiFixture.AdminKey, entries: 6, judges: 1, criteria: 1);
        var entries = api.Services.GetRequiredService<EntryStates>();
        await using var session = api.Store.QuerySession();
        foreach (var entryId in contest.Entries)
        {
            var known = entries.Known(contest.ContestId, entryId).ShouldNotBeNull($"entry {entryId} is known");
            known.State.IsApprovedAndDrawn.ShouldBeTrue();
            known.Version.ShouldBe((await session.Events.FetchStreamStateAsync(entryId))!.Version);
        }
        // Marked on that state: the mark is written at once.
        var written = await api.Http.ApiSendAsync(HttpMethod.Put, contest.MarkUrl(contest.Entries[0], contest.Criteria[0]), contest.Judges[0].Token,
            new { points = 5 });
        written.EventSequence.ShouldBeGreaterThan(0);
    }
}
