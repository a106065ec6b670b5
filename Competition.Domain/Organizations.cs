using System.Globalization;
using System.Text;

namespace Competition.Domain;

/// <summary>
/// Organization names as people mean them: compatibility-normalized (NFKC: full-width letters, ligatures),
/// without invisible format characters (zero-width spaces and joiners, bidi marks), spaces collapsed,
/// compared without regard to case. "JOrg0" and "JOrg0\u200b" are one organization, so a judge cannot be
/// appointed out of recusal by a character nobody sees.
/// </summary>
public static class Organizations
{
    public static string Normalize(string name)
    {
        var text = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name.Normalize(NormalizationForm.FormKC))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format) continue;
            if (char.IsWhiteSpace(c)) { space = text.Length > 0; continue; }
            if (space) text.Append(' ');
            space = false;
            text.Append(c);
        }
        return text.ToString();
    }

    public static bool Same(string a, string b) => SameNormalized(Normalize(a), Normalize(b));

    /// <summary>As <see cref="Same"/>, of names already normalized: a board compares every judge with every entry,
    /// and normalizing each name once instead of at every comparison took most of a 3,000-entry board's time.</summary>
    public static bool SameNormalized(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
