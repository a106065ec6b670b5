using Competition.Domain.Entries;
using Competition.Projections.Contests;
using Competition.Projections.Leaderboards;
using Competition.Projections.Plumbing;
using Npgsql;

namespace Competition.Projections.Judging;

/// <summary>GET /api/judge/me: the judge and what they mark. Entries appear by bib only, never by name.</summary>
public sealed record JudgeMe(Guid JudgeId, Guid ContestId, string Name, bool Chief, IReadOnlyList<Assignment> Assignments);

/// <summary><c>stageName</c> and <c>stageStatus</c> are additions so a tablet can tell what is markable now.</summary>
public sealed record Assignment(
    Guid StageId, string StageName, string StageStatus, Guid EntryId, int Bib, IReadOnlyList<CriterionView> Criteria, SheetView Sheet);

public sealed record SheetView(string Status, IReadOnlyDictionary<Guid, decimal> Marks, long Version);

public static class JudgeAssignments
{
    /// <summary>Null when no judge has this token hash.</summary>
    public static async Task<JudgeMe?> JudgeByTokenHashAsync(this ReadModelDb db, string tokenHash, CancellationToken ct)
    {
        JudgeView judge;
        Guid contestId;
        await using (var conn = await db.OpenAsync(ct))
        await using (var cmd = new NpgsqlCommand($"SELECT contest_id, judge::text FROM {db.Judges} WHERE token_hash = $1", conn)
            { Parameters = { new() { Value = tokenHash } } })
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct)) return null;
            contestId = reader.GetGuid(0);
            judge = ReadModelJson.Deserialize<JudgeView>(reader.GetString(1));
        }
        var docs = await db.CategoryDocsAsync(judge.CategoryIds, judge.Id, ct);
        return new JudgeMe(judge.Id, contestId, judge.Name, judge.Chief, [.. judge.CategoryIds
            .SelectMany(id => docs.Where(d => d.CategoryId == id))
            .SelectMany(doc => For(doc, judge.Id))]);
    }

    /// <summary>Each stage on the judge's panel × approved, drawn entries the judge is not recused from, by bib.</summary>
    public static IEnumerable<Assignment> For(CategoryDoc doc, Guid judgeId)
    {
        if (!doc.Judges.TryGetValue(judgeId, out var judgeDoc)) yield break;
        var judge = judgeDoc.State(doc.CategoryId);
        var entries = doc.Entries.Values
            .Where(e => e is { Status: EntryStatus.Approved, Bib: not null } && !judge.IsRecusedFrom(e.Organization))
            .OrderBy(e => e.Bib).ToList();
        foreach (var stage in doc.Stages.Where(s => judge.SitsOn(doc.CategoryId, s.Id)))
        {
            var criteria = stage.Criteria.Select(c => new CriterionView(c.Id, c.Name, c.MaxPoints, c.Kind)).ToList();
            var status = stage.Status switch
            {
                Domain.Contests.StageStatus.Open => "open",
                Domain.Contests.StageStatus.Closed => "closed",
                _ => "pending",
            };
            foreach (var entry in entries)
            {
                var sheet = doc.Sheet(judgeId, entry.Id, stage.Id);
                yield return new Assignment(stage.Id, stage.Name, status, entry.Id, entry.Bib!.Value, criteria,
                    new SheetView(sheet?.Submitted == true ? "submitted" : "open", sheet?.Marks ?? [], sheet?.Version ?? 0));
            }
        }
    }
}
