using Competition.Api.Plumbing;
using Competition.Domain.Contests;
using Competition.Domain.Scoring;

namespace Competition.Api.Contests;

public sealed record AwardTierRequest(string? Name, decimal? Share);

public sealed record SetAwardPolicyRequest(IReadOnlyList<AwardTierRequest>? Tiers, decimal? MinimumScore);

public static class SetAwardPolicyEndpoint
{
    public static async Task<NoContent> Handle(
        Guid cid, Guid catId, SetAwardPolicyRequest request, HttpContext http, Access access, CommandRouter router,
        TimeProvider clock, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        var tiers = request.Tiers ?? [];
        check.Rule(tiers.Count is > 0 and <= 20, "tiers", "Give between 1 and 20 tiers");
        var names = tiers.Select((t, i) => check.Text(t?.Name, $"tiers[{i}].name")).ToList();
        var shares = tiers.Select((t, i) => check.Required(t?.Share, $"tiers[{i}].share")).ToList();
        var minimum = request.MinimumScore ?? 0;
        check.ThrowIfInvalid();

        // Shares are fractions (0.1); a policy written in percent (10) is read as percent.
        var scale = shares.Any(s => s > 1) ? 100m : 1m;
        var policy = new AwardPolicy([.. names.Zip(shares, (n, s) => new AwardTier(n, s / scale))], minimum);
        await router.SendAsync<Written>(new SetAwardPolicy(cid, catId, policy, clock.GetUtcNow()), ct);
        return TypedResults.NoContent();
    }
}
