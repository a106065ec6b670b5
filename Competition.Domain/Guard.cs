using System.Buffers;
using System.Text;

namespace Competition.Domain;

/// <summary>Small checks shared by the deciders, so refusals read the same everywhere.</summary>
internal static class Guard
{
    public static string Required(string? value, string field, string message) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidCommand(field, message) : value.Trim();

    /// <summary>Length in Unicode characters (code points), as the contract counts it; null when the
    /// text has a lone surrogate, which no UTF-8 can carry.</summary>
    public static int? Characters(string text)
    {
        var count = 0;
        for (var rest = text.AsSpan(); !rest.IsEmpty; count++)
        {
            if (Rune.DecodeFromUtf16(rest, out _, out var used) != OperationStatus.Done) return null;
            rest = rest[used..];
        }
        return count;
    }

    public static void Invalid(bool condition, string field, string message)
    {
        if (condition) throw new InvalidCommand(field, message);
    }

    public static void Conflict(bool condition, string message)
    {
        if (condition) throw new RuleViolation(message);
    }
}
