namespace Competition.Domain;

/// <summary>Small checks shared by the deciders, so refusals read the same everywhere.</summary>
internal static class Guard
{
    public static string Required(string? value, string field, string message) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidCommand(field, message) : value.Trim();

    public static void Invalid(bool condition, string field, string message)
    {
        if (condition) throw new InvalidCommand(field, message);
    }

    public static void Conflict(bool condition, string message)
    {
        if (condition) throw new RuleViolation(message);
    }
}
