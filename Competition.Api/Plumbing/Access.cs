using Competition.Domain;

namespace Competition.Api.Plumbing;

/// Who the bearer is, checked against the contest's own tokens first (consistent with its stream),
/// then against every issued token to tell "wrong contest or role" (403) from "unknown" (401).
/// A token it accepts is reported to <see cref="AuthFailures"/>, which then never holds it back.
public sealed class Access(ContestSnapshots contests, TokenIndex index, AdminKey adminKey, AuthFailures failures)
{
    public async Task RequireAdminAsync(HttpContext http, CancellationToken ct)
    {
        var token = Tokens.FromRequest(http.Request) ?? throw new Unauthenticated("Send the admin key as a Bearer token.");
        if (!Tokens.Matches(token, adminKey.Hash)) throw await RefusalAsync(token, "Only the admin key may create contests.", ct);
        failures.Proven(token);
    }

    public async Task<ContestSnapshot> OrganizerAsync(HttpContext http, Guid contestId, CancellationToken ct)
    {
        var (token, snapshot) = await LoadAsync(http, contestId, ct);
        if (IsOrganizer(token, snapshot)) return Proven(token, snapshot);
        throw await RefusalAsync(token, "Only the contest's organizer may do this.", ct);
    }

    public async Task<(ContestSnapshot Contest, Guid JudgeId)> JudgeAsync(HttpContext http, Guid contestId, CancellationToken ct)
    {
        // Appointments are never withdrawn, so a judge in the state this node already has is a judge now:
        // the hot path (marks) asks the log only for a token it does not know yet.
        if (Tokens.FromRequest(http.Request) is { } bearer && contests.Known(contestId) is { } known
            && known.Access.JudgesByTokenHash.TryGetValue(Tokens.Hash(bearer), out var knownJudge))
            return Proven(bearer, (known, knownJudge));
        var (token, snapshot) = await LoadAsync(http, contestId, ct);
        if (snapshot.Access.JudgesByTokenHash.TryGetValue(Tokens.Hash(token), out var judgeId)) return Proven(token, (snapshot, judgeId));
        throw await RefusalAsync(token, "Only a judge appointed in this contest may do this.", ct);
    }

    /// The organizer (judge id null) or a judge of the contest; the caller checks what the judge may do.
    public async Task<(ContestSnapshot Contest, Guid? JudgeId)> OrganizerOrJudgeAsync(HttpContext http, Guid contestId, CancellationToken ct)
    {
        var (token, snapshot) = await LoadAsync(http, contestId, ct);
        if (IsOrganizer(token, snapshot)) return Proven(token, (snapshot, (Guid?)null));
        if (snapshot.Access.JudgesByTokenHash.TryGetValue(Tokens.Hash(token), out var judgeId)) return Proven(token, (snapshot, (Guid?)judgeId));
        throw await RefusalAsync(token, "Only the organizer or a judge of this contest may do this.", ct);
    }

    T Proven<T>(string token, T result)
    {
        failures.Proven(token);
        return result;
    }

    async Task<(string Token, ContestSnapshot Snapshot)> LoadAsync(HttpContext http, Guid contestId, CancellationToken ct)
    {
        var token = Tokens.FromRequest(http.Request) ?? throw new Unauthenticated("Send your token as 'Authorization: Bearer <token>'.");
        var snapshot = await contests.LoadAsync(contestId, ct);
        _ = snapshot.Active; // 404 for an unknown contest
        return (token, snapshot);
    }

    static bool IsOrganizer(string token, ContestSnapshot snapshot) =>
        snapshot.Access.OrganizerTokenHash is { } hash && Tokens.Matches(token, hash);

    // The admin key is a valid token too: on a contest's routes it is not allowed (403), not unknown.
    async Task<Exception> RefusalAsync(string token, string forbidden, CancellationToken ct) =>
        Tokens.Matches(token, adminKey.Hash) || await index.IsKnownAsync(Tokens.Hash(token), ct)
            ? Proven<Exception>(token, new NotAllowed(forbidden))
            : new Unauthenticated("This token is not valid.");
}
