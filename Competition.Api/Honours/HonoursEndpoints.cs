using System.Text.Json.Serialization;
using Competition.Api.Plumbing;
using Competition.Api.Writing;
using Competition.Domain.Awards;
using Competition.Domain.Entries;
using Competition.Projections.Leaderboards;
using Marten;
using Wolverine;
using Wolverine.Http;

namespace Competition.Api.Honours;

/// One rule as sent: <c>topByTeamSize</c> keyed by member count as JSON keys are ("2": 3).
public sealed record HonourRuleRequest(
    string? Title, string? Grade, int? Top, Dictionary<string, int>? TopByTeamSize, IReadOnlyList<string>? Tiers, int? MaxAge, int? MinAge,
    string? Sex, IReadOnlyList<string>? Groups);

public sealed record HonoursRequest(IReadOnlyList<HonourRuleRequest?>? Rules);

/// GET …/honours: each category's rules and what they granted. <c>personId</c> is the organizer's only.
public sealed record HonoursAnswer(Guid ContestId, IReadOnlyList<CategoryHonours> Categories);

public sealed record CategoryHonours(Guid CategoryId, string Name, IReadOnlyList<HonourRule> Rules, IReadOnlyList<HonourLine> Honours);

public sealed record HonourRuleRef(int Index, string Description);

public sealed record HonourLine(
    Guid CategoryId, Guid EntryId, string EntryName, string Organization, string Person,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PersonId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Title,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Grade? Grade,
    HonourRuleRef Rule, int Rank,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Tier,
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RevokedReason);

public static class HonoursEndpoints
{
    [WolverinePut("/api/contests/{cid:guid}/categories/{catId:guid}/honours")]
    public static async Task<NoContent> Put(
        Guid cid, Guid catId, HonoursRequest? body, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        var request = RequestCheck.Body(body);
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        check.Rule(request.Rules is not null, "rules", "rules is required: a list of honour rules (an empty list clears them)");
        var rules = (request.Rules ?? []).Select((r, i) => HonourRuleReading.Read(r, $"rules[{i}]", check)).ToList();
        check.ThrowIfInvalid();
        await bus.WriteAsync(http, new SetCategoryHonours(cid, catId, rules, clock.GetUtcNow()), ct);
        return TypedResults.NoContent();
    }

    /// Public: names, ranks and what was granted, as a notice of results shows them; never a person id or a birth year.
    [WolverineGet("/api/contests/{cid:guid}/honours")]
    public static async Task<HonoursAnswer> Get(
        Guid cid, HttpContext http, Access access, ContestSnapshots contests, IQuerySession session, CancellationToken ct)
    {
        var contest = (await contests.LoadAsync(cid, ct)).Active;
        var organizer = await access.IsOrganizerAsync(http, cid, ct);
        http.Response.Headers.Vary = "Authorization";
        if (organizer) http.Response.Headers.CacheControl = "private, no-store";
        var views = (await session.Query<HonoursView>().Where(v => v.ContestId == cid).ToListAsync(ct)).ToDictionary(v => v.CategoryId);
        return new HonoursAnswer(cid, [.. contest.Categories.Select(category => new CategoryHonours(category.Id, category.Name, category.HonourRules,
            views.TryGetValue(category.Id, out var view) ? [.. view.Honours.Select(h => Line(category.Id, h, organizer))] : []))]);
    }

    static HonourLine Line(Guid categoryId, HonourDoc h, bool organizer) => new(
        categoryId, h.EntryId, h.EntryName, h.Organization, h.Person, organizer ? h.PersonId : null, h.Title, h.Grade,
        new HonourRuleRef(h.RuleIndex, h.Rule), h.Rank, h.Tier, h.RevokedReason is null ? "granted" : "revoked", h.RevokedReason);
}
