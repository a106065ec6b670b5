using System.Text.Json;

namespace Competition.Domain.Tests;

public class DomainEventsTests
{
    static readonly Type[] EventTypes = typeof(DomainEvents).Assembly.GetTypes()
        .Where(t => t.IsPublic && t.IsSealed && t.Namespace is { } ns && ns.StartsWith("Competition.Domain.", StringComparison.Ordinal))
        .Where(t => t.GetProperty("At") is not null)
        .ToArray();

    [Fact]
    public void Every_event_has_one_stable_wire_name()
    {
        EventTypes.Length.ShouldBe(69);
        DomainEvents.WireNames.Values.ShouldBe(EventTypes, ignoreOrder: true);
        DomainEvents.WireNames.Values.Distinct().Count().ShouldBe(DomainEvents.WireNames.Count);
    }

    [Fact]
    public void Wire_names_are_prefixed_by_their_stream()
    {
        foreach (var (name, type) in DomainEvents.WireNames)
            name.Split('.')[0].ShouldBe(type.Namespace!.Split('.')[^1].ToLowerInvariant() switch
            {
                // A labour contest's scheme and rounds are the contest stream's.
                "contests" or "labour" => "contest", "entries" => "entry", "sheets" => "sheet", var s => s,
            });
    }

    [Fact]
    public void Names_are_found_by_type_and_by_event()
    {
        DomainEvents.NameOf(typeof(ContestCreated)).ShouldBe("contest.created");
        DomainEvents.NameOf(new SheetSubmitted(Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty, default))
            .ShouldBe("sheet.submitted");
        Should.Throw<ArgumentException>(() => DomainEvents.NameOf(typeof(string)));
    }

    [Fact]
    public void Events_round_trip_through_json_with_enums_as_contract_words()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var stage = new StageAdded(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Practical", 70, AggregationRule.TrimmedMean, 1, World.Now);
        var json = JsonSerializer.Serialize(stage, options);
        json.ShouldContain("\"rule\":\"trimmedMean\"");
        JsonSerializer.Deserialize<StageAdded>(json, options).ShouldBe(stage);

        var drawn = new LotsDrawn(Guid.NewGuid(), Guid.NewGuid(), "42", [new(Guid.NewGuid(), 1)], World.Now);
        var back = JsonSerializer.Deserialize<LotsDrawn>(JsonSerializer.Serialize(drawn, options), options)!;
        back.Bibs.ShouldBe(drawn.Bibs);
        back.Seed.ShouldBe("42");

        var judge = World.Appointed(World.JudgeA, World.NorthGrid, true, World.Theory);
        var judgeBack = JsonSerializer.Deserialize<JudgeAppointed>(JsonSerializer.Serialize(judge, options), options)!;
        (judgeBack.CategoryIds.Single(), judgeBack.StageIds.Single(), judgeBack.Chief, judgeBack.TokenHash)
            .ShouldBe((World.Electrician, World.Theory, true, judge.TokenHash));
    }
}
