using Competition.Domain.Scoring;

namespace Competition.Domain.Labour;

/// <summary>One assessor's value for one item of one unit in a round.</summary>
public sealed record ItemValue(Guid JudgeId, Guid ItemId, decimal Value);

/// <summary>What a unit's round score is computed from. <paramref name="Self"/> is null while no self-assessment was given.</summary>
public sealed record UnitMarks(Guid EntryId, IReadOnlyList<ItemValue> Assessed, IReadOnlyDictionary<Guid, decimal>? Self, bool Vetoed);

public sealed record UnitScore(
    Guid EntryId, IReadOnlyDictionary<Guid, decimal> BlockScores, decimal Bonus, decimal Total,
    decimal? SelfTotal, decimal? Gap, bool GatePassed, bool Vetoed)
{
    public bool Ranked => GatePassed && !Vetoed;
}

/// <summary><paramref name="Rank"/> null: not ranked (vetoed, or short of a gate).</summary>
public sealed record RankedUnit(int? Rank, UnitScore Score);

/// <summary>The contract's round scoring ("Labour contests", values and scores), as pure functions.</summary>
public static class RoundScoring
{
    public sealed record Sums(IReadOnlyDictionary<Guid, decimal> BlockScores, decimal Bonus, decimal Total);

    /// <summary>Block scores, bonus and total from each item's value (already aggregated over assessors).</summary>
    public static Sums Sum(Scheme scheme, Func<SchemeItem, decimal> valueOf)
    {
        var blocks = new Dictionary<Guid, decimal>();
        var bonus = 0m;
        foreach (var block in scheme.Blocks)
        {
            var sum = 0m;
            foreach (var item in block.Items)
            {
                var value = valueOf(item);
                switch (item.Kind)
                {
                    case ItemKind.Points: sum += value; break;
                    case ItemKind.Deduction: sum -= item.Points(value); break;
                    case ItemKind.Bonus: bonus += value; break;
                }
            }
            blocks[block.Id] = Rounding.Round2(Math.Clamp(sum, 0m, block.MaxPoints));
        }
        if (scheme.BonusCap is { } cap) bonus = Math.Min(bonus, cap);
        bonus = Rounding.Round2(bonus);
        return new(blocks, bonus, blocks.Values.Sum() + bonus);
    }

    public static UnitScore Score(Scheme scheme, UnitMarks unit)
    {
        var byItem = unit.Assessed.ToLookup(v => v.ItemId, v => v.Value);
        var assessed = Sum(scheme, item => Scorer.Aggregate(scheme.Rule, scheme.Trim, [.. byItem[item.Id]]));
        var self = unit.Self is { } given ? Sum(scheme, item => given.GetValueOrDefault(item.Id)) : null;
        var passed = scheme.Blocks.All(b => scheme.Gates.BlockShare is not { } share || assessed.BlockScores[b.Id] >= share * b.MaxPoints)
            && (scheme.Gates.SelfTotal is not { } least || self?.Total >= least);
        return new UnitScore(unit.EntryId, assessed.BlockScores, assessed.Bonus, assessed.Total,
            self?.Total, self is null ? null : self.Total - assessed.Total, passed, unit.Vetoed);
    }

    /// <summary>Each unit's score in a round from its assessors' sheets (those of <paramref name="assessors"/> only), its
    /// self-assessment and its veto: how publishing ranks a round and how the season's awards total it.</summary>
    public static IReadOnlyList<UnitScore> ScoreRound(
        Scheme scheme, RoundState round, IEnumerable<Guid> units, IEnumerable<AssessorSheet> sheets, IReadOnlySet<Guid> assessors)
    {
        var byUnit = sheets.Where(s => assessors.Contains(s.JudgeId)).ToLookup(s => s.EntryId);
        return [.. units.Select(unit => Score(scheme, new UnitMarks(unit,
            [.. byUnit[unit].SelectMany(s => s.Marks.Select(m => new ItemValue(s.JudgeId, m.Key, m.Value)))],
            round.Self.GetValueOrDefault(unit), round.Vetoes.ContainsKey(unit))))];
    }

    /// <summary>Units that pass the gates and are not vetoed, by total, then block by block in the scheme's order;
    /// still equal, a shared rank (1, 2, 2, 4). The others follow, unranked, by total.</summary>
    public static IReadOnlyList<RankedUnit> Rank(Scheme scheme, IEnumerable<UnitScore> scores)
    {
        var all = scores.ToList();
        var tieBreak = scheme.Blocks.Select(b => b.Id).ToList();
        var ranked = Ranking.Rank(all.Where(s => s.Ranked).Select(s => new RankingRow(s.EntryId, s.Total, s.BlockScores)), tieBreak);
        var byId = all.ToDictionary(s => s.EntryId);
        return
        [
            .. ranked.Select(r => new RankedUnit(r.Rank, byId[r.EntryId])),
            .. all.Where(s => !s.Ranked).OrderByDescending(s => s.Total).ThenBy(s => s.EntryId).Select(s => new RankedUnit(null, s)),
        ];
    }

    /// <summary>The units ranked first: they take the 流动红旗 when the round is published (all of them on a tie).</summary>
    public static IReadOnlyList<Guid> FlagHolders(IEnumerable<RankedUnit> ranked) =>
        [.. ranked.Where(r => r.Rank == 1).Select(r => r.Score.EntryId).Order()];
}
