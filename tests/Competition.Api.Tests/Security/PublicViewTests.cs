using System.Net;
using Competition.Api.Tests.Support;
using Competition.TestSupport;

namespace Competition.Api.Tests.Security;

/// Issue 20, row 11 (the part that needs no blind stage): who judges a contest, and for which organization, is not
/// public. The contest view lists judges to its organizer only; anyone else (no token, a judge, another contest's
/// organizer, a made-up token) reads the same view without them, and no such read counts as a failed sign-in.
public sealed class PublicViewTests : IAsyncLifetime
{
    readonly ApiFactory factory = new() { Settings = { ["Competition:AuthFailures:PermitLimit"] = "2" } };
    ApiClient api = null!;

    public async Task InitializeAsync()
    {
        await factory.InitializeAsync();
        api = new ApiClient(factory.CreateClient());
    }

    public Task DisposeAsync() => factory.DisposeAsync();

    [Fact]
    public async Task Judges_are_listed_to_the_organizer_and_to_nobody_else()
    {
        var contest = await MarkingContest.SetUpAsync(api.Http, ApiFactory.AdminKey, entries: 2, judges: 2, criteria: 1);
        var other = await MarkingContest.SetUpAsync(api.Http, ApiFactory.AdminKey, entries: 1, judges: 1, criteria: 1);
        var path = $"/api/contests/{contest.ContestId}";

        var organizers = (await api.Get(path, contest.OrganizerToken))["judges"]!.AsArray();
        organizers.Select(j => (Guid)j!["id"]!).ShouldBe(contest.Judges.Select(j => j.Id), ignoreOrder: true);
        foreach (var token in new string?[] { null, contest.Judges[0].Token, other.OrganizerToken, "made-up-token", "another-made-up-token", "a-third" })
        {
            var view = await api.Get(path, token);
            view["judges"]!.AsArray().ShouldBeEmpty();
            var text = view.ToJsonString();
            foreach (var judge in contest.Judges) text.ShouldNotContain(judge.Id.ToString());
            text.ShouldNotContain(" union "); // the judges' organizations ("Judges' union N"; the apostrophe is escaped in JSON)
            view["categories"]![0]!["entries"]!.AsArray().Count.ShouldBe(2);
        }
        await api.Put(contest.MarkUrl(contest.Entries[0], contest.Criteria[0]), contest.Judges[0].Token, new { points = 5 }); // not held back
    }
}
