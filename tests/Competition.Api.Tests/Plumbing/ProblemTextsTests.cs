using System.Text.RegularExpressions;
using Competition.Api.Plumbing;

namespace Competition.Api.Tests.Plumbing;

/// Issue 19, "Chinese throughout": the catalogue that gives the API's English problem texts their Chinese.
/// What is left untranslated: dotnet test tests/Competition.Api.Tests --filter "FullyQualifiedName~ProblemTextsTests.Every_message"
public sealed class ProblemTextsTests
{
    [Theory]
    [InlineData("Stage weights of category Electrician would add up to 130, they must add up to 100", "赛项「Electrician」的环节权重将合计 130，须合计 100：请调整权重")]
    [InlineData("tiers[0].name is longer than 200 characters", "tiers[0].name 超过 200 个字符：请缩短")]
    [InlineData("The review (复核) of this category is not finished: 3 of 8 criteria still to re-mark", "本赛项的复核尚未完成：8 个评分项中还有 3 个待复评")]
    [InlineData("Judge(s) Wang Fang, Li Lei sit on stage Practical only; remove them first", "裁判 Wang Fang, Li Lei 只在环节「Practical」执裁：请先删除这些裁判")]
    public void A_template_puts_the_values_of_its_holes_in_place(string english, string chinese) =>
        ProblemTexts.ToChinese(english).ShouldBe(chinese);

    [Theory]
    [InlineData("The entry is withdrawn and can no longer be approved", "该参赛者已退出，不能再审核通过")]
    [InlineData("The entry is registered but not approved; only approved entries draw lots", "该参赛者已报名、未审核通过，只有审核通过的参赛者才能抽签")]
    [InlineData("The review is drawn before awards are proposed; this category's awards are notice", "复核须在生成拟获奖名单之前抽取，本赛项的获奖状态为：公示中")]
    public void A_status_word_in_a_message_is_said_in_chinese_too(string english, string chinese) =>
        ProblemTexts.ToChinese(english).ShouldBe(chinese);

    [Fact]
    public void A_more_specific_sentence_is_not_taken_by_a_general_one()
    {
        ProblemTexts.ToChinese("top must be a whole number from 0 to 1000").ShouldBe("top 须为 0 到 1000 的整数");
        ProblemTexts.TemplateOf("text is required and at most 2000 characters long.")!.English.ShouldBe("text is required and at most {max} characters long.");
        ProblemTexts.ToChinese("name is required").ShouldBe("name 为必填项");
        ProblemTexts.TitleToChinese("Contest not found").ShouldBe("未找到赛事");
        ProblemTexts.ToChinese("Contest not found").ShouldBe("未找到该赛事：请检查赛事链接");
    }

    [Theory]
    [InlineData("Something no one wrote")]
    [InlineData("There is no proposal to confirm; propose awards first, please")] // a template matches whole or not at all
    [InlineData("Please: There is no proposal to confirm; propose awards first")]
    public void A_message_no_template_matches_has_no_chinese(string english)
    {
        ProblemTexts.ToChinese(english).ShouldBeNull();
        ProblemTexts.TemplateOf(english).ShouldBeNull();
    }

    /// Lists the untranslated. Each message's template must be one of its own shape (holes filled alike),
    /// so a general template that would take a specific sentence shows here too.
    [Fact]
    public void Every_message_in_the_sources_has_a_template_of_its_own_shape()
    {
        var messages = SourceMessages.All();
        var titles = ProblemTexts.All.Where(t => t.Kind == ProblemTexts.Kind.Title).Select(t => t.English).ToHashSet();
        messages.Count.ShouldBeGreaterThan(150, "the scan found too few messages: is it still reading the sources?");
        var untranslated = messages
            .Where(m => !titles.Contains(m.Message) && (ProblemTexts.TemplateOf(m.Message) is not { } t || Filled(t.English) != m.Message))
            .Select(m => $"{m.File}: {m.Message}  (read by: {ProblemTexts.TemplateOf(m.Message)?.English ?? "none"})")
            .Distinct().ToList();
        untranslated.ShouldBeEmpty(string.Join("\n", untranslated));
    }

    [Fact]
    public void Every_template_is_a_message_the_sources_write()
    {
        var written = SourceMessages.All().Select(m => m.Message).ToHashSet();
        var unused = ProblemTexts.All.Where(t => t.Kind != ProblemTexts.Kind.Framework && !written.Contains(Filled(t.English))).Select(t => t.English).ToList();
        unused.ShouldBeEmpty(string.Join("\n", unused));
    }

    [Fact]
    public void Every_chinese_text_is_chinese()
    {
        var english = ProblemTexts.All.Where(t => !Regex.IsMatch(t.Chinese, @"\p{IsCJKUnifiedIdeographs}")).Select(t => t.Chinese).ToList();
        english.ShouldBeEmpty(string.Join("\n", english));
        foreach (var kind in ProblemTexts.All.GroupBy(t => t.Kind)) kind.Select(t => t.English).ShouldBeUnique();
    }

    static string Filled(string template) => Regex.Replace(template, @"\{\w+\}", SourceMessages.HoleValue);
}
