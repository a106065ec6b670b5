namespace Competition.Domain;

/// <summary>A command the domain refuses. Each subtype maps to one HTTP status in the API.</summary>
public abstract class DomainException(string message) : Exception(message);

/// <summary>The command is not allowed in the current state (409).</summary>
public sealed class RuleViolation(string message) : DomainException(message);

/// <summary>The command's data is invalid (400); <see cref="Errors"/> is keyed by field name.</summary>
public sealed class InvalidCommand(string message, IReadOnlyDictionary<string, string[]> errors) : DomainException(message)
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public InvalidCommand(string field, string message)
        : this(message, new Dictionary<string, string[]> { [field] = [message] }) { }
}

/// <summary>The caller may not do this (403): not on the panel, recused, not the chief judge.</summary>
public sealed class NotAllowed(string message) : DomainException(message);

/// <summary>Something the command names does not exist within the contest (404).</summary>
public sealed class NotFound(string message) : DomainException(message);
