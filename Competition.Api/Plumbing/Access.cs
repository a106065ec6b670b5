using Competition.Api.Writing;
using Competition.Domain;
using Competition.Projections.Contests;
using Marten;

namespace Competition.Api.Plumbing;

/// Who the bearer is, checked against the contest's own tokens first (consistent with its stream),
/// then against every issued token to tell "wrong contest or role" (403) from "unknown" (401).
/// A token it accepts is reported to <see cref="AuthFailures"/>, which then never holds it back.
/// Tokens are compared by their hash, worked out once per request (<see cref="Tokens.BearerHash"/>).
public sealed class Access(ContestSnapshots contests, IDocumentStore store, AdminKey adminKey, AuthFailures failures)
{
    public async Task RequireAdminAsync(HttpContext http, CancellationToken ct)
    {
        var hash = Tokens.BearerHash(http) ?? throw new Unauthenticated("Send the admin key as a Bearer token.");
        if (!Tokens.SameHash(hash, adminKey.Hash)) throw await RefusalAsync(http, hash, "Only the admin key may create contests.", ct);
        failures.Proven(http);
    }

    public async Task<ContestSnapshot> OrganizerAsync(HttpContext http, Guid contestId, CancellationToken ct)
    {
        var (hash, snapshot) = await LoadAsync(http, contestId, ct);
        if (IsOrganizer(hash, snapshot)) return Proven(http, snapshot);
        throw await RefusalAsync(http, hash, "Only the contest's organizer may do this.", ct);
    }

    public async Task<(ContestSnapshot Contest, Guid JudgeId)> JudgeAsync(HttpContext http, Guid contestId, CancellationToken ct)
    {
        // The hot path (marks) asks the log only for a token it does not know yet. A token revoked on another node is
        // still in the state this node has; the write then asserts the contest's version, which the revocation moved,
        // and the command decided again on fresh state checks the token again (SheetWriter): refused all the same.
        if (Tokens.BearerHash(http) is { } bearer && contests.Known(contestId) is { } known
            && known.Access.JudgesByTokenHash.TryGetValue(bearer, out var knownJudge))
            return Proven(http, (known, knownJudge));
        var (hash, snapshot) = await LoadAsync(http, contestId, ct);
        if (snapshot.Access.JudgesByTokenHash.TryGetValue(hash, out var judgeId)) return Proven(http, (snapshot, judgeId));
        throw await RefusalAsync(http, hash, "Only a judge appointed in this contest may do this.", ct);
    }

    /// The organizer (judge id null) or a judge of the contest; the caller checks what the judge may do.
    public async Task<(ContestSnapshot Contest, Guid? JudgeId)> OrganizerOrJudgeAsync(HttpContext http, Guid contestId, CancellationToken ct)
    {
        var (hash, snapshot) = await LoadAsync(http, contestId, ct);
        if (IsOrganizer(hash, snapshot)) return Proven(http, (snapshot, (Guid?)null));
        if (snapshot.Access.JudgesByTokenHash.TryGetValue(hash, out var judgeId)) return Proven(http, (snapshot, (Guid?)judgeId));
        throw await RefusalAsync(http, hash, "Only the organizer or a judge of this contest may do this.", ct);
    }

    /// After <see cref="OrganizerOrJudgeAsync"/>: a judge must be a chief judge of the category (the organizer passes).
    public static void RequireChiefOf(ContestSnapshot contest, Guid? judgeId, Guid categoryId, string forbidden)
    {
        if (judgeId is { } id && !(contest.Active.Judge(id) is { Chief: true } judge && judge.CategoryIds.Contains(categoryId)))
            throw new NotAllowed(forbidden);
    }

    /// Whether the bearer is the contest's organizer, for a read that shows them more: no bearer or another one is
    /// simply the public, never a refusal (and never a failed sign-in).
    public async Task<bool> IsOrganizerAsync(HttpContext http, Guid contestId, CancellationToken ct) =>
        Tokens.BearerHash(http) is { } hash && IsOrganizer(hash, await contests.LoadAsync(contestId, ct));

    T Proven<T>(HttpContext http, T result)
    {
        failures.Proven(http);
        return result;
    }

    async Task<(string Hash, ContestSnapshot Snapshot)> LoadAsync(HttpContext http, Guid contestId, CancellationToken ct)
    {
        var hash = Tokens.BearerHash(http) ?? throw new Unauthenticated("Send your token as 'Authorization: Bearer <token>'.");
        var snapshot = await contests.LoadAsync(contestId, ct);
        _ = snapshot.Active; // 404 for an unknown contest
        return (hash, snapshot);
    }

    static bool IsOrganizer(string hash, ContestSnapshot snapshot) =>
        snapshot.Access.OrganizerTokenHash is { } organizer && Tokens.SameHash(hash, organizer);

    // The admin key is a valid token too: on a contest's routes it is not allowed (403), not unknown.
    async Task<Exception> RefusalAsync(HttpContext http, string hash, string forbidden, CancellationToken ct) =>
        Tokens.SameHash(hash, adminKey.Hash) || await IsIssuedAsync(hash, ct)
            ? Proven<Exception>(http, new NotAllowed(forbidden))
            : new Unauthenticated("This token is not valid.");

    async Task<bool> IsIssuedAsync(string hash, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<IssuedToken>(hash, ct) is not null;
    }
}
