namespace Competition.Domain.Labour;

/// <summary>The contract's scheme rules, every breach reported at once under the field it concerns.</summary>
public static class SchemeRules
{
    public const int MaxBlocks = 50, MaxItems = 100;

    public static void Validate(Scheme scheme)
    {
        var errors = new Dictionary<string, string[]>();
        // Collects rather than throws (Guard.Invalid would stop at the first), so the organizer fixes every breach in one go.
        void Invalid(bool wrong, string field, string message)
        {
            if (wrong) errors[field] = [.. errors.GetValueOrDefault(field) ?? [], message];
        }

        Invalid(!(scheme.Blocks.Count is > 0 and <= MaxBlocks), "blocks", $"A scheme needs between 1 and {MaxBlocks} blocks");
        for (var b = 0; b < scheme.Blocks.Count; b++)
        {
            var block = scheme.Blocks[b];
            var at = $"blocks[{b}]";
            Invalid(string.IsNullOrWhiteSpace(block.Name), $"{at}.name", "Every block needs a name");
            Invalid(block.Items.Count > MaxItems, $"{at}.items", $"A block has at most {MaxItems} items");
            Invalid(!(block.Items.Any(i => i.Kind == ItemKind.Points)), $"{at}.items", "Every block needs at least one points item");
            for (var i = 0; i < block.Items.Count; i++)
            {
                var item = block.Items[i];
                var field = $"{at}.items[{i}]";
                Invalid(string.IsNullOrWhiteSpace(item.Name), $"{field}.name", "Every item needs a name");
                if (item.Kind == ItemKind.Veto)
                    Invalid(item.MaxPoints is not null, $"{field}.maxPoints", "A veto item has no maxPoints: it removes the unit, it scores nothing");
                else
                    Invalid(!(item.MaxPoints is > 0 and <= 10_000 && decimal.Round(item.MaxPoints.Value, 2) == item.MaxPoints),
                        $"{field}.maxPoints", "maxPoints is required on every item but a veto, above 0, at most 10000, with at most 2 decimals");
                if (item.PerOccurrence is { } per)
                    Invalid(!(item.Kind == ItemKind.Deduction && per > 0 && decimal.Round(per, 2) == per),
                        $"{field}.perOccurrence", "perOccurrence is only for a deduction, and above 0 with at most 2 decimals");
            }
        }
        var ids = scheme.Blocks.Select(b => b.Id).Concat(scheme.Items.Select(i => i.Id)).ToList();
        Invalid(!(ids.Distinct().Count() == ids.Count), "blocks", "Block and item ids must be different from each other");
        Invalid(!(scheme.BonusCap is null or >= 0), "bonusCap", "bonusCap must be 0 or more");
        Invalid(!(scheme.Gates.BlockShare is null or (>= 0 and <= 1)), "gates.blockShare", "gates.blockShare is a fraction from 0 to 1, e.g. 0.8");
        Invalid(!(scheme.Gates.SelfTotal is null or >= 0), "gates.selfTotal", "gates.selfTotal must be 0 or more");
        Invalid(!(scheme.MinAssessors is >= 1 and <= 100), "minAssessors", "minAssessors must be a whole number from 1 to 100");
        Invalid(!(scheme.Trim is >= 0 and <= 10), "aggregation.trim", "trim must be between 0 and 10");
        var summary = string.Join(" ", errors.SelectMany(e => e.Value).Distinct());
        if (errors.Count > 0) throw new InvalidCommand(summary, errors);
    }

    public const string UnknownItemRule = "No such item in the category's scheme";

    /// <summary>Why <paramref name="value"/> cannot be given to <paramref name="item"/>, or null when it can.</summary>
    public static string? ValueProblem(SchemeItem item, decimal value)
    {
        static string Fail(string message) => message;
        if (item.Kind == ItemKind.Veto) return Fail("Veto items are not marked; the organizer vetoes a unit with its reason");
        if (item.Counted)
            return value < 0 || value > SchemeItem.MaxOccurrences || value != decimal.Truncate(value)
                ? Fail($"{item.Name} counts occurrences: a whole number from 0 to {SchemeItem.MaxOccurrences}")
                : null;
        return value < 0 || value > item.MaxPoints || decimal.Round(value, 2) != value
            ? Fail($"Points for {item.Name} must be between 0 and {item.MaxPoints}, with at most 2 decimals")
            : null;
    }
}
