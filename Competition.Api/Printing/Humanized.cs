using System.Globalization;
using Humanizer;

namespace Competition.Api.Printing;

/// The humanized parts of the printed pages, through Humanizer and its zh-CN resources.
public static class Humanized
{
    static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// The contests are Chinese: dates and times are printed in China Standard Time (UTC+8 all year, no daylight saving).
    public static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);

    /// "3 天" / "3 days": the largest unit only, down to hours (a notice is counted in days). Humanizer truncates, so the
    /// time is first rounded up to the hour: a 7-day notice opened a second ago still has 7 days left, not 6.
    public static string TimeLeft(TimeSpan left, bool english) =>
        TimeSpan.FromHours(Math.Ceiling(left.TotalHours))
            .Humanize(precision: 1, culture: english ? English : Chinese, maxUnit: TimeUnit.Day, minUnit: TimeUnit.Hour);

    /// "第一名" / "first". Humanizer's zh-CN ordinal words are "第 一" (with a space), without the 名 of a placing.
    public static string Placing(int rank, bool english) =>
        english ? rank.ToOrdinalWords(English) : $"{rank.ToOrdinalWords(Chinese).Replace(" ", "")}名";

    /// "二〇二六年十二月九日" / "9 December 2026". Humanizer writes 2026 as the number 二千零二十六, and a year is read digit by
    /// digit with 〇 for zero, which Humanizer has no form for: the year's digits are mapped here; month and day are
    /// Humanizer's Chinese number words (十二, 二十一).
    public static string Date(DateTimeOffset at, bool english)
    {
        var day = at.ToOffset(ChinaTime);
        if (english) return day.ToString("d MMMM yyyy", English);
        var year = string.Concat(day.Year.ToString(CultureInfo.InvariantCulture).Select(d => "〇一二三四五六七八九"[d - '0']));
        return $"{year}年{day.Month.ToWords(Chinese)}月{day.Day.ToWords(Chinese)}日";
    }

    /// "2026年12月8日 18:00" / "8 December 2026, 18:00", China Standard Time.
    public static string DateTime(DateTimeOffset at, bool english)
    {
        var t = at.ToOffset(ChinaTime);
        return english ? t.ToString("d MMMM yyyy, HH:mm", English) : t.ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);
    }
}
