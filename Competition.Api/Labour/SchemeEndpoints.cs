using Competition.Api.Contests;
using Competition.Api.Plumbing;
using Competition.Api.Writing;
using Competition.Domain.Labour;
using Competition.Domain.Scoring;
using Competition.Projections.Labour;
using Wolverine;
using Wolverine.Http;

namespace Competition.Api.Labour;

public sealed record SchemeItemRequest(string? Id, string? Name, string? Kind, decimal? MaxPoints, decimal? PerOccurrence);

public sealed record SchemeBlockRequest(string? Id, string? Name, IReadOnlyList<SchemeItemRequest?>? Items);

public sealed record SchemeGatesRequest(decimal? BlockShare, decimal? SelfTotal);

public sealed record SetSchemeRequest(
    IReadOnlyList<SchemeBlockRequest?>? Blocks, decimal? BonusCap, SchemeGatesRequest? Gates, int? MinAssessors,
    AggregationRequest? Aggregation, string? Season);

public static class SchemeEndpoints
{
    [WolverinePut("/api/contests/{cid:guid}/categories/{catId:guid}/scheme")]
    public static async Task<Ok<SchemeView>> Put(
        Guid cid, Guid catId, SetSchemeRequest? body, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        var request = RequestCheck.Body(body);
        await access.OrganizerAsync(http, cid, ct);
        var scheme = Read(request);
        await bus.WriteAsync(http, new SetScheme(cid, catId, scheme, clock.GetUtcNow()), ct);
        return TypedResults.Ok(SchemeView.From(catId, scheme));
    }

    /// Read from the contest's stream, so a scheme just written is what the GET answers.
    [WolverineGet("/api/contests/{cid:guid}/categories/{catId:guid}/scheme")]
    public static async Task<IResult> Get(Guid cid, Guid catId, ContestSnapshots contests, CancellationToken ct)
    {
        var contest = await contests.LoadAsync(cid, ct);
        var category = contest.Active.Category(catId) ?? throw new Domain.NotFound("Category not found in this contest");
        return category.Scheme is { } scheme
            ? TypedResults.Ok(SchemeView.From(catId, scheme))
            : throw new Domain.NotFound($"Category {category.Name} has no scheme yet");
    }

    /// The body's shape and each field's form; the scheme's rules themselves are the Domain's (<see cref="SchemeRules"/>).
    static Scheme Read(SetSchemeRequest request)
    {
        var check = new RequestCheck();
        var blocks = (request.Blocks ?? []).Select((block, b) =>
        {
            var at = $"blocks[{b}]";
            if (block is null) { check.Rule(false, at, $"{at} must be an object"); return null; }
            var items = (block.Items ?? []).Select((item, i) =>
            {
                var field = $"{at}.items[{i}]";
                if (item is null) { check.Rule(false, field, $"{field} must be an object"); return null; }
                return new SchemeItem(IdOf(check, item.Id, $"{field}.id"), check.Text(item.Name, $"{field}.name"),
                    check.OneOf<ItemKind>(item.Kind, $"{field}.kind"), item.MaxPoints, item.PerOccurrence);
            }).ToList();
            return new SchemeBlock(IdOf(check, block.Id, $"{at}.id"), check.Text(block.Name, $"{at}.name"), [.. items.OfType<SchemeItem>()]);
        }).ToList();
        var rule = request.Aggregation?.Rule is null ? AggregationRule.Mean : check.OneOf<AggregationRule>(request.Aggregation.Rule, "aggregation.rule");
        var trim = request.Aggregation?.Trim ?? (rule == AggregationRule.TrimmedMean ? 1 : 0);
        var season = request.Season is null ? SeasonRule.Sum : check.OneOf<SeasonRule>(request.Season, "season");
        check.ThrowIfInvalid();
        var scheme = new Scheme([.. blocks.OfType<SchemeBlock>()], request.BonusCap,
            new SchemeGates(request.Gates?.BlockShare, request.Gates?.SelfTotal), request.MinAssessors ?? 1, rule, trim, season);
        SchemeRules.Validate(scheme);
        return scheme;
    }

    /// A PUT of the scheme as a GET answered it keeps its ids; a new block or item gets one.
    static Guid IdOf(RequestCheck check, string? id, string field) => id is null ? Guid.CreateVersion7() : check.Id(id, field);
}
