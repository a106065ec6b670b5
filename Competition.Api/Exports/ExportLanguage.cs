using Competition.Api.Plumbing;

namespace Competition.Api.Exports;

/// The language of a text the server writes for people (a workbook's headers, a printed page): <c>?lang=</c> when
/// given, else the contest's locale.
public static class ExportLanguage
{
    public static bool English(string? lang, string? locale)
    {
        var check = new RequestCheck();
        check.Rule(lang is null or "en" or "zh-CN", "lang", "lang must be zh-CN or en");
        check.ThrowIfInvalid();
        return (lang ?? locale) == "en";
    }
}
