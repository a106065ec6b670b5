using System.Text.Json;
using static Competition.Domain.Tests.World;

namespace Competition.Domain.Tests;

/// <summary>Events as the event store holds them (web defaults: camelCase), including ones written
/// before v1.1 made seeds text and let tiers have counts.</summary>
public class StoredEventsTests
{
    static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    const string Ids = """
        "contestId":"00000000-0000-0000-0000-00000000c001","categoryId":"00000000-0000-0000-0000-0000000ca701"
        """;
    const string At = "\"at\":\"2026-05-01T09:00:00+08:00\"";

    static readonly Guid E1 = Guid.Parse("10000000-0000-0000-0000-000000000001");
    static readonly Guid E2 = Guid.Parse("20000000-0000-0000-0000-000000000002");
    static readonly Guid E3 = Guid.Parse("30000000-0000-0000-0000-000000000003");

    [Fact]
    public void A_draw_stored_with_a_number_seed_reads_as_its_digits_and_still_rechecks()
    {
        var stored = $$"""
            { {{Ids}},"seed":2026,"bibs":[{"entryId":"{{E2}}","bib":1},{"entryId":"{{E1}}","bib":2},{"entryId":"{{E3}}","bib":3}],{{At}} }
            """;
        var drawn = JsonSerializer.Deserialize<LotsDrawn>(stored, Web)!;
        drawn.Seed.ShouldBe("2026");
        LotDrawing.Draw(drawn.Seed, drawn.Bibs.Select(b => b.EntryId)).ShouldBe(drawn.Bibs);
        JsonSerializer.Deserialize<LotsDrawn>($$"""{ {{Ids}},"seed":-5,"bibs":[],{{At}} }""", Web)!.Seed.ShouldBe("-5");
    }

    [Fact]
    public void A_stage_stored_before_blind_stages_existed_reads_as_open_to_its_judges()
    {
        var stored = $$"""
            { {{Ids}},"stageId":"00000000-0000-0000-0000-00000005a002","name":"Practical","weight":70,"rule":"mean","trim":0,{{At}} }
            """;
        var stage = JsonSerializer.Deserialize<StageAdded>(stored, Web)!;
        (stage.Name, stage.Blind).ShouldBe(("Practical", false));
        JsonSerializer.Deserialize<StageAdded>(stored.Replace("\"trim\":0", "\"trim\":0,\"blind\":true"), Web)!.Blind.ShouldBeTrue();
    }

    [Fact]
    public void A_draw_writes_its_seed_as_a_string_and_reads_it_back()
    {
        var drawn = new LotsDrawn(Contest, Electrician, "开幕式 lucky dip", [new(E1, 1)], Now);
        var json = JsonSerializer.Serialize(drawn, Web);
        json.ShouldContain("\"seed\":\"");
        var back = JsonSerializer.Deserialize<LotsDrawn>(json, Web)!;
        (back.Seed, back.Bibs.Single()).ShouldBe(("开幕式 lucky dip", new DrawnBib(E1, 1)));
        JsonSerializer.Serialize(drawn with { Seed = "2026" }, Web).ShouldContain("\"seed\":\"2026\"");
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("true")]
    [InlineData("[]")]
    public void A_stored_seed_that_is_neither_text_nor_a_whole_number_does_not_read(string seed) =>
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<LotsDrawn>($$"""{ {{Ids}},"seed":{{seed}},"bibs":[],{{At}} }""", Web));

    [Fact]
    public void A_policy_stored_with_shares_only_reads_the_same_and_is_written_the_same()
    {
        const string tiers = """[{"name":"Gold","share":0.1},{"name":"Silver","share":0.2}]""";
        var set = JsonSerializer.Deserialize<AwardPolicySet>($$"""{ {{Ids}},"tiers":{{tiers}},"minimumScore":60,{{At}} }""", Web)!;
        set.Tiers.ShouldBe([new AwardTier("Gold", 0.1m), new AwardTier("Silver", 0.2m)]);
        set.Tiers.ShouldAllBe(t => t.Count == null);
        JsonSerializer.Serialize(set.Tiers, Web).ShouldBe(tiers);
    }

    [Fact]
    public void Tiers_by_count_are_written_with_a_count_and_no_share()
    {
        var set = new AwardPolicySet(Contest, Electrician, [new AwardTier("Gold", Count: 1), new AwardTier("Silver", Count: 2)], 60, Now);
        JsonSerializer.Serialize(set.Tiers, Web).ShouldBe("""[{"name":"Gold","count":1},{"name":"Silver","count":2}]""");
        JsonSerializer.Deserialize<AwardPolicySet>(JsonSerializer.Serialize(set, Web), Web)!.Tiers.ShouldBe(set.Tiers);
    }
}
