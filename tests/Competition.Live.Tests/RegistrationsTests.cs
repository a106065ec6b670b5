using Competition.Domain.Entries;
using Competition.Projections.Leaderboards;
using Competition.Projections.Store;
using JasperFx.Events;

namespace Competition.Live.Tests;

/// The boards read an approved entry's name from its registration: from the ones the daemon passed lately, or, on a
/// node that never saw it (a restart, a takeover), from the entry's stream, whose first event it is.
public sealed class RegistrationsTests(MartenHostFixture fixture) : IClassFixture<MartenHostFixture>
{
    [Fact]
    public async Task A_registration_this_node_never_saw_is_read_from_the_entry_stream()
    {
        var (contest, category) = (Guid.NewGuid(), Guid.NewGuid());
        var registered = Enumerable.Range(0, 3).Select(i => new EntryRegistered(
            Guid.NewGuid(), contest, category, $"变电班 {i}", $"国网 {i}", [], DateTimeOffset.UtcNow)).ToList();
        await using (var session = fixture.Store.LightweightSession())
        {
            foreach (var r in registered)
                session.Events.StartStream(CompetitionStore.StreamTypes.Entry, r.EntryId, r, new EntryApproved(r.EntryId, contest, category, r.At));
            await session.SaveChangesAsync();
        }
        // As the daemon hands them over: after the registrations in the log.
        var approvals = registered.Select(r => (IEvent)new Event<EntryApproved>(new EntryApproved(r.EntryId, contest, category, r.At)) { Sequence = long.MaxValue }).ToList();
        var doc = new CategoryDoc { ContestId = contest, CategoryId = category };

        await using var daemonSide = fixture.Store.LightweightSession();
        var fresh = await new Registrations().OfApprovalsAsync(daemonSide, approvals, _ => doc, CancellationToken.None);
        fresh.Values.Select(r => (r.EntryId, r.Name, r.Organization)).ShouldBe(registered.Select(r => (r.EntryId, r.Name, r.Organization)), ignoreOrder: true);

        var seen = new Registrations();
        seen.Add([new Event<EntryRegistered>(registered[0] with { Name = "as the daemon passed it" })]);
        (await seen.OfApprovalsAsync(daemonSide, approvals[..1], _ => doc, CancellationToken.None))[registered[0].EntryId].Name
            .ShouldBe("as the daemon passed it");

        doc.Entries[registered[1].EntryId] = new EntryDoc { Id = registered[1].EntryId, Name = "on the board already" };
        (await new Registrations().OfApprovalsAsync(daemonSide, approvals, _ => doc, CancellationToken.None)).Keys
            .ShouldBe([registered[0].EntryId, registered[2].EntryId], ignoreOrder: true);
    }

    [Fact]
    public async Task A_correction_before_the_approval_is_the_name_the_entry_joins_the_board_with()
    {
        var (contest, category) = (Guid.NewGuid(), Guid.NewGuid());
        var registered = new EntryRegistered(Guid.NewGuid(), contest, category, "李雷", "国网", [], DateTimeOffset.UtcNow);
        var revised = new EntryRevised(registered.EntryId, contest, category, "李磊", "国网南部", [], DateTimeOffset.UtcNow);
        var later = revised with { Name = "after this page" };
        await using (var session = fixture.Store.LightweightSession())
        {
            session.Events.StartStream(CompetitionStore.StreamTypes.Entry, registered.EntryId, registered, revised);
            await session.SaveChangesAsync();
        }
        long until;
        await using (var session = fixture.Store.LightweightSession())
        {
            until = (await session.Events.FetchStreamAsync(registered.EntryId))[^1].Sequence;
            session.Events.Append(registered.EntryId, later);
            await session.SaveChangesAsync();
        }
        var approval = (IEvent)new Event<EntryApproved>(new EntryApproved(registered.EntryId, contest, category, registered.At)) { Sequence = until };
        var doc = new CategoryDoc { ContestId = contest, CategoryId = category };
        await using var daemonSide = fixture.Store.LightweightSession();

        // Read from the stream: the registration with the corrections up to the page, not those after it.
        var read = (await new Registrations().OfApprovalsAsync(daemonSide, [approval], _ => doc, CancellationToken.None))[registered.EntryId];
        (read.Name, read.Organization).ShouldBe(("李磊", "国网南部"));

        // Passed by the daemon in this page: the registration, then its correction.
        var seen = new Registrations();
        seen.Add([new Event<EntryRegistered>(registered), new Event<EntryRevised>(revised)]);
        (await seen.OfApprovalsAsync(daemonSide, [approval], _ => doc, CancellationToken.None))[registered.EntryId].Name.ShouldBe("李磊");
    }
}
