using System.Text.Json.Nodes;
using Competition.Domain;
using Competition.Domain.Contests;

namespace Competition.Api.Feed;

/// <summary>
/// The blind stages of a contest whose codes are still closed, as the feed shows them: their sheets' events under the
/// aliases the judges used (entry id, sheet id and stream id), their work codes' drawing without the seed or the codes.
/// Once the codes are opened the feed shows the log as it is, and <see cref="WorkCodesOpened"/> joins each alias to its
/// entry for a reader who read the sheets before.
/// </summary>
public sealed class SealedStages
{
    readonly Dictionary<string, (Guid StageId, Dictionary<Guid, Guid> AliasOfEntry)> byStage;

    SealedStages(Dictionary<string, (Guid, Dictionary<Guid, Guid>)> byStage) => this.byStage = byStage;

    public static SealedStages Of(ContestState contest) => new(
        (contest as ContestState.Active)?.Categories.SelectMany(c => c.Stages)
            .Where(s => s.HidesEntries)
            .ToDictionary(s => s.Id.ToString(), s => (s.Id, s.WorkCodes?.Codes.ToDictionary(c => c.EntryId, c => c.Alias) ?? []))
        ?? []);

    /// <summary>The event's stream id and data as the feed shows them.</summary>
    public (Guid StreamId, string Data) View(string type, Guid streamId, string data)
    {
        if (byStage.Count == 0 || !(type.StartsWith("sheet.", StringComparison.Ordinal) || type == "contest.work-codes-drawn")) return (streamId, data);
        // Only an event naming a sealed stage is parsed: the contest's other sheet events pass as they are.
        if (!byStage.Keys.Any(stage => data.Contains(stage, StringComparison.Ordinal))) return (streamId, data);
        var json = JsonNode.Parse(data)!.AsObject();
        if (json["stageId"]?.GetValue<string>() is not { } stageText || !byStage.TryGetValue(stageText, out var stage)) return (streamId, data);
        if (type == "contest.work-codes-drawn")
        {
            json["sealed"] = true;
            json["count"] = json["codes"]?.AsArray().Count ?? 0;
            json.Remove("codes");
            json.Remove("seed");
            return (streamId, json.ToJsonString());
        }
        var entryId = json["entryId"]!.GetValue<Guid>();
        var alias = stage.AliasOfEntry.GetValueOrDefault(entryId);
        var judgeId = json["judgeId"]!.GetValue<Guid>();
        var sheetId = StreamIds.Sheet(judgeId, alias, stage.StageId);
        json["entryId"] = alias;
        json["sheetId"] = sheetId;
        return (sheetId, json.ToJsonString());
    }
}
