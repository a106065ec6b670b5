using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Competition.Api.Entries;
using Competition.Api.Plumbing;
using Competition.Api.Writing;
using Competition.Domain;
using Competition.Domain.Contests;
using Competition.Domain.Entries;
using Marten;
using Wolverine;
using Wolverine.Http;

namespace Competition.Api.Contests;

public sealed record DrawnBibResponse(Guid EntryId, int Bib);

/// Draws bibs for a category's approved entries: LotsDrawn on the contest stream and BibDrawn on
/// every entry stream, in one transaction, so no entry is ever half-drawn.
public sealed record DrawCategoryLots(Guid ContestId, Guid CategoryId, string Seed, DateTimeOffset Now);

public sealed record Drawn(IReadOnlyList<DrawnBibResponse> Bibs, Written Written);

public static class DrawLotsEndpoint
{
    /// The body is optional (no body: a random seed), so it is read here rather than bound.
    [WolverinePost("/api/contests/{cid:guid}/categories/{catId:guid}/draw")]
    public static async Task<Ok<IReadOnlyList<DrawnBibResponse>>> Handle(
        Guid cid, Guid catId, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        var seed = OptionalJsonBody.Seed(await OptionalJsonBody.ReadAsync(http.Request, ct))
            ?? RandomNumberGenerator.GetInt32(int.MaxValue).ToString(CultureInfo.InvariantCulture);
        var drawn = await bus.InvokeAsync<Drawn>(new DrawCategoryLots(cid, catId, seed, clock.GetUtcNow()), ct);
        await WriteAnswers.AnswerAsync(http, drawn.Written, ct);
        return TypedResults.Ok(drawn.Bibs);
    }
}

public static class DrawLotsHandler
{
    public static async Task<Drawn> Handle(
        DrawCategoryLots command, IDocumentSession session, ContestSnapshots contests, EntryStates entries, CancellationToken ct)
    {
        var contest = await contests.LoadAsync(command.ContestId, ct);
        var ofCategory = await entries.OfCategoryAsync(command.ContestId, command.CategoryId, ct);
        var approved = ofCategory.Where(e => e.State.Status == EntryStatus.Approved).ToDictionary(e => e.State.Id);
        var decided = Deciders.Contest.Decide(
            new DrawLots(command.ContestId, command.CategoryId, command.Seed, [.. approved.Keys], command.Now, WorkSeeds.New()), contest.State);
        var drawn = decided.OfType<LotsDrawn>().Single();
        List<StreamWrite> writes = [new(command.ContestId, Deciders.Contest.StreamType, contest.Version, decided)];
        foreach (var bib in drawn.Bibs)
        {
            var (state, version) = approved[bib.EntryId];
            writes.Add(new(bib.EntryId, Deciders.Entry.StreamType, version,
                Deciders.Entry.Decide(new AssignBib(bib.EntryId, bib.Bib, command.Now), state)));
        }
        var written = await StreamAppender.WriteAsync(session, writes, null, ct);
        foreach (var entry in writes.Skip(1)) entries.Written(approved[entry.StreamId].State, entry.Events, entry.ExpectedVersion + entry.Events.Count);
        return new([.. drawn.Bibs.Select(b => new DrawnBibResponse(b.EntryId, b.Bib))], written);
    }
}
