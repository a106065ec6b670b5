using Competition.Api.Plumbing;
using Competition.Api.Writing;
using Competition.Domain;
using Competition.Domain.Awards;
using Competition.Projections.Contests;
using Marten;
using Wolverine;
using Wolverine.Http;
using NotFound = Competition.Domain.NotFound;

namespace Competition.Api.Awards;

public sealed record RevealCategory(Guid ContestId, Guid CategoryId, bool All, DateTimeOffset Now);

public sealed record RevealedEntry(int Step, int Of, Guid EntryId, int? Bib, string Name, string Organization, int Rank, decimal Total, string? Tier);

/// <summary>The steps this call revealed, and whether the board is now public.</summary>
public sealed record RevealAnswer(IReadOnlyList<RevealedEntry> Revealed, bool Published);

public sealed record Revealed(RevealAnswer Answer, Written Written);

public static class RevealEndpoints
{
    const string Reveal = "/api/contests/{cid:guid}/categories/{catId:guid}/reveal";

    /// A hidden board's next entry, from the last place up (揭晓), pushed to the screens as a <c>reveal</c> message.
    [WolverinePost(Reveal + "/next")]
    public static Task<RevealAnswer> Next(Guid cid, Guid catId, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct) =>
        RevealAsync(cid, catId, false, http, access, bus, clock, ct);

    /// Every entry left at once: the board is published without a ceremony.
    [WolverinePost(Reveal + "/all")]
    public static Task<RevealAnswer> All(Guid cid, Guid catId, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct) =>
        RevealAsync(cid, catId, true, http, access, bus, clock, ct);

    static async Task<RevealAnswer> RevealAsync(
        Guid cid, Guid catId, bool all, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        var revealed = await bus.InvokeAsync<Revealed>(new RevealCategory(cid, catId, all, clock.GetUtcNow()), ct);
        await WriteAnswers.AnswerAsync(http, revealed.Written, ct);
        return revealed.Answer;
    }
}

public static class RevealHandler
{
    public static async Task<Revealed> Handle(
        RevealCategory c, IDocumentSession session, ContestSnapshots contests, FinalRanking ranking, CancellationToken ct)
    {
        var snapshot = await contests.LoadAsync(c.ContestId, ct);
        var category = snapshot.Active.Category(c.CategoryId) ?? throw new NotFound("Category not found in this contest");
        var rows = category.AllStagesClosed ? await ranking.RankAsync(session, snapshot.Active, category, ct) : [];
        var reveal = new RevealNext(c.ContestId, c.CategoryId, rows, category.AwardPolicy, category.Hidden, category.AllStagesClosed, c.All, c.Now);
        var (state, version) = await Decisions.LoadAsync(session, Deciders.Awards, reveal.AwardsId, ct);
        var events = Deciders.Awards.Decide(reveal, state);
        var written = await StreamAppender.WriteAsync(session, new StreamWrite(reveal.AwardsId, Deciders.Awards.StreamType, version, events)
        {
            DecidedOn = [new(c.ContestId, snapshot.Version)],
        }, null, ct);
        var lines = (await session.ContestAsync(c.ContestId, ct))?.Category(c.CategoryId)?.Entries.ToDictionary(e => e.Id) ?? [];
        var steps = events.OfType<EntryRevealed>().Select(e => lines.GetValueOrDefault(e.EntryId) is { } entry
            ? new RevealedEntry(e.Step, e.Of, e.EntryId, entry.Bib, entry.Name, entry.Organization, e.Rank, e.Total, e.Tier)
            : new RevealedEntry(e.Step, e.Of, e.EntryId, null, "", "", e.Rank, e.Total, e.Tier)).ToList();
        return new(new(steps, events.OfType<BoardPublished>().Any()), written);
    }
}
