namespace Competition.Api.Writing;

/// A stream was not at the version a write expected (or a stream asserted by the decision moved): nothing
/// was written. Retried by re-deciding on fresh state; answered 409 when the retries run out.
public sealed class StreamConflict(Exception inner) : Exception("The data changed since it was read; reload and try again.", inner);
