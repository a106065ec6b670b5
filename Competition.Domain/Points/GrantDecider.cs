using Competition.Domain.Entries;
using static Competition.Domain.Guard;

namespace Competition.Domain.Points;

/// <summary>Grants of points (积分) and their revocation, one stream per grant so that granting never contends.</summary>
public static class GrantDecider
{
    public const int MaxQuantity = 1_000_000;
    public const int MaxNote = 2000;

    public static GrantState Initial { get; } = new GrantState.Nonexistent();

    public static IReadOnlyList<object> Decide(GrantCommand command, GrantState state) => (command, state) switch
    {
        (GrantPoints c, GrantState.Nonexistent) => Grant(c),
        (GrantPoints, GrantState.Granted) => throw new RuleViolation("This grant already exists"),
        (RevokePoints c, GrantState.Granted g) => Revoke(c, g),
        (RevokePoints, GrantState.Nonexistent) => throw new NotFound("Grant not found in this contest"),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown grant command"),
    };

    static IReadOnlyList<object> Grant(GrantPoints c)
    {
        var x = c.Context;
        if (!x.EntryFound) throw new NotFound("Entry not found in this contest");
        if (x.JudgeId is not null && !x.JudgeOfCategory)
            throw new NotAllowed($"Only the organizer or a judge appointed to category {x.CategoryName} may grant its entries points");
        Conflict(!x.PointsContest, "Only a points contest (kind points) has reasons, grants and a season to finish");
        Conflict(x.Finished, "The contest is finished; points can no longer be granted");
        Conflict(x.EntryStatus != EntryStatus.Approved,
            $"The entry is {EntryDecider.Describe(x.EntryStatus)}; only approved entries are granted points");
        const string quantity = "quantity", noteField = "note";
        Invalid(c.Quantity < 1 || c.Quantity > MaxQuantity, quantity, $"{quantity} must be a whole number from 1 to {MaxQuantity}");
        Invalid(c.Note is { Length: > MaxNote }, noteField, $"{noteField} is longer than {MaxNote} characters");
        var reason = x.Reason ?? throw new InvalidCommand("reasonCode", $"Category {x.CategoryName} has no reason with code {x.ReasonCode}");
        var note = string.IsNullOrWhiteSpace(c.Note) ? null : c.Note.Trim();
        return [new PointsGranted(c.GrantId, x.ContestId, x.CategoryId, x.EntryId, reason.Id, reason.Code, reason.Points, c.Quantity,
            c.OccurredOn, note, x.JudgeId?.ToString() ?? "organizer", c.Now)];
    }

    static IReadOnlyList<object> Revoke(RevokePoints c, GrantState.Granted g)
    {
        if (g.Grant.ContestId != c.ContestId) throw new NotFound("Grant not found in this contest");
        var reason = Required(c.Reason, "reason", "Give the reason for revoking the grant");
        if (g.Revoked) return [];
        Conflict(c.ContestFinished, "The contest is finished; its standings are final and grants can no longer be revoked");
        return [new PointsRevoked(g.Grant.GrantId, g.Grant.ContestId, g.Grant.CategoryId, g.Grant.EntryId, reason, "organizer", c.Now)];
    }

    public static GrantState Evolve(GrantState state, object @event) => (state, @event) switch
    {
        (GrantState.Nonexistent, PointsGranted e) => new GrantState.Granted(e, false),
        (GrantState.Granted g, PointsRevoked) => g with { Revoked = true },
        _ => state,
    };
}
