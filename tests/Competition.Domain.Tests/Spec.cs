using System.Text.Json;

namespace Competition.Domain.Tests;

/// <summary>Given(events).When(command).Then(events) over a pure decider.</summary>
public sealed class Spec<TCommand, TState>(
    Func<TCommand, TState, IReadOnlyList<object>> decide, Func<TState, object, TState> evolve, TState initial)
{
    object[] history = [];

    public Spec<TCommand, TState> Given(params object[] events)
    {
        history = events;
        return this;
    }

    public TState State => history.Aggregate(initial, evolve);

    public Outcome When(TCommand command)
    {
        try { return new Outcome(decide(command, State), null); }
        catch (DomainException e) { return new Outcome(null, e); }
    }

    public sealed record Outcome(IReadOnlyList<object>? Events, DomainException? Error)
    {
        public IReadOnlyList<object> Then(params object[] expected)
        {
            Error.ShouldBeNull();
            // Compared as JSON: lists inside events have reference equality, and this also proves they serialize.
            Events!.Select(Wire).ToList().ShouldBe(expected.Select(Wire).ToList());
            return Events!;
        }

        public void ThenNothing() => Then();

        public TError ThenFails<TError>(string? messageContains = null) where TError : DomainException
        {
            Events.ShouldBeNull($"expected {typeof(TError).Name} but decided {Events?.Count} event(s)");
            var error = Error.ShouldBeOfType<TError>();
            if (messageContains is not null) error.Message.ShouldContain(messageContains, Case.Insensitive);
            return error;
        }
    }

    static string Wire(object e) => DomainEvents.NameOf(e) + " " + JsonSerializer.Serialize(e, e.GetType());
}
