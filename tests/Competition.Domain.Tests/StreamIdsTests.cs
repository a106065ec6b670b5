namespace Competition.Domain.Tests;

public class StreamIdsTests
{
    static readonly Guid Judge = Guid.Parse("11111111-1111-1111-1111-111111111111");
    static readonly Guid Entry = Guid.Parse("22222222-2222-2222-2222-222222222222");
    static readonly Guid Stage = Guid.Parse("33333333-3333-3333-3333-333333333333");

    [Fact]
    public void A_sheet_id_is_the_same_every_time() =>
        StreamIds.Sheet(Judge, Entry, Stage).ShouldBe(StreamIds.Sheet(Judge, Entry, Stage));

    [Fact]
    public void Sheet_ids_depend_on_judge_entry_and_stage_and_their_order()
    {
        var ids = new[]
        {
            StreamIds.Sheet(Judge, Entry, Stage), StreamIds.Sheet(Entry, Judge, Stage), StreamIds.Sheet(Judge, Stage, Entry),
            StreamIds.Sheet(Judge, Entry, Guid.NewGuid()), StreamIds.Awards(Judge), StreamIds.Awards(Entry),
        };
        ids.Distinct().Count().ShouldBe(ids.Length);
    }

    [Fact]
    public void Awards_and_sheet_ids_live_in_different_namespaces() =>
        StreamIds.Awards(Judge).ShouldNotBe(StreamIds.Sheet(Judge, Guid.Empty, Guid.Empty));

    [Fact]
    public void Ids_are_rfc_4122_version_5()
    {
        var text = StreamIds.Awards(Stage).ToString();
        text[14].ShouldBe('5');
        "89ab".ShouldContain(text[19]);
    }

    [Fact]
    public void Ids_are_pinned_because_streams_are_stored_under_them() =>
        // Computed independently with Python: SHA-1 of the namespace bytes and the id bytes, version 5.
        StreamIds.Awards(Stage).ShouldBe(Guid.Parse(PinnedAwardsId));

    const string PinnedAwardsId = "b466e482-b3b2-5a0c-8b3f-66327dd6a4da";
}
