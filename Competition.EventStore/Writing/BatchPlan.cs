namespace Competition.EventStore.Writing;

/// <summary>
/// Decides, for one group-commit batch, which sessions may commit: each is checked against the stream
/// versions locked in the database plus what earlier sessions of the same batch wrote. A failing session
/// is left out whole (its streams untouched), the others go ahead.
/// </summary>
internal sealed class BatchPlan
{
    public sealed record Outcome(PendingCommit Commit, Exception? Failure, Dictionary<Guid, long> Versions, int FirstRow, int RowCount);

    public List<Outcome> Outcomes { get; } = [];
    public SortedDictionary<Guid, (string? Type, long Version)> NewStreams { get; } = [];
    public Dictionary<Guid, long> UpdatedStreams { get; } = [];
    public List<Guid> EventIds { get; } = [];
    public List<Guid> EventStreams { get; } = [];
    public List<long> EventVersions { get; } = [];
    public List<string> EventData { get; } = [];
    public List<string> EventTypes { get; } = [];
    public List<Guid?> Correlations { get; } = [];
    public List<Guid?> Causations { get; } = [];

    public bool HasWrites => NewStreams.Count > 0 || UpdatedStreams.Count > 0 || EventIds.Count > 0;

    public static BatchPlan Decide(IEnumerable<PendingCommit> commits, IReadOnlyDictionary<Guid, long> existing)
    {
        var plan = new BatchPlan();
        var current = new Dictionary<Guid, long>(existing);
        var created = new Dictionary<Guid, string?>();
        foreach (var commit in commits)
        {
            var overlay = new Dictionary<Guid, long>();
            var newHere = new Dictionary<Guid, string?>();
            Exception? failure = null;
            foreach (var action in commit.Actions)
            {
                long? version = overlay.TryGetValue(action.StreamId, out var o) ? o
                    : current.TryGetValue(action.StreamId, out var c) ? c : null;
                if (action.Kind == StreamActionKind.Start && version is { } actual)
                    failure = new ConcurrencyException(action.StreamId, 0, actual);
                else if (action.ExpectedVersion is { } expected && (version ?? 0) != expected)
                    failure = new ConcurrencyException(action.StreamId, expected, version ?? 0);
                if (failure is not null) break;
                if (action.Kind == StreamActionKind.Assert) continue;
                if (version is null) newHere[action.StreamId] = action.StreamType;
                overlay[action.StreamId] = (version ?? 0) + action.Events.Count;
            }
            if (failure is not null)
            {
                plan.Outcomes.Add(new Outcome(commit, failure, overlay, 0, 0));
                continue;
            }

            var firstRow = plan.EventIds.Count;
            var start = new Dictionary<Guid, long>();
            foreach (var action in commit.Actions)
            {
                var before = start.TryGetValue(action.StreamId, out var s) ? s : current.GetValueOrDefault(action.StreamId);
                for (var i = 0; i < action.Events.Count; i++) plan.AddRow(action.StreamId, before + i + 1, action.Events[i], commit);
                start[action.StreamId] = before + action.Events.Count;
            }
            foreach (var (id, type) in newHere) created[id] = type;
            foreach (var (id, version) in overlay) current[id] = version;
            plan.Outcomes.Add(new Outcome(commit, null, overlay, firstRow, plan.EventIds.Count - firstRow));
        }

        foreach (var (id, version) in current)
        {
            if (created.TryGetValue(id, out var type)) plan.NewStreams[id] = (type, version);
            else if (existing.TryGetValue(id, out var old) && old != version) plan.UpdatedStreams[id] = version;
        }
        return plan;
    }

    void AddRow(Guid stream, long version, PendingEvent e, PendingCommit commit)
    {
        EventIds.Add(e.Id);
        EventStreams.Add(stream);
        EventVersions.Add(version);
        EventData.Add(e.Json);
        EventTypes.Add(e.Type);
        Correlations.Add(commit.CorrelationId);
        Causations.Add(commit.CausationId);
    }
}
