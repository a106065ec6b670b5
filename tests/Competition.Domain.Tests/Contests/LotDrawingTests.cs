namespace Competition.Domain.Tests.Contests;

public class LotDrawingTests
{
    static readonly Guid[] Entries = Enumerable.Range(1, 12).Select(i => new Guid(i, 0, 0, new byte[8])).ToArray();

    [Fact]
    public void The_same_seed_gives_the_same_bibs_whatever_order_the_entries_come_in() =>
        LotDrawing.Draw(42, Entries).ShouldBe(LotDrawing.Draw(42, Entries.Reverse()));

    [Fact]
    public void Bibs_run_from_one_to_the_number_of_entries()
    {
        var bibs = LotDrawing.Draw(7, Entries);
        bibs.Select(b => b.Bib).ShouldBe(Enumerable.Range(1, Entries.Length));
        bibs.Select(b => b.EntryId).ShouldBe(Entries, ignoreOrder: true);
    }

    [Fact]
    public void Different_seeds_give_different_draws() =>
        LotDrawing.Draw(1, Entries).ShouldNotBe(LotDrawing.Draw(2, Entries));

    [Fact]
    public void The_draw_is_pinned_so_it_can_be_rechecked_years_later() =>
        // A change here breaks every recorded draw: the generator must never change.
        LotDrawing.Draw(2026, Entries.Take(5)).Select(b => Array.IndexOf(Entries, b.EntryId) + 1)
            .ShouldBe(PinnedOrder);

    // Computed independently with a Python SplitMix64 + Fisher–Yates over the ids' text order.
    static readonly int[] PinnedOrder = [4, 1, 3, 2, 5];

    [Fact]
    public void Every_entry_gets_every_bib_about_equally_often()
    {
        var counts = new int[3, 3];
        for (var seed = 0; seed < 3000; seed++)
            foreach (var bib in LotDrawing.Draw(seed, Entries.Take(3)))
                counts[Array.IndexOf(Entries, bib.EntryId), bib.Bib - 1]++;
        foreach (var count in counts) count.ShouldBeInRange(850, 1150);
    }

    [Fact]
    public void Negative_seeds_and_a_single_entry_work()
    {
        LotDrawing.Draw(-5, Entries.Take(1)).ShouldBe([new DrawnBib(Entries[0], 1)]);
        LotDrawing.Draw(int.MinValue, Entries).Count.ShouldBe(Entries.Length);
    }

    [Theory]
    [InlineData("2026", 2026)]
    [InlineData("0", 0)]
    [InlineData("-5", -5)]
    [InlineData("042", 42)]
    [InlineData("+42", 42)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("-2147483648", int.MinValue)]
    public void A_whole_number_as_text_draws_exactly_what_the_int_drew(string text, int number) =>
        LotDrawing.Draw(text, Entries).ShouldBe(LotDrawing.Draw(number, Entries));

    [Fact]
    public void The_pinned_int_draw_still_comes_from_its_text() =>
        LotDrawing.Draw("2026", Entries.Take(5)).Select(b => Array.IndexOf(Entries, b.EntryId) + 1).ShouldBe(PinnedOrder);

    // Computed independently in Python: state = int.from_bytes(sha256(seed.encode("utf-8")).digest()[:8], "big"),
    // then the same SplitMix64 + Fisher–Yates. A change here breaks every draw recorded with a phrase.
    [Theory]
    [InlineData("Opening ceremony", new[] { 11, 3, 9, 2, 5, 6, 12, 1, 10, 8, 7, 4 })]
    [InlineData("开幕式 2026", new[] { 5, 10, 1, 8, 4, 9, 11, 12, 7, 6, 2, 3 })]
    [InlineData("2147483648", new[] { 10, 11, 1, 6, 2, 4, 8, 12, 3, 7, 9, 5 })]
    public void Other_text_draws_from_the_first_8_bytes_of_its_sha256_read_big_endian(string seed, int[] order) =>
        LotDrawing.Draw(seed, Entries).Select(b => Array.IndexOf(Entries, b.EntryId) + 1).ShouldBe(order);

    [Fact]
    public void The_same_text_gives_the_same_bibs_whatever_order_the_entries_come_in() =>
        LotDrawing.Draw("Opening ceremony", Entries).ShouldBe(LotDrawing.Draw("Opening ceremony", Entries.Reverse()));

    [Fact]
    public void Different_texts_give_different_draws()
    {
        string[] seeds = ["lucky", "Lucky", "lucky ", "lucky!", "1.0", "1e3", "2147483648", .. Enumerable.Range(0, 200).Select(i => $"draw {i}")];
        seeds.Select(s => string.Join(",", LotDrawing.Draw(s, Entries).Select(b => b.EntryId))).Distinct().Count()
            .ShouldBe(seeds.Length);
    }

    [Fact]
    public void Phrases_give_every_entry_every_bib_about_equally_often()
    {
        var counts = new int[3, 3];
        for (var i = 0; i < 3000; i++)
            foreach (var bib in LotDrawing.Draw($"phrase {i}", Entries.Take(3)))
                counts[Array.IndexOf(Entries, bib.EntryId), bib.Bib - 1]++;
        foreach (var count in counts) count.ShouldBeInRange(850, 1150);
    }
}
