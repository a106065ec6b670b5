using System.Security.Cryptography;
using System.Text.Json;
using Competition.Api.Entries;
using Competition.Api.Plumbing;
using Competition.Domain.Contests;
using Competition.Domain.Entries;

namespace Competition.Api.Contests;

/// The seed may come as a number or as text typed into a form; the draw records the int it used.
public sealed record DrawLotsRequest(JsonElement? Seed)
{
    public int? ToSeed(RequestCheck check)
    {
        if (Seed is not { } seed || seed.ValueKind == JsonValueKind.Null) return null;
        var text = seed.ValueKind is JsonValueKind.Number or JsonValueKind.String ? seed.ToString().Trim() : null;
        if (int.TryParse(text, out var value)) return value;
        check.Rule(false, "seed", "seed must be a whole number between -2147483648 and 2147483647");
        return null;
    }
}

public sealed record DrawnBibResponse(Guid EntryId, int Bib);

/// Draws bibs for a category's approved entries: LotsDrawn on the contest stream and BibDrawn on
/// every entry stream, in one transaction, so no entry is ever half-drawn.
public sealed record DrawCategoryLots(Guid ContestId, Guid CategoryId, int Seed, DateTimeOffset Now);

public static class DrawLotsEndpoint
{
    public static async Task<Ok<IReadOnlyList<DrawnBibResponse>>> Handle(
        Guid cid, Guid catId, DrawLotsRequest? request, HttpContext http, Access access, CommandRouter router, TimeProvider clock,
        CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        var requested = request?.ToSeed(check);
        check.ThrowIfInvalid();
        var seed = requested ?? RandomNumberGenerator.GetInt32(int.MaxValue);
        var bibs = await router.SendAsync<IReadOnlyList<DrawnBibResponse>>(new DrawCategoryLots(cid, catId, seed, clock.GetUtcNow()), ct);
        return TypedResults.Ok(bibs);
    }

    public static async Task<IReadOnlyList<DrawnBibResponse>> Decide(
        DrawCategoryLots command, ContestSnapshots contests, EntryIndex entries, Streams streams, CancellationToken ct)
    {
        var contest = await contests.LoadAsync(command.ContestId, ct);
        var ofCategory = await entries.OfCategoryAsync(command.CategoryId, ct);
        var approved = ofCategory.Where(e => e.State.Status == EntryStatus.Approved).ToDictionary(e => e.State.Id);
        var decided = Deciders.Contest.Decide(
            new DrawLots(command.ContestId, command.CategoryId, command.Seed, [.. approved.Keys], command.Now), contest.State);
        var drawn = decided.OfType<LotsDrawn>().Single();
        List<StreamWrite> writes = [new(command.ContestId, Deciders.Contest.StreamType, contest.Version, decided)];
        foreach (var bib in drawn.Bibs)
        {
            var (state, version) = approved[bib.EntryId];
            writes.Add(new(bib.EntryId, Deciders.Entry.StreamType, version,
                Deciders.Entry.Decide(new AssignBib(bib.EntryId, bib.Bib, command.Now), state)));
        }
        await streams.WriteAsync(writes, ct);
        return [.. drawn.Bibs.Select(b => new DrawnBibResponse(b.EntryId, b.Bib))];
    }
}
