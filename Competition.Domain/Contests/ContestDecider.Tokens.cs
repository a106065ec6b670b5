namespace Competition.Domain.Contests;

/// A lost tablet or a leaked console: the organizer replaces a token (rotate) or stops one (revoke).
/// Appointments and their sheets stay; only who may sign in as the judge changes.
public static partial class ContestDecider
{
    static IReadOnlyList<object> Decide(RotateOrganizerToken c, ContestState.Active s) =>
        [new OrganizerTokenRotated(s.Id, c.OrganizerTokenHash, c.Now)];

    static IReadOnlyList<object> Decide(RotateJudgeToken c, ContestState.Active s) =>
        [new JudgeTokenRotated(s.Id, FindJudge(s, c.JudgeId).Id, c.TokenHash, c.Now)];

    static IReadOnlyList<object> Decide(RevokeJudgeToken c, ContestState.Active s) =>
        [new JudgeTokenRevoked(s.Id, FindJudge(s, c.JudgeId).Id, c.Now)];

    static JudgeState FindJudge(ContestState.Active s, Guid judgeId) =>
        s.Judge(judgeId) ?? throw new NotFound("Judge not found in this contest");
}
