using Competition.Api.Plumbing;
using Competition.Domain.Contests;
using Competition.Domain.Scoring;
using Wolverine.Http;
using Wolverine;
using Competition.Api.Writing;

namespace Competition.Api.Contests;

public sealed record AwardTierRequest(string? Name, decimal? Share, int? Count);

public sealed record SetAwardPolicyRequest(IReadOnlyList<AwardTierRequest>? Tiers, decimal? MinimumScore);

public static class SetAwardPolicyEndpoint
{
    [WolverinePut("/api/contests/{cid:guid}/categories/{catId:guid}/award-policy")]
    public static async Task<NoContent> Handle(
        Guid cid, Guid catId, SetAwardPolicyRequest? body, HttpContext http, Access access, IMessageBus bus,
        TimeProvider clock, CancellationToken ct)
    {
        var request = RequestCheck.Body(body);
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        var tiers = request.Tiers ?? [];
        check.Rule(tiers.Count is > 0 and <= 20, "tiers", "Give between 1 and 20 tiers");
        var names = tiers.Select((t, i) => check.Text(t?.Name, $"tiers[{i}].name")).ToList();
        var minimum = request.MinimumScore ?? 0;
        check.ThrowIfInvalid();

        // A share is a fraction of N (0.1), a count a number of positions; the domain refuses a tier with both
        // or neither and a list that mixes them, and never rescales what was sent.
        var policy = new AwardPolicy([.. tiers.Select((t, i) => new AwardTier(names[i], t?.Share, t?.Count))], minimum);
        await bus.WriteAsync(http, new SetAwardPolicy(cid, catId, policy, clock.GetUtcNow()), ct);
        return TypedResults.NoContent();
    }
}
