namespace Competition.Api.Tests.Labour;

/// The contract's round scoring written again, plainly, for the tests to check the engine's boards against.
public sealed record ModelItem(Guid Id, string Kind, decimal? Max, decimal? Per);

public sealed record ModelBlock(Guid Id, IReadOnlyList<ModelItem> Items);

public static class LabourModel
{
    static decimal R(decimal v) => Math.Round(v, 2, MidpointRounding.AwayFromZero);

    /// <paramref name="values"/>: item → every assessor's value (a mean is taken), or the self-assessment's one value.
    public static (Dictionary<Guid, decimal> Blocks, decimal Bonus, decimal Total) Score(
        IReadOnlyList<ModelBlock> blocks, decimal? bonusCap, IReadOnlyDictionary<Guid, List<decimal>> values)
    {
        decimal Mean(Guid item) => values.TryGetValue(item, out var v) && v.Count > 0 ? v.Average() : 0m;
        var scores = new Dictionary<Guid, decimal>();
        var bonus = 0m;
        foreach (var block in blocks)
        {
            var max = block.Items.Where(i => i.Kind == "points").Sum(i => i.Max!.Value);
            var sum = block.Items.Where(i => i.Kind == "points").Sum(i => Mean(i.Id))
                - block.Items.Where(i => i.Kind == "deduction").Sum(i => i.Per is { } per ? Math.Min(i.Max!.Value, Mean(i.Id) * per) : Mean(i.Id));
            scores[block.Id] = R(Math.Min(Math.Max(sum, 0), max));
            bonus += block.Items.Where(i => i.Kind == "bonus").Sum(i => Mean(i.Id));
        }
        bonus = R(bonusCap is { } cap ? Math.Min(bonus, cap) : bonus);
        return (scores, bonus, scores.Values.Sum() + bonus);
    }
}
